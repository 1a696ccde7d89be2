import { createRandom } from './createRandom';
import { formatArticle } from './formatArticle';
import { inventArticle } from './inventArticle';
import type { CorpusFile, CorpusFormat, Random } from './types';

const NEXIS_PREAMBLE =
  'Download Request: All Documents: 1-100\r\nTime Of Request: Monday, May 5, 2014\r\nTerms: budget\r\n\r\n';
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function nexisExport(random: Random, documents: number): Uint8Array {
  const parts = Array.from({ length: documents }, (_, i) =>
    formatArticle(inventArticle(random), 'nexis', i + 1, documents),
  );
  // As researchers download them: byte-order mark, CRLF line ends, a preamble.
  const text = NEXIS_PREAMBLE + parts.join('\n').replaceAll('\n', '\r\n');
  const encoded = new TextEncoder().encode(text);
  const bytes = new Uint8Array(UTF8_BOM.length + encoded.length);
  bytes.set(UTF8_BOM);
  bytes.set(encoded, UTF8_BOM.length);
  return bytes;
}

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
        files.push({ name, format, bytes: nexisExport(random, documents), articleCount: documents });
      } else {
        const text = formatArticle(inventArticle(random), format);
        files.push({ name, format, bytes: new TextEncoder().encode(text), articleCount: 1 });
      }
      bytes += files[files.length - 1]!.bytes.length;
    }
  }
  return files;
}
