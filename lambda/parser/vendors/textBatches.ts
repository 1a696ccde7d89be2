import { lineBatches } from '../lineBatches';
import type { TextEncoding } from '../types';

/**
 * A text upload's lines in batches, decoded and normalized as the text parser does (`lineBatches`), for a
 * vendor reader that splits documents as it reads.
 *
 * @example
 * ```ts
 * for (const lines of textBatches(bytes, 'utf-8', 0)) console.log(lines.length);
 * ```
 */
export function* textBatches(
  bytes: Uint8Array,
  encoding: TextEncoding,
  textStart: number,
): Generator<readonly string[], void, undefined> {
  for (const batch of lineBatches(bytes, encoding, textStart)) yield batch.lines;
}
