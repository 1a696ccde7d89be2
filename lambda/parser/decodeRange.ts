import { Buffer } from 'node:buffer';
import { decodeWindows1252 } from './decodeWindows1252';
import type { TextEncoding } from './types';

/**
 * Decodes the bytes `[start, end)` in a known encoding. UTF-8 goes through Buffer#toString, the
 * fastest decoder Node has; invalid sequences become U+FFFD.
 *
 * @example
 * ```ts
 * decodeRange(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), 'utf-8', 3, 5); // 'Hi'
 * ```
 */
export function decodeRange(bytes: Uint8Array, encoding: TextEncoding, start: number, end: number): string {
  if (encoding === 'utf-8')
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end);
  if (encoding === 'windows-1252') return decodeWindows1252(bytes.subarray(start, end));
  return new TextDecoder(encoding).decode(bytes.subarray(start, end));
}
