import { Buffer } from 'node:buffer';
import type { TextEncoding } from './types';

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

/**
 * Where the pieces of a file's text lie: byte ranges `[start, end)` from `start` to the end of the
 * bytes, each ending just after the first line end (LF, CRLF or CR) at or after 32 KiB, except the
 * last. In UTF-8 and Windows-1252 the bytes of LF and CR occur only as those characters, so a cut after
 * them never splits a character or an invalid sequence; UTF-16, rare in practice, stays one piece.
 *
 * @example
 * ```ts
 * [...chunkRanges(new TextEncoder().encode('Headline\r\nBody'), 'utf-8', 0)]; // [[0, 14]]
 * ```
 */
export function* chunkRanges(
  bytes: Uint8Array,
  encoding: TextEncoding,
  start: number,
): Generator<[number, number], void, undefined> {
  // UTF-16 stays one piece, and so does a file shorter than a piece (most are): no search needed.
  if (encoding === 'utf-16le' || encoding === 'utf-16be' || start + CHUNK_BYTES >= bytes.length) {
    yield [start, bytes.length];
    return;
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nextLf = createFinder(buffer, LF);
  const nextCr = createFinder(buffer, CR);
  let from = start;
  do {
    const least = from + CHUNK_BYTES;
    let end: number;
    if (least >= bytes.length) end = bytes.length;
    else {
      const lf = nextLf(least);
      const cr = nextCr(least);
      // A CR ends the piece unless an LF follows: CRLF is one line end and must not be torn apart.
      if (cr !== -1 && (lf === -1 || cr < lf)) end = bytes[cr + 1] === LF ? cr + 2 : cr + 1;
      else end = lf === -1 ? bytes.length : lf + 1;
    }
    yield [from, end];
    from = end;
  } while (from < bytes.length);
}
