import { sniffContainer } from './containers/sniffContainer';
import { parseFile } from './parseFile';
import type { ParseDocumentsOptions, ParseEvent } from './types';

/**
 * Parses the bytes of one upload incrementally: the file's format first, then its articles one by one,
 * each with the position a later slice can resume from (`resumeAfter`), or one rejection. Asynchronous
 * so that readers loaded on demand fit the same shape; it never throws.
 *
 * @example
 * ```ts
 * for await (const step of parseDocuments(bytes, { resumeAfter: { documentIndex: 3000 } })) {
 *   if (step.kind === 'article') await store(step.article, step.position);
 *   else if (step.kind === 'rejected') console.error(step.rejection.code);
 * }
 * ```
 */
export async function* parseDocuments(
  bytes: Uint8Array,
  options: ParseDocumentsOptions = {},
): AsyncGenerator<ParseEvent, void, undefined> {
  if (sniffContainer(bytes) !== null) {
    // Loaded only when a DOCX or ZIP arrives, so text uploads (and the cold start) never pay for it.
    const { parseContainerDocuments } = await import('./containers/parseContainerDocuments');
    yield* parseContainerDocuments(bytes, options, parseDocuments);
    return;
  }
  // Contract first: this collects, then yields. The incremental, bounded-memory reader replaces the body.
  const result = parseFile(bytes, options);
  if (!result.ok) {
    yield { kind: 'rejected', rejection: result.rejection };
    return;
  }
  yield { kind: 'file', format: result.format, encoding: result.encoding, compressed: result.compressed };
  const after = options.resumeAfter?.documentIndex ?? 0;
  for (const article of result.articles) {
    if (article.documentIndex <= after) continue;
    yield { kind: 'article', article, position: { documentIndex: article.documentIndex } };
  }
}
