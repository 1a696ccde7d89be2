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
  const label = `${PARSER_VERSION}/${reading}/${byte}`;
  let hash = 0x811c9dc5;
  // Mixed in place, not through a helper: this runs for every article of a Nexis export.
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
  for (let i = Math.max(0, byte - CHECKED_BYTES); i < Math.min(byte, bytes.length); i++)
    hash = Math.imul(hash ^ bytes[i]!, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
