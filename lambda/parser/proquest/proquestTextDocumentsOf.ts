import { matchProQuestLabel } from './matchProQuestLabel';

/** A rule of underscores alone on its line: what the ProQuest text export puts between documents. */
const RULE = /^\s*_{20,}\s*$/;

/** One block between two rules that holds a document, with where it stands in the text. */
export interface ProQuestTextBlock {
  /** 1-based, counting blocks that hold a document (not the report header or the table of contents). */
  documentIndex: number;
  /** The text's line number of `lines[0]`. */
  firstLine: number;
  /** Whether a rule stands on the line before `firstLine`. */
  separator: boolean;
  lines: string[];
}

/** A block is a document when it has a body, an abstract or a document id: a table of contents has none. */
function isDocument(lines: readonly string[]): boolean {
  for (const line of lines) {
    const label = line.includes(':') ? matchProQuestLabel(line) : null;
    if (
      label !== null &&
      (label.field === 'fullText' || label.field === 'abstract' || label.field === 'documentId')
    )
      return true;
  }
  return false;
}

/**
 * Splits the ProQuest plain-text export, read in batches of lines, into its documents: the blocks between
 * rules of underscores that hold a document (the report header and the table of contents are passed
 * over). Only the block in hand is held.
 *
 * @example
 * ```ts
 * [...proquestTextDocumentsOf([['_'.repeat(60), 'Title', 'Full text: Body.', '_'.repeat(60)]])];
 * // [{ documentIndex: 1, firstLine: 1, separator: true, lines: ['Title', 'Full text: Body.'] }]
 * ```
 */
export function* proquestTextDocumentsOf(
  batches: Iterable<readonly string[]>,
): Generator<ProQuestTextBlock, void, undefined> {
  let documentIndex = 0;
  let lines: string[] = [];
  let firstLine = 0;
  let separator = false;
  let lineNumber = -1;
  for (const batch of batches) {
    for (const line of batch) {
      lineNumber++;
      if (!RULE.test(line)) {
        lines.push(line);
        continue;
      }
      if (isDocument(lines)) yield { documentIndex: ++documentIndex, firstLine, separator, lines };
      lines = [];
      firstLine = lineNumber + 1;
      separator = true;
    }
  }
  if (isDocument(lines)) yield { documentIndex: ++documentIndex, firstLine, separator, lines };
}
