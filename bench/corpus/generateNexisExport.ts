import { createRandom } from './createRandom';
import { formatArticle } from './formatArticle';
import { inventArticle } from './inventArticle';
import type { Random } from './types';

const NEXIS_PREAMBLE =
  'Download Request: All Documents: 1-100\r\nTime Of Request: Monday, May 5, 2014\r\nTerms: budget\r\n\r\n';
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * A Nexis export of `documents` invented articles, as researchers download them: byte-order mark, CRLF line
 * ends, a preamble, each document numbered `n of N`. Deterministic for a seed (or a given generator).
 * `maxParagraphs` shortens every article alike, so exports of different sizes keep one document shape.
 *
 * @example
 * ```ts
 * const bytes = generateNexisExport({ seed: 7, documents: 1_000 });
 * ```
 */
export function generateNexisExport(options: {
  documents: number;
  seed?: number;
  random?: Random;
  /** Keep at most this many paragraphs of each article (short briefs make a large count fit a size limit). */
  maxParagraphs?: number;
}): Uint8Array {
  const random = options.random ?? createRandom(options.seed ?? 1);
  const total = options.documents;
  const parts = Array.from({ length: total }, (_, i) => {
    const article = inventArticle(random);
    if (options.maxParagraphs !== undefined)
      article.paragraphs = article.paragraphs.slice(0, options.maxParagraphs);
    return formatArticle(article, 'nexis', i + 1, total);
  });
  const encoded = new TextEncoder().encode(NEXIS_PREAMBLE + parts.join('\n').replaceAll('\n', '\r\n'));
  const bytes = new Uint8Array(UTF8_BOM.length + encoded.length);
  bytes.set(UTF8_BOM);
  bytes.set(encoded, UTF8_BOM.length);
  return bytes;
}
