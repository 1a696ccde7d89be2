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

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Tells a ZIP (which DOCX is), a PDF (`%PDF-` in its first kilobyte) and a password-protected Office
 * document (a compound file holding an `EncryptedPackage` stream) from their bytes, never from a file name.
 *
 * @example
 * ```ts
 * sniffContainer(docxBytes); // 'zip'
 * ```
 */
export function sniffContainer(bytes: Uint8Array): ContainerSniff {
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return 'zip';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WINDOW));
  if (head.indexOf('%PDF-', 0, 'latin1') !== -1) return 'pdf';
  if (startsWith(bytes, CFB_MAGIC)) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.indexOf(ENCRYPTED_PACKAGE) !== -1) return 'encrypted-office';
  }
  return null;
}
