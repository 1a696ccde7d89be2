/** Characters that need work; most text has none of them and skips every replacement below. */
const NEEDS_WORK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's job
  /[\f\v\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
const LINE_BREAKS = /[\f\v\u0085\u2028\u2029]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Zero-width characters and soft hyphens are invisible in print, and the control characters are noise. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this module's job
const INVISIBLES = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]/g;

/**
 * Normalizes decoded text: form feeds and Unicode line separators become LF (CR and CRLF are left to
 * {@link splitLines}), non-breaking and other Unicode spaces a plain space; zero-width characters,
 * soft hyphens and control characters are removed. Tabs are kept: Nexis centres its header lines with them.
 *
 * @example
 * ```ts
 * normalizeText('A\u00a0B\r\nC\u200bD'); // 'A B\r\nCD'
 * ```
 */
export function normalizeText(text: string): string {
  // Most text needs nothing; each replacement copies the whole text, so none runs without cause.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(LINE_BREAKS, '\n').replace(SPACES, ' ').replace(INVISIBLES, '');
}
