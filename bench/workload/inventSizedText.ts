import { formatArticle } from '../corpus/formatArticle';
import { inventArticle } from '../corpus/inventArticle';
import type { CorpusFormat, Random } from '../corpus/types';

/** A "4 KB article": its text within 4 KiB ± 12.5 %, so a workload of them averages about 4,096 bytes. */
export const ARTICLE_BYTES = { min: 3_584, max: 4_608 } as const;

/**
 * Invents an article and writes it in `format` as an {@link ARTICLE_BYTES}-sized text: a longer one loses
 * paragraphs from its end down to a random size in the range, a shorter one is replaced by a new invention. Nexis documents need their
 * position and the export's size for the `N of M DOCUMENTS` line.
 *
 * @example
 * ```ts
 * const text = inventSizedText(createRandom(1), 'pressreader');
 * ```
 */
export function inventSizedText(random: Random, format: CorpusFormat, index = 1, total = 1): string {
  for (;;) {
    const article = inventArticle(random);
    // A target anywhere in the range, so that trimming does not pile every article up at the maximum.
    const target = ARTICLE_BYTES.min + random.next() * (ARTICLE_BYTES.max - ARTICLE_BYTES.min);
    let text = formatArticle(article, format, index, total);
    while (Buffer.byteLength(text, 'utf8') > target && article.paragraphs.length > 2) {
      article.paragraphs.pop();
      text = formatArticle(article, format, index, total);
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes >= ARTICLE_BYTES.min && bytes <= ARTICLE_BYTES.max) return text;
  }
}
