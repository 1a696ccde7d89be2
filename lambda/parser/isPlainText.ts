/**
 * Everything {@link normalizeText} changes, every line end but LF and CR, and every white space but a
 * space: its set of characters needing work with tab, vertical tab, form feed, NEL, U+1680 and the
 * Unicode line and paragraph separators added. One class costs no more to search for than the smaller one.
 */
const NOT_PLAIN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's job
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * Whether decoded text is plain: {@link normalizeText} leaves it as it is, its only line ends are LF and
 * CR, and its only white space besides them is U+0020. Most text is, and then one search of it stands
 * for three: the normalizer's, the line splitter's for rarer line ends, and the content hash's for
 * white space other than spaces.
 *
 * @example
 * ```ts
 * isPlainText('Headline\r\nBody text.'); // true
 * isPlainText('Head\tline'); // false: a tab
 * isPlainText('A\u00a0B'); // false: a no-break space, which normalizeText makes a space
 * ```
 */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
}
