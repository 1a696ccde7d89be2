import { chunkRanges } from './chunkRanges';
import { decodeRange } from './decodeRange';
import { isPlainText } from './isPlainText';
import { normalizeText } from './normalizeText';
import { splitLines } from './splitLines';
import type { LineBatch, TextEncoding } from './types';

/**
 * Decodes and normalizes a file's text piece by piece from byte `start` (a piece's start), and gives
 * each piece's lines: together, the lines {@link splitLines} gives for the whole normalized text. Only
 * the piece in hand is held, so a caller that keeps no line holds a few tens of kilobytes whatever
 * the file's size.
 *
 * @example
 * ```ts
 * for (const batch of lineBatches(bytes, 'utf-8', 0)) for (const line of batch.lines) console.log(line);
 * ```
 */
export function* lineBatches(
  bytes: Uint8Array,
  encoding: TextEncoding,
  start: number,
): Generator<LineBatch, void, undefined> {
  for (const [from, end] of chunkRanges(bytes, encoding, start)) {
    const decoded = decodeRange(bytes, encoding, from, end);
    const plain = isPlainText(decoded);
    const text = plain ? decoded : normalizeText(decoded);
    const lines = splitLines(text, !plain);
    // A piece but the last ends at a line end, so its split ends with '' that is no line of the text.
    if (end < bytes.length) lines.pop();
    // Normalized text keeps tabs alone of the white space that is neither a space nor a line end.
    const plainSpaces = plain || !text.includes('\t');
    yield { text, lines, end, plainSpaces };
  }
}
