import { parseDocuments } from '../../lambda/parser/parseDocuments';

/**
 * Parses `bytes` through `parseDocuments` (enrichment off) and checks what a speed figure rests on: exactly
 * `expected` articles, no event but `file` and `article`, and, when given, every article of `format`.
 *
 * @example
 * ```ts
 * await parseEveryDocument(factivaXmlBytes, 1_000, 'factiva');
 * ```
 */
export async function parseEveryDocument(
  bytes: Uint8Array,
  expected: number,
  format?: string,
): Promise<void> {
  let articles = 0;
  for await (const event of parseDocuments(bytes, { enrich: false })) {
    if (event.kind === 'article') {
      articles++;
      if (format !== undefined && event.article.format !== format)
        throw new Error(`read as ${event.article.format}`);
    } else if (event.kind !== 'file') throw new Error(`unexpected ${JSON.stringify(event).slice(0, 200)}`);
  }
  if (articles !== expected) throw new Error(`expected ${expected} articles, got ${articles}`);
}
