import { Buffer } from 'node:buffer';
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

/**
 * The next position of one byte value at or after a position that only ever grows: Buffer#indexOf
 * searches natively, and the answer is remembered, so no byte is searched twice even when the value
 * never occurs (a file without LF, or without CR).
 */
function createFinder(buffer: Buffer, value: number): (from: number) => number {
  // -2: not searched yet; -1: none after the last search, so none after any later position either.
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = buffer.indexOf(value, from);
    return found;
  };
}

/** Where each piece ends: just after the first line end at or after `start + CHUNK_BYTES`. */
function createChunkEnd(bytes: Uint8Array): (start: number) => number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nextLf = createFinder(buffer, LF);
  const nextCr = createFinder(buffer, CR);
  return (start) => {
    const from = start + CHUNK_BYTES;
    if (from >= bytes.length) return bytes.length;
    const lf = nextLf(from);
    const cr = nextCr(from);
    // A CR ends the piece unless an LF follows: CRLF is one line end and must not be torn apart.
    if (cr !== -1 && (lf === -1 || cr < lf)) return bytes[cr + 1] === LF ? cr + 2 : cr + 1;
    return lf === -1 ? bytes.length : lf + 1;
  };
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
  const chunkEnd = createChunkEnd(bytes);
  const chunks: string[] = [];
  let start = textStart;
  do {
    const end = chunkEnd(start);
    chunks.push(decodeRange(bytes, encoding, start, end));
    start = end;
  } while (start < bytes.length);
  return { chunks, encoding };
}
