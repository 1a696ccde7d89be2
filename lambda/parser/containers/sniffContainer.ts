import { Buffer } from 'node:buffer';

/** What container the bytes are, if any: a ZIP (DOCX, XLSX, a bundle…), a PDF, or an encrypted Office file. */
export type ContainerSniff = 'zip' | 'pdf' | 'encrypted-office' | null;

const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream name Office gives a password-protected DOCX/XLSX inside its compound-file wrapper. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** PDF writers may put a few bytes before the header; readers look in the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;

/**
 * A PDF: `%PDF-` opening the file (after white space or a byte-order mark), or further into its first
 * kilobyte when the file also ends as a PDF does (`startxref`, `%%EOF`); a text that merely mentions
 * `%PDF-` near its start stays text.
 */
function isPdf(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.subarray(0, PDF_HEADER_WINDOW).indexOf('%PDF-', 0, 'latin1');
  if (at === -1) return false;
  if (/^(?:\uFEFF|ï»¿)?\s*$/.test(buffer.toString('latin1', 0, at))) return true;
  const tail = buffer.toString('latin1', Math.max(0, buffer.length - PDF_HEADER_WINDOW));
  return tail.includes('startxref') || tail.includes('%%EOF');
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Tells a ZIP (which DOCX is), a PDF (`%PDF-` at its start) and a password-protected Office
 * document (a compound file holding an `EncryptedPackage` stream) from their bytes, never from a file name.
 *
 * @example
 * ```ts
 * sniffContainer(docxBytes); // 'zip'
 * ```
 */
export function sniffContainer(bytes: Uint8Array): ContainerSniff {
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return 'zip';
  if (isPdf(bytes)) return 'pdf';
  if (startsWith(bytes, CFB_MAGIC)) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.indexOf(ENCRYPTED_PACKAGE) !== -1) return 'encrypted-office';
  }
  return null;
}
