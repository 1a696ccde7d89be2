import { gunzipSync } from 'node:zlib';
import { ParseRejectionError } from './errors';

/**
 * Decompresses gzip bytes, refusing to produce more than `maxBytes`: zlib stops at the limit, so a small
 * file that inflates to gigabytes costs no more than `maxBytes` of memory.
 *
 * @throws {ParseRejectionError} `DECOMPRESSED_TOO_LARGE` past the limit, `CORRUPT_COMPRESSION` for bad gzip.
 * @example
 * ```ts
 * const text = gunzipWithLimit(gzipSync('hello'), 1_000_000); // Uint8Array of 'hello'
 * ```
 */
export function gunzipWithLimit(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ParseRejectionError(
        'DECOMPRESSED_TOO_LARGE',
        `The gzip file inflates to more than the ${maxBytes}-byte limit; it was not decompressed further.`,
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParseRejectionError('CORRUPT_COMPRESSION', `The gzip file cannot be decompressed: ${reason}.`);
  }
}
