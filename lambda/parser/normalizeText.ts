/** Characters that need work; most text has none of them and skips every replacement below. */
const NEEDS_WORK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's job
  /[\r\f\v\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
const LINE_BREAKS = /\r\n?|[\f\v\u0085\u2028\u2029]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Zero-width characters and soft hyphens are invisible in print, and the control characters are noise. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is this module's job
const INVISIBLES = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]/g;

/**
 * Normalizes decoded text: line ends (CRLF, CR, form feed, Unicode separators) to LF, non-breaking and
 * other Unicode spaces to a plain space, zero-width characters, soft hyphens and control characters
 * removed. Tabs are kept: Nexis centres its header lines with them.
 *
 * @example
 * ```ts
 * normalizeText('A\u00a0B\r\nC\u200bD'); // 'A B\nCD'
 * ```
 */
export function normalizeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(LINE_BREAKS, '\n').replace(SPACES, ' ').replace(INVISIBLES, '');
}
