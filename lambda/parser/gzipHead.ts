import { constants, gunzipSync } from 'node:zlib';

/** Compressed bytes inflated to look at a gzip file's start, and the most they may inflate to. */
const GZIP_PEEK_BYTES = 2_048;
const GZIP_PEEK_MAX_OUTPUT = 4_194_304;

/**
 * The first bytes a gzip file holds, from its first compressed bytes only (for telling its format without
 * inflating it all); empty when they cannot be read.
 *
 * @example
 * ```ts
 * new TextDecoder().decode(gzipHead(gzipSync('HD\nFerry fares rise\n'))); // 'HD\nFerry fares rise\n'
 * ```
 */
export function gzipHead(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes.subarray(0, GZIP_PEEK_BYTES), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: GZIP_PEEK_MAX_OUTPUT,
    });
  } catch {
    // Corrupt or absurdly compressible: the text parser names what is wrong with it.
    return new Uint8Array(0);
  }
}
