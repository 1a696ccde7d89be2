import { Buffer } from 'node:buffer';
import { SNIFF_SAMPLE_BYTES } from './limits';

/**
 * The UTF-16 byte order of the bytes, from a byte-order mark or, without one, from the zero bytes that
 * Latin-script UTF-16 puts in every other position; null when the bytes are not UTF-16.
 *
 * @example
 * ```ts
 * detectUtf16(new Uint8Array([0xff, 0xfe, 0x41, 0x00])); // 'utf-16le'
 * ```
 */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  }
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_SAMPLE_BYTES) / 2);
  // Without zero bytes in the sample it is no UTF-16 of Latin text; memchr answers that without a loop.
  if (pairs < 8 || Buffer.from(bytes.buffer, bytes.byteOffset, pairs * 2).indexOf(0) === -1) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  // Text that is mostly ASCII: one byte of each pair is zero, the other almost never.
  if (zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.02) return 'utf-16le';
  if (zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.02) return 'utf-16be';
  return null;
}
