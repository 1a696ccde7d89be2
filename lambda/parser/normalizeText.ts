import { replaceInPieces } from './replaceInPieces';

/** Characters that need work; most text has none of them and skips every replacement below. */
const NEEDS_WORK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's job
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/;
/** Every Unicode space separator (category Zs) but U+0020 itself. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Zero-width characters and soft hyphens are invisible in print, and the control characters are noise. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this module's job
const INVISIBLES = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b\u2060\ufeff]/g;

/** Every pattern matches one character, so a piece can end anywhere. */
const anywhere = (_text: string, from: number) => from;

const normalizePiece = (piece: string) => piece.replace(SPACES, ' ').replace(INVISIBLES, '');

/**
 * Normalizes decoded text: non-breaking and other Unicode spaces become a plain space; zero-width
 * characters, soft hyphens and control characters are removed. Line ends (CR, form feed, NEL, Unicode
 * separators) are left to {@link splitLines}, and tabs are kept: Nexis centres its header lines with them.
 *
 * @example
 * ```ts
 * normalizeText('A\u00a0B\r\nC\u200bD'); // 'A B\r\nCD'
 * ```
 */
export function normalizeText(text: string): string {
  // Most text needs nothing; each replacement copies the whole text, so none runs without cause.
  if (!NEEDS_WORK.test(text)) return text;
  return replaceInPieces(text, normalizePiece, anywhere);
}
