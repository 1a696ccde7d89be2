import { Buffer } from 'node:buffer';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream every Word 97-2003 document holds, named in UTF-16LE in the compound file's directory. */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/**
 * Whether bytes are a Word 97-2003 binary document (`.doc`): a compound file holding a `WordDocument`
 * stream. A password-protected DOCX is a compound file too, but holds `EncryptedPackage` instead; a
 * classic LexisNexis `.DOC` is RTF and never gets here.
 *
 * @example
 * ```ts
 * isWordBinary(await readFile('old-report.doc')); // true
 * ```
 */
export function isWordBinary(bytes: Uint8Array): boolean {
  if (bytes.length < CFB_MAGIC.length || !CFB_MAGIC.every((b, i) => bytes[i] === b)) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(WORD_STREAM) !== -1;
}
