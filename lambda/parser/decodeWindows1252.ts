import { Buffer } from 'node:buffer';

/**
 * Windows-1252 characters of bytes 0x80–0x9F (WHATWG Encoding Standard); the five undefined bytes
 * keep their C1 code points, as the standard says.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code));

const C1_RANGE = /[\u0080-\u009f]/g;

/**
 * Decodes Windows-1252 bytes (which covers Latin-1). Written here because Node's own TextDecoder
 * decodes bytes 0x80–0x9F as Latin-1 control characters since 20.18.3 (nodejs/node#60888), which would
 * drop the curly quotes and dashes that Windows text is full of.
 *
 * @example
 * ```ts
 * decodeWindows1252(new Uint8Array([0x93, 0x48, 0x69, 0x94])); // '“Hi”'
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1_RANGE, (char) => HIGH_CONTROLS[char.charCodeAt(0) - 0x80]!);
}
