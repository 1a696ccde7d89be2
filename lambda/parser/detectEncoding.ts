import { isUtf8 } from 'node:buffer';
import { detectUtf16 } from './detectUtf16';
import type { DetectedEncoding } from './types';

const UTF8_BOM_LENGTH = 3;

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Tells a file's encoding: UTF-8 by its byte-order mark (then a stray invalid byte becomes U+FFFD rather
 * than a guess at another encoding), UTF-16 LE/BE by its byte-order mark or recognisably without one,
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which covers Latin-1). `textStart` skips a
 * UTF-8 byte-order mark; TextDecoder drops a UTF-16 one itself.
 *
 * @example
 * ```ts
 * detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // { encoding: 'utf-8', textStart: 3 }
 * ```
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8', textStart: UTF8_BOM_LENGTH };
  const utf16 = detectUtf16(bytes);
  if (utf16 !== null) return { encoding: utf16, textStart: 0 };
  // isUtf8 validates natively, without decoding.
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', textStart: 0 };
}
