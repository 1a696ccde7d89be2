/** White space other than a plain space (ECMAScript's `\s` less U+0020): tabs, line ends, no-break and other Unicode spaces, U+FEFF. */
const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
/** Every run of white space but a single plain space: a single space stays as it is, unreplaced. */
const RUNS_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/**
 * The words of `lines` `[start, end)` (each line ending in a line end) with one space between them: every run of white
 * space collapsed to one space, none at either end. White space is what ECMAScript's `\s` matches: tabs,
 * line ends, U+FEFF and every Unicode space separator, no-break spaces included.
 *
 * @param plainSpaces The caller knows that no line holds white space other than U+0020
 *   ({@link SpacesSeen}): the search for any is skipped.
 * @example
 * ```ts
 * collapsedText(['  Head\tline ', '', 'Body']); // 'Head line Body'
 * ```
 */
export function collapsedText(
  lines: readonly string[],
  start = 0,
  end = lines.length,
  plainSpaces = false,
): string {
  const words: string[] = [];
  for (let i = start; i < end; i++) {
    const text = lines[i]!.trim();
    if (text !== '') words.push(text);
  }
  const joined = words.join(' ');
  // One search over the joined text, not two a line: most text has no other white space than single spaces
  // (trimmed lines joined by one), and a pattern started once a line cost more than the hash itself.
  const collapse = joined.includes('  ') || (!plainSpaces && OTHER_SPACE.test(joined));
  return collapse ? joined.replace(RUNS_TO_COLLAPSE, ' ') : joined;
}
