/** White space inside a trimmed line that is not one plain space: a run of two or more, or a tab, no-break space… */
const UNEVEN_SPACE = /\s{2}|[^\S ]/;
const UNEVEN_SPACES = /\s{2,}|[^\S ]/g;

/**
 * The words of `lines` `[start, end)` (each line ending in a line end) with one space between them: every run of white
 * space collapsed to one space, none at either end. White space is what ECMAScript's `\s` matches: tabs,
 * line ends, U+FEFF and every Unicode space separator, no-break spaces included.
 *
 * @example
 * ```ts
 * collapsedText(['  Head\tline ', '', 'Body']); // 'Head line Body'
 * ```
 */
export function collapsedText(lines: readonly string[], start = 0, end = lines.length): string {
  const words: string[] = [];
  for (let i = start; i < end; i++) {
    // Line by line: trimming is cheap, and most lines hold no other white space than single spaces.
    let text = lines[i]!.trim();
    if (text === '') continue;
    if (UNEVEN_SPACE.test(text)) text = text.replace(UNEVEN_SPACES, ' ');
    words.push(text);
  }
  return words.join(' ');
}
