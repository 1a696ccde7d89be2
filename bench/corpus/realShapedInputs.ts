import { createRandom } from './createRandom';
import { formatArticle } from './formatArticle';
import { inventArticle } from './inventArticle';
import type { InventedArticle, PathologicalInput } from './types';

const NEXIS_PREAMBLE =
  'Download Request: All Documents\r\nTime Of Request: Monday, May 5, 2014\r\nTerms: budget\r\n\r\n';
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
/** Invented articles cycled through: inventing 10,000 takes longer than parsing them. */
const POOL_SIZE = 100;
/** Paragraphs a Nexis document keeps, for documents of about 2.3 KB: 10,000 of them in 24 MB. */
const NEXIS_PARAGRAPHS = 6;

function pool(seed: number, paragraphs?: number): InventedArticle[] {
  const random = createRandom(seed);
  return Array.from({ length: POOL_SIZE }, () => {
    const article = inventArticle(random);
    if (paragraphs !== undefined) article.paragraphs = article.paragraphs.slice(0, paragraphs);
    return article;
  });
}

/** A Nexis export of about `bytes` as researchers download it: BOM, CRLF, a preamble, documents numbered `i of N`. */
function nexisExport(bytes: number): Uint8Array {
  const articles = pool(11, NEXIS_PARAGRAPHS);
  const average =
    articles.reduce(
      (sum, article, i) => sum + formatArticle(article, 'nexis', i + 1, POOL_SIZE).length + 1,
      0,
    ) / POOL_SIZE;
  const total = Math.max(1, Math.round(bytes / average));
  // Formatted once as document 1, then renumbered: formatting 10,000 documents takes seconds.
  const separator = ` 1 of ${total} DOCUMENTS`;
  const templates = articles.map((article) =>
    formatArticle(article, 'nexis', 1, total).replaceAll('\n', '\r\n'),
  );
  const parts: string[] = [];
  let size = NEXIS_PREAMBLE.length;
  for (let i = 0; i < total && size < bytes; i++) {
    const text = templates[i % POOL_SIZE]!.replace(separator, ` ${i + 1} of ${total} DOCUMENTS`);
    parts.push(text);
    size += text.length + 2;
  }
  const encoded = new TextEncoder().encode(NEXIS_PREAMBLE + parts.join('\r\n'));
  const file = new Uint8Array(UTF8_BOM.length + encoded.length);
  file.set(UTF8_BOM);
  file.set(encoded, UTF8_BOM.length);
  return file;
}

/** PressReader pages pasted together, one article each, to about `bytes`. */
function pressReaderPages(bytes: number): Uint8Array {
  const articles = pool(12);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = formatArticle(articles[i % POOL_SIZE]!, 'pressreader');
    parts.push(text);
    size += text.length + 1;
  }
  return new TextEncoder().encode(parts.join('\n'));
}

/**
 * Inputs shaped like real uploads, at any size: what the memory bench and test measure beside the
 * pathological inputs. A 24 MB Nexis export holds about 10,000 documents.
 *
 * @example
 * ```ts
 * const export24Mb = REAL_SHAPED_INPUTS[0]!.generate(24_000_000);
 * ```
 */
export const REAL_SHAPED_INPUTS: readonly PathologicalInput[] = [
  {
    name: 'nexisExport',
    description: 'a Nexis export of documents of about 2.3 KB (BOM, CRLF, preamble)',
    generate: nexisExport,
  },
  {
    name: 'pressReaderPages',
    description: 'PressReader pages pasted together, one article each',
    generate: pressReaderPages,
  },
];
