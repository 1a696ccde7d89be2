/** Line ends other than a lone LF: CRLF, CR, form feed, vertical tab, NEL, Unicode line and paragraph separators. */
const OTHER_LINE_ENDS = /[\r\f\v\u0085\u2028\u2029]/;
const ANY_LINE_END = /\r\n|[\n\r\f\v\u0085\u2028\u2029]/;

/**
 * Splits decoded text into lines at any line end. Splitting at every kind at once avoids rewriting
 * CRLF to LF first, which copies the whole text: on a multi-megabyte export that copy costs more than
 * the split.
 *
 * @example
 * ```ts
 * splitLines('a\r\nb\rc\nd\fe'); // ['a', 'b', 'c', 'd', 'e']
 * ```
 */
export function splitLines(text: string): string[] {
  return OTHER_LINE_ENDS.test(text) ? text.split(ANY_LINE_END) : text.split('\n');
}
