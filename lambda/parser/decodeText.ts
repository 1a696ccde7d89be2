import { Buffer, isUtf8 } from 'node:buffer';
import { decodeWindows1252 } from './decodeWindows1252';
import { detectUtf16 } from './detectUtf16';
import type { DecodedText } from './types';

const UTF8_BOM_LENGTH = 3;

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Decodes a file's bytes: UTF-8 with or without a byte-order mark, UTF-16 (LE/BE, with a byte-order
 * mark or recognisably without), and Windows-1252 (which covers Latin-1) when the bytes are not valid
 * UTF-8. The byte-order mark is dropped.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94])); // { text: '“Hi”', encoding: 'windows-1252' }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (hasUtf8Bom(bytes)) {
    // A byte-order mark says UTF-8: a stray invalid byte becomes U+FFFD rather than a guess at another encoding.
    return { text: buffer.toString('utf8', UTF8_BOM_LENGTH), encoding: 'utf-8' };
  }
  const utf16 = detectUtf16(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  // isUtf8 validates natively; Buffer#toString is the fastest decoder for the common case.
  if (isUtf8(bytes)) {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
      encoding: 'utf-8',
    };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
