/** Any line end: CRLF, LF, CR, form feed, vertical tab, NEL, Unicode line and paragraph separators. */
const ANY_LINE_END = /\r\n|[\n\r\f\v\u0085\u2028\u2029]/;

/** Whether the text holds a line end that is neither LF nor CR: rare, looked for with native searches. */
const hasRareLineEnd = (text: string) =>
  text.includes('\f') ||
  text.includes('\v') ||
  text.includes('\u0085') ||
  text.includes('\u2028') ||
  text.includes('\u2029');

/**
 * Splits decoded text into lines at any line end. Splitting at every kind at once avoids rewriting
 * CRLF to LF first, which copies the whole text: on a multi-megabyte export that copy costs more than
 * the split. Text with LF only, or CRLF only, is split on that string, natively: a character search for
 * each rarer line end costs less than one pass of a pattern, and a split on a pattern several times more
 * than a split on a string. `mayHaveRareLineEnds: false` (the caller's own scan found none) skips those searches.
 *
 * @example
 * ```ts
 * splitLines('a\r\nb\rc\nd\fe'); // ['a', 'b', 'c', 'd', 'e']
 * ```
 */
export function splitLines(text: string, mayHaveRareLineEnds = true): string[] {
  if (mayHaveRareLineEnds && hasRareLineEnd(text)) return text.split(ANY_LINE_END);
  if (!text.includes('\r')) return text.split('\n');
  const lines = text.split('\r\n');
  // A CR or an LF left in a line was a line end of its own: LF and CRLF mixed, or a lone CR.
  for (const line of lines) if (line.includes('\r') || line.includes('\n')) return text.split(ANY_LINE_END);
  return lines;
}
