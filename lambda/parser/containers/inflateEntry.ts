import { Inflate } from 'fflate';
import { ParseRejectionError } from '../errors';
import type { InflateBudget } from './InflateBudget';
import { INFLATE_INPUT_CHUNK_BYTES, RATIO_FLOOR_BYTES } from './limits';
import type { ZipEntry } from './types';

const LOCAL_SIGNATURE = 0x04034b50;

function corrupt(entry: ZipEntry, what: string): ParseRejectionError {
  return new ParseRejectionError('CORRUPT_CONTAINER', `The ZIP member ${entry.name} is corrupt: ${what}.`);
}

function ratioTooHigh(entry: ZipEntry, maxRatio: number): ParseRejectionError {
  return new ParseRejectionError(
    'COMPRESSION_RATIO_TOO_HIGH',
    `The ZIP member ${entry.name} inflates more than ${maxRatio} times its compressed size, the shape of a zip bomb; it was not inflated further.`,
  );
}

/** Where a member's compressed bytes start, after its local header. */
function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw corrupt(entry, 'its local header is missing');
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt(entry, 'its data is cut short');
  return start;
}

/**
 * Inflates one ZIP member in bounded chunks, handing each to `onChunk` as it comes, so memory holds
 * one chunk at a time, not the member. Every chunk is charged to the upload's `budget`, and the
 * member's ratio is checked on the bytes actually produced (a header can lie about sizes).
 *
 * @throws {ParseRejectionError} `DECOMPRESSED_TOO_LARGE`, `COMPRESSION_RATIO_TOO_HIGH`, `ENCRYPTED`,
 *   `CORRUPT_CONTAINER`, or `UNSUPPORTED_FORMAT` for a compression method other than deflate.
 * @example
 * ```ts
 * inflateEntry(zipBytes, entry, new InflateBudget(1 << 27), 200, (chunk) => decoder.decode(chunk, { stream: true }));
 * ```
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  maxRatio: number,
  onChunk: (chunk: Uint8Array) => void,
): void {
  if (entry.encrypted) {
    throw new ParseRejectionError(
      'ENCRYPTED',
      `The ZIP member ${entry.name} is encrypted; it cannot be read.`,
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      `The ZIP member ${entry.name} uses compression method ${entry.method}; only deflate and stored are read.`,
    );
  }
  const start = dataStart(bytes, entry);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  const ratioCap = Math.max(RATIO_FLOOR_BYTES, maxRatio * Math.max(1, entry.compressedSize));
  if (entry.uncompressedSize > ratioCap) throw ratioTooHigh(entry, maxRatio);
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    produced += chunk.length;
    if (produced > ratioCap) throw ratioTooHigh(entry, maxRatio);
    budget.spend(chunk.length, entry.name);
    onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < compressed.length; at += INFLATE_INPUT_CHUNK_BYTES) {
      take(compressed.subarray(at, at + INFLATE_INPUT_CHUNK_BYTES));
    }
    return;
  }
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_INPUT_CHUNK_BYTES) {
      const end = Math.min(at + INFLATE_INPUT_CHUNK_BYTES, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ParseRejectionError) throw error;
    throw corrupt(entry, error instanceof Error ? error.message : String(error));
  }
}
