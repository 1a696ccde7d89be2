import { afterBlanks } from './afterBlanks';
import { replaceInPieces } from './replaceInPieces';

const RUNS_OF_BLANKS = /[ \t]{2,}|\t/g;

const collapse = (piece: string) => piece.replace(RUNS_OF_BLANKS, ' ');

/**
 * Joins the hard-wrapped lines of one block into a single line of text, with runs of spaces and tabs
 * reduced to one space.
 *
 * @example
 * ```ts
 * joinBlock(['The council voted', 'on  Tuesday.']); // 'The council voted on Tuesday.'
 * ```
 */
export function joinBlock(block: readonly string[]): string {
  const joined = block.length === 1 ? block[0]! : block.join(' ');
  return joined.includes('  ') || joined.includes('\t')
    ? replaceInPieces(joined, collapse, afterBlanks)
    : joined;
}
