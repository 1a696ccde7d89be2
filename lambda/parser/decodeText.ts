import { decodeRange } from './decodeRange';
import { detectEncoding } from './detectEncoding';
import type { DecodedText } from './types';

/**
 * Decodes a file's bytes into one string: UTF-8 with or without a byte-order mark, UTF-16 (LE/BE, with
 * a byte-order mark or recognisably without), and Windows-1252 (which covers Latin-1) when the bytes
 * are not valid UTF-8. The byte-order mark is dropped. The parser itself reads large files through
 * {@link decodeChunks}, which gives the same text in pieces.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94])); // { text: '“Hi”', encoding: 'windows-1252' }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, textStart } = detectEncoding(bytes);
  return { text: decodeRange(bytes, encoding, textStart, bytes.length), encoding };
}
