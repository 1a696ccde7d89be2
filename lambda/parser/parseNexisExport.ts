import { parseNexisDocument } from './parseNexisDocument';
import { splitNexisDocuments } from './splitNexisDocuments';
import type { ArticleDraft } from './types';

/**
 * Parses a Nexis (LexisNexis) text export: one article per `N of M DOCUMENTS` section, numbered by
 * position in the file; documents with no text at all are skipped.
 *
 * @example
 * ```ts
 * parseNexisExport(text.split('\n')).map((article) => article.headline);
 * ```
 */
export function parseNexisExport(lines: readonly string[]): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  for (const range of splitNexisDocuments(lines)) {
    const draft = parseNexisDocument(lines, range);
    if (draft !== null) drafts.push(draft);
  }
  return drafts;
}
