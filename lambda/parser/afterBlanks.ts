/**
 * The first position at or after `from` that no run of spaces and tabs straddles: one just after a
 * character that is neither (or the text's length). A cut for {@link replaceInPieces}.
 *
 * @example
 * ```ts
 * afterBlanks('ab  cd', 3); // 5: 'ab  c' | 'd'
 * ```
 */
export function afterBlanks(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const previous = text.charCodeAt(at - 1);
    if (previous !== 0x20 && previous !== 0x09) return at;
    at++;
  }
  return text.length;
}
