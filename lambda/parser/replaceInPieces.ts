/** Characters per piece, about: a piece and its replacement stay small young-generation strings. */
const PIECE_CHARS = 65_536;

/**
 * Applies a replacement to a long text piece by piece, cut where `cutAt` says no match can straddle
 * (the first safe position at or after a given one, or the text's length). A global `replace` on one
 * string of megabytes with millions of matches builds all its parts at once: decoding the entities of
 * a 24 MB Nexis body took 680 MB that way, 67 MB in pieces. Short text is replaced whole.
 *
 * @example
 * ```ts
 * replaceInPieces(text, (piece) => piece.replace(/&amp;/g, '&'), (t, from) => { const i = t.indexOf('&', from); return i === -1 ? t.length : i; });
 * ```
 */
export function replaceInPieces(
  text: string,
  replace: (piece: string) => string,
  cutAt: (text: string, from: number) => number,
): string {
  if (text.length <= PIECE_CHARS) return replace(text);
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end =
      start + PIECE_CHARS >= text.length
        ? text.length
        : Math.max(cutAt(text, start + PIECE_CHARS), start + 1);
    pieces.push(replace(text.slice(start, end)));
    start = end;
  }
  return pieces.join('');
}
