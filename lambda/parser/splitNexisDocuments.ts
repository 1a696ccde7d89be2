import { isNexisSeparator } from './isNexisSeparator';
import type { NexisDocumentRange } from './types';

/**
 * Finds the documents of a Nexis export: each starts after an `N of M DOCUMENTS` line and runs to the
 * next one. The preamble before the first separator (download request, terms) is no document.
 *
 * @example
 * ```ts
 * splitNexisDocuments(['Download Request: All Documents', '1 of 2 DOCUMENTS', 'A', '2 of 2 DOCUMENTS', 'B']);
 * // [{ documentIndex: 1, start: 2, end: 3 }, { documentIndex: 2, start: 4, end: 5 }]
 * ```
 */
export function splitNexisDocuments(lines: readonly string[]): NexisDocumentRange[] {
  const ranges: NexisDocumentRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isNexisSeparator(lines[i]!)) continue;
    const previous = ranges[ranges.length - 1];
    if (previous !== undefined) previous.end = i;
    ranges.push({ documentIndex: ranges.length + 1, start: i + 1, end: lines.length });
  }
  return ranges;
}
