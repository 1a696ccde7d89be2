import { PARSER_VERSION } from './version';

/** Bytes before a resume point that its fingerprint covers. */
const CHECKED_BYTES = 64;

/**
 * The fingerprint of a resume point: FNV-1a (32-bit, hex) of the parser version, the format, the encoding,
 * the offset and the 64 bytes before it. A resume point given with other bytes, by another parser version
 * or for another format does not match, and the parser splits the file from the start instead.
 *
 * @example
 * ```ts
 * resumeCheck(bytes, 32_791, 'nexis/utf-8'); // '5f0c2a91'
 * ```
 */
export function resumeCheck(bytes: Uint8Array, byte: number, reading: string): string {
  let hash = 0x811c9dc5;
  const mix = (value: number) => {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  const label = `${PARSER_VERSION}/${reading}/${byte}`;
  for (let i = 0; i < label.length; i++) mix(label.charCodeAt(i));
  for (let i = Math.max(0, byte - CHECKED_BYTES); i < Math.min(byte, bytes.length); i++) mix(bytes[i]!);
  return hash.toString(16).padStart(8, '0');
}
