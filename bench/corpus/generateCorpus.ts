import { createRandom } from './createRandom';
import { formatArticle } from './formatArticle';
import { generateNexisExport } from './generateNexisExport';
import { inventArticle } from './inventArticle';
import type { CorpusFile, CorpusFormat } from './types';

/**
 * Generates a deterministic corpus of about `targetBytes`, a third in each format: Nexis exports of
 * 20–80 documents (BOM, CRLF, preamble), one-article PressReader pages, and plain articles.
 *
 * @example
 * ```ts
 * const files = generateCorpus({ seed: 42, targetBytes: 10_500_000 });
 * ```
 */
export function generateCorpus({ seed, targetBytes }: { seed: number; targetBytes: number }): CorpusFile[] {
  const random = createRandom(seed);
  const files: CorpusFile[] = [];
  const formats: CorpusFormat[] = ['nexis', 'pressreader', 'plain'];
  for (const format of formats) {
    let bytes = 0;
    while (bytes < targetBytes / formats.length) {
      const name = `${format}-${String(files.length).padStart(5, '0')}.txt`;
      if (format === 'nexis') {
        const documents = random.int(20, 80);
        files.push({
          name,
          format,
          bytes: generateNexisExport({ random, documents }),
          articleCount: documents,
        });
      } else {
        const text = formatArticle(inventArticle(random), format);
        files.push({ name, format, bytes: new TextEncoder().encode(text), articleCount: 1 });
      }
      bytes += files[files.length - 1]!.bytes.length;
    }
  }
  return files;
}
