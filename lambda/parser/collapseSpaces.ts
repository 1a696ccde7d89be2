import { afterBlanks } from './afterBlanks';
import { replaceInPieces } from './replaceInPieces';

const RUNS_OF_SPACES = / {2,}/g;

const collapse = (piece: string) => piece.replace(RUNS_OF_SPACES, ' ');

/**
 * Trims text and reduces runs of spaces to one: needed again after entities are decoded, since
 * `&#9;` or `&nbsp;` become spaces.
 *
 * @example
 * ```ts
 * collapseSpaces(' a   b '); // 'a b'
 * ```
 */
export function collapseSpaces(text: string): string {
  const trimmed = text.trim();
  return trimmed.includes('  ') ? replaceInPieces(trimmed, collapse, afterBlanks) : trimmed;
}
