import { decodeRange } from './decodeRange';
import { detectEncoding } from './detectEncoding';
import type { DecodedChunks } from './types';

/**
 * Bytes per piece, at least. A piece of 32 KiB is a string of at most 64 KiB (two bytes a character),
 * which V8 allocates in its young generation; one string of a whole multi-megabyte export goes to the
 * large-object space instead, and decoding it costs ten times as much (mapping and zeroing fresh pages).
 */
const CHUNK_BYTES = 32_768;
const LF = 0x0a;
const CR = 0x0d;

/** Where the piece that starts at `start` ends: just after the first line end at or after `start + CHUNK_BYTES`. */
function chunkEnd(bytes: Uint8Array, start: number): number {
  // Only the bytes of the piece itself are looked at, so the search stays linear even without line ends.
  for (let i = start + CHUNK_BYTES; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === LF) return i + 1;
    // A CR ends the piece unless an LF follows: CRLF is one line end and must not be torn apart.
    if (byte === CR) return bytes[i + 1] === LF ? i + 2 : i + 1;
  }
  return bytes.length;
}

/**
 * Decodes a file's bytes (encoding as {@link detectEncoding} tells it) into pieces that each end at a
 * line end (LF, CRLF or CR), except the last: joined, they are the text {@link decodeText} gives. In
 * UTF-8 and Windows-1252 the bytes of LF and CR occur only as those characters, so a cut after them
 * never splits a character or an invalid sequence. UTF-16, rare in practice, stays one piece.
 *
 * @example
 * ```ts
 * decodeChunks(new TextEncoder().encode('Headline\r\nBody')); // { chunks: ['Headline\r\nBody'], encoding: 'utf-8' }
 * ```
 */
export function decodeChunks(bytes: Uint8Array): DecodedChunks {
  const { encoding, textStart } = detectEncoding(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return { chunks: [decodeRange(bytes, encoding, textStart, bytes.length)], encoding };
  }
  const chunks: string[] = [];
  let start = textStart;
  do {
    const end = chunkEnd(bytes, start);
    chunks.push(decodeRange(bytes, encoding, start, end));
    start = end;
  } while (start < bytes.length);
  return { chunks, encoding };
}
