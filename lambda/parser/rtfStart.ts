const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** White space some writers put before `{\rtf`: looked past, as far as this. */
const MAX_LEADING_SPACE = 64;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Where an RTF file's `{\rtf` starts (after a UTF-8 byte-order mark and white space), or -1 when the
 * bytes are not RTF. Told from the bytes and never from the name: a classic LexisNexis `.DOC` download is
 * RTF and is read as such.
 *
 * @example
 * ```ts
 * rtfStart(new TextEncoder().encode('\n{\\rtf1\\ansi …}')); // 1
 * ```
 */
export function rtfStart(bytes: Uint8Array): number {
  let at = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  const limit = at + MAX_LEADING_SPACE;
  while (at < limit && isSpace(bytes[at])) at++;
  const magic = bytes.length >= at + RTF_MAGIC.length && RTF_MAGIC.every((b, i) => bytes[at + i] === b);
  return magic ? at : -1;
}
