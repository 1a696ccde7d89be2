const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, magic: readonly number[], offset: number): boolean {
  return bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);
}

/**
 * Whether bytes are an RTF file (`{\rtf`, perhaps after a UTF-8 byte-order mark), told from the bytes
 * and never from the name: a classic LexisNexis `.DOC` download is RTF and is read as such.
 *
 * @example
 * ```ts
 * isRtf(new TextEncoder().encode('{\\rtf1\\ansi …}')); // true
 * ```
 */
export function isRtf(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, RTF_MAGIC, 0) || (startsWith(bytes, UTF8_BOM, 0) && startsWith(bytes, RTF_MAGIC, 3))
  );
}
