import { Buffer } from 'node:buffer';

/** Code units counted at a time: a paragraph of any length is copied in windows of this many. */
const WINDOW = 16_384;
/** The paragraph in hand as UTF-16LE, reused: counting allocates nothing. */
const units = Buffer.allocUnsafeSlow(WINDOW * 2);
const view = new Uint16Array(units.buffer, units.byteOffset, WINDOW);
/** A space as the view reads UTF-16LE bytes on this platform (byte order swapped on a big-endian one). */
const SPACE = new Uint16Array(new Uint8Array([0x20, 0x00]).buffer)[0]!;

/**
 * Words of one paragraph: runs of characters other than a space (joined paragraphs hold no tab or
 * line feed, so spaces alone separate words). The paragraph is copied into typed memory natively and
 * counted there without a branch a character: words and spaces alternate too irregularly for a
 * branch to be predicted, and this is a third faster than a native indexOf from space to space, which
 * was faster again than a charCodeAt loop (together a tenth of the parse time of the bench corpus).
 */
function countParagraphWords(paragraph: string): number {
  let count = 0;
  // 1 after a space (or before the first character), 0 after anything else.
  let afterSpace = 1;
  for (let at = 0; at < paragraph.length; at += WINDOW) {
    const piece = paragraph.length <= WINDOW ? paragraph : paragraph.slice(at, at + WINDOW);
    const length = piece.length;
    units.write(piece, 0, 'utf16le');
    for (let i = 0; i < length; i++) {
      // 1 for a space, 0 for anything else: (unit ^ SPACE) - 1 is negative for a space alone.
      const space = ((view[i]! ^ SPACE) - 1) >>> 31;
      count += afterSpace & (space ^ 1);
      afterSpace = space;
    }
  }
  return count;
}

/**
 * Counts whitespace-separated words in paragraphs as the parser joins them (single spaces, no tabs or
 * line feeds).
 *
 * @example
 * ```ts
 * countWords(['Two words', ' and  three more ']); // 5
 * ```
 */
export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += countParagraphWords(paragraph);
  return count;
}
