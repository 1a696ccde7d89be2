import { DEFAULT_MAX_BYTES } from './limits';
import type { ParseDocumentsOptions, Rejection } from './types';

/**
 * The `TOO_LARGE` rejection of an upload over the size limit (`options.maxBytes`, default
 * {@link DEFAULT_MAX_BYTES}), or null when it fits: the first check of every reader loaded on demand, worded
 * as the text parser words it.
 *
 * @example
 * ```ts
 * const tooLarge = tooLargeRejection(bytes, options);
 * if (tooLarge !== null) yield { kind: 'rejected', rejection: tooLarge };
 * ```
 */
export function tooLargeRejection(bytes: Uint8Array, options: ParseDocumentsOptions): Rejection | null {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length <= maxBytes) return null;
  return {
    code: 'TOO_LARGE',
    message: `The file is ${bytes.length} bytes, over the ${maxBytes}-byte limit.`,
  };
}
