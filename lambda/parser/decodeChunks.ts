import { chunkRanges } from './chunkRanges';
import { decodeRange } from './decodeRange';
import { detectEncoding } from './detectEncoding';
import type { DecodedChunks } from './types';

/**
 * Decodes a file's bytes (encoding as {@link detectEncoding} tells it) into pieces that each end at a
 * line end (LF, CRLF or CR), except the last, cut where {@link chunkRanges} cuts them: joined, they are
 * the text {@link decodeText} gives. The parser itself decodes piece by piece ({@link lineBatches}),
 * never holding them all; this is the whole-file form, for tests and the bench's baseline.
 *
 * @example
 * ```ts
 * decodeChunks(new TextEncoder().encode('Headline\r\nBody')); // { chunks: ['Headline\r\nBody'], encoding: 'utf-8' }
 * ```
 */
export function decodeChunks(bytes: Uint8Array): DecodedChunks {
  const { encoding, textStart } = detectEncoding(bytes);
  const chunks: string[] = [];
  for (const [start, end] of chunkRanges(bytes, encoding, textStart))
    chunks.push(decodeRange(bytes, encoding, start, end));
  return { chunks, encoding };
}
