import { Buffer } from 'node:buffer';
import { detectUtf16 } from './detectUtf16';
import type { ByteSniff } from './types';

interface Signature {
  magic: readonly number[];
  formatName: string;
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** Formats recognised by their first bytes; zip, gzip and PDF are handled separately. */
const SIGNATURES: readonly Signature[] = [
  { magic: ascii('{\\rtf'), formatName: 'RTF' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    formatName: 'Microsoft Office 97-2003 (DOC/XLS/PPT)',
  },
  { magic: [0xff, 0xfe, 0x00, 0x00], formatName: 'UTF-32 text' },
  { magic: [0x00, 0x00, 0xfe, 0xff], formatName: 'UTF-32 text' },
  { magic: [0x89, 0x50, 0x4e, 0x47], formatName: 'PNG image' },
  { magic: [0xff, 0xd8, 0xff], formatName: 'JPEG image' },
  { magic: ascii('GIF8'), formatName: 'GIF image' },
  { magic: ascii('BZh'), formatName: 'bzip2 archive' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], formatName: 'xz archive' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], formatName: 'Zstandard archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], formatName: '7-Zip archive' },
  { magic: ascii('Rar!'), formatName: 'RAR archive' },
];

/** What a zip holds, told by the names of its entries (stored uncompressed in its headers). */
const ZIP_KINDS: readonly { marker: string; formatName: string }[] = [
  { marker: 'word/', formatName: 'DOCX (Word document)' },
  { marker: 'xl/', formatName: 'XLSX (Excel workbook)' },
  { marker: 'ppt/', formatName: 'PPTX (PowerPoint presentation)' },
  { marker: 'application/epub+zip', formatName: 'EPUB' },
  { marker: 'application/vnd.oasis.opendocument', formatName: 'OpenDocument' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, 0, 'latin1') !== -1;
}

/** Binary content shows itself within the first kilobyte; NUL bytes are searched everywhere. */
const CONTROL_SAMPLE_BYTES = 1024;

/**
 * Share of control bytes no text file holds (tab, form feed and escape are fine) among the first
 * {@link CONTROL_SAMPLE_BYTES} bytes that are not line ends. Line ends are skipped, so LF, CRLF and CR
 * files of the same text sample the same bytes and get the same verdict.
 */
function controlByteShare(bytes: Uint8Array): number {
  let sampled = 0;
  let control = 0;
  for (let i = 0; i < bytes.length && sampled < CONTROL_SAMPLE_BYTES; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || b === 0x0d) continue;
    sampled++;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return sampled === 0 ? 0 : control / sampled;
}

/**
 * Tells from the bytes alone whether a file is text, gzip, a format the parser does not read (named), or
 * other binary content. Linear: native searches plus one pass over a bounded sample.
 *
 * @example
 * ```ts
 * sniffBytes(new TextEncoder().encode('%PDF-1.7 ...')); // { kind: 'unsupported', formatName: 'PDF' }
 * ```
 */
export function sniffBytes(bytes: Uint8Array): ByteSniff {
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'gzip' };
  if (
    startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) ||
    startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])
  ) {
    const kind = ZIP_KINDS.find((k) => containsAscii(bytes, k.marker));
    return { kind: 'unsupported', formatName: kind?.formatName ?? 'ZIP archive' };
  }
  // PDF writers may put a few bytes before the header.
  if (containsAscii(bytes.subarray(0, 1024), '%PDF-')) return { kind: 'unsupported', formatName: 'PDF' };
  const offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.magic, offset))
      return { kind: 'unsupported', formatName: signature.formatName };
  }
  if (detectUtf16(bytes) !== null) return { kind: 'text' };
  // Buffer#indexOf is memchr; a NUL byte anywhere means binary (UTF-16 was ruled out above).
  const hasNul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) !== -1;
  if (hasNul || controlByteShare(bytes) > 0.05) return { kind: 'binary' };
  return { kind: 'text' };
}
