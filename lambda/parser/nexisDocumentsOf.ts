import { isNexisSeparator } from './isNexisSeparator';
import type { DocumentLines } from './types';

/**
 * Splits a Nexis export, read in batches of lines, into its documents one at a time: each starts after
 * an `N of M DOCUMENTS` line and runs to the next one, numbered by position (1-based) whatever the line
 * prints. The preamble before the first separator (download request, terms) is no document. Only the
 * document in hand is held; the lines of documents up to `skipThrough` are not even kept.
 *
 * @example
 * ```ts
 * [...nexisDocumentsOf([['Download Request', '1 of 2 DOCUMENTS', 'A', '2 of 2 DOCUMENTS', 'B']], 0)];
 * // [{ documentIndex: 1, firstLine: 2, lines: ['A'] }, { documentIndex: 2, firstLine: 4, lines: ['B'] }]
 * ```
 */
export function* nexisDocumentsOf(
  batches: Iterable<readonly string[]>,
  skipThrough: number,
): Generator<DocumentLines, void, undefined> {
  let documentIndex = 0;
  let lines: string[] | null = null;
  let lineNumber = -1;
  let firstLine = 0;
  for (const batch of batches) {
    for (const line of batch) {
      lineNumber++;
      if (isNexisSeparator(line)) {
        if (lines !== null) yield { documentIndex, firstLine, lines };
        documentIndex++;
        firstLine = lineNumber + 1;
        lines = documentIndex > skipThrough ? [] : null;
      } else if (lines !== null) lines.push(line);
    }
  }
  if (lines !== null) yield { documentIndex, firstLine, lines };
}
