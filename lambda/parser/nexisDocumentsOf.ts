import { isNexisSeparator } from './isNexisSeparator';
import type { DocumentLines, SplitStart } from './types';

/**
 * Splits a Nexis export, read in batches of lines, into its documents one at a time: each starts after
 * an `N of M DOCUMENTS` line and runs to the next one, numbered by position (1-based) whatever the line
 * prints. The preamble before the first separator (download request, terms) is no document. Only the
 * document in hand is held; the lines of documents up to `skipThrough` are not even kept. `start` says
 * where the batches begin when they are not the file's start (a resume point): how many documents were
 * opened before, and the first line's number; the batches must then begin at or before the end of
 * document `skipThrough`. Each document says how many were opened before the batch it ended in, which
 * with that batch's start is a resume point.
 *
 * @example
 * ```ts
 * [...nexisDocumentsOf([['Download Request', '1 of 2 DOCUMENTS', 'A', '2 of 2 DOCUMENTS', 'B']], 0)];
 * // [{ documentIndex: 1, documentsBeforeBatch: 0, firstLine: 2, lines: ['A'] }, { documentIndex: 2, … }]
 * ```
 */
export function* nexisDocumentsOf(
  batches: Iterable<readonly string[]>,
  skipThrough: number,
  start: SplitStart = { documents: 0, line: 0 },
): Generator<DocumentLines, void, undefined> {
  let documentIndex = start.documents;
  let documentsBeforeBatch = start.documents;
  let lines: string[] | null = null;
  let lineNumber = start.line - 1;
  let firstLine = 0;
  for (const batch of batches) {
    documentsBeforeBatch = documentIndex;
    for (const line of batch) {
      lineNumber++;
      if (isNexisSeparator(line)) {
        if (lines !== null) yield { documentIndex, documentsBeforeBatch, firstLine, lines };
        documentIndex++;
        firstLine = lineNumber + 1;
        lines = documentIndex > skipThrough ? [] : null;
      } else if (lines !== null) lines.push(line);
    }
  }
  if (lines !== null) yield { documentIndex, documentsBeforeBatch, firstLine, lines };
}
