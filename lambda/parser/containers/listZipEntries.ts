import { ParseRejectionError } from '../errors';
import { decodeCp437 } from './decodeCp437';
import type { ZipEntry } from './types';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_BYTES = 22;
/** The end record sits within its own size plus the longest comment (65,535 bytes) from the end. */
const EOCD_SEARCH_BYTES = EOCD_BYTES + 0xffff;
const UTF8_FLAG = 0x0800;
const ENCRYPTED_FLAG = 0x0001;
const AES_METHOD = 99;
const UNICODE_PATH_FIELD = 0x7075;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function corrupt(what: string): ParseRejectionError {
  return new ParseRejectionError('CORRUPT_CONTAINER', `The ZIP archive is truncated or corrupt: ${what}.`);
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SEARCH_BYTES);
  for (let at = view.byteLength - EOCD_BYTES; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw corrupt('its end-of-archive record is missing (the file may be cut short)');
}

/** The Info-ZIP Unicode Path extra field (0x7075), which some tools add beside a CP437 name. */
function unicodePath(bytes: Uint8Array, start: number, end: number): string | null {
  let at = start;
  while (at + 4 <= end) {
    const id = bytes[at]! | (bytes[at + 1]! << 8);
    const size = bytes[at + 2]! | (bytes[at + 3]! << 8);
    const data = at + 4;
    if (data + size > end) return null;
    if (id === UNICODE_PATH_FIELD && size > 5 && bytes[data] === 1) {
      try {
        return utf8.decode(bytes.subarray(data + 5, data + size));
      } catch {
        return null;
      }
    }
    at = data + size;
  }
  return null;
}

function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) {
    try {
      return utf8.decode(raw);
    } catch {
      // A tool set the flag over CP437 bytes: fall through.
    }
  }
  return decodeCp437(raw);
}

/**
 * Lists a ZIP's members from its central directory, sorted by name so that members are read in a
 * stable order whatever order the tool wrote them in. Checks the member count against `maxMembers`
 * before reading any entry, and every offset against the file's length.
 *
 * @throws {ParseRejectionError} `CORRUPT_CONTAINER` for a truncated or inconsistent directory,
 *   `TOO_MANY_MEMBERS` past the cap, `UNSUPPORTED_FORMAT` for ZIP64 or a multi-disk archive.
 * @example
 * ```ts
 * listZipEntries(docxBytes, 10_000).map((entry) => entry.name); // ['[Content_Types].xml', 'word/document.xml', …]
 * ```
 */
export function listZipEntries(bytes: Uint8Array, maxMembers: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < EOCD_BYTES) throw corrupt('it is shorter than an empty archive');
  const end = findEndRecord(view);
  const disk = view.getUint16(end + 4, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (disk !== 0) throw new ParseRejectionError('UNSUPPORTED_FORMAT', 'The ZIP archive spans several disks.');
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      'The ZIP archive is a ZIP64 archive, which is not read.',
    );
  }
  if (count > maxMembers) {
    throw new ParseRejectionError(
      'TOO_MANY_MEMBERS',
      `The ZIP archive lists ${count} members, over the ${maxMembers}-member limit.`,
    );
  }
  if (directoryOffset + directorySize > end) throw corrupt('its central directory lies outside the file');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw corrupt(`directory entry ${i + 1} of ${count} is damaged`);
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraEnd = nameStart + nameLength + extraLength;
    if (extraEnd + commentLength > end) throw corrupt(`directory entry ${i + 1} runs past the directory`);
    const raw = bytes.subarray(nameStart, nameStart + nameLength);
    const name =
      unicodePath(bytes, nameStart + nameLength, extraEnd) ?? decodeName(raw, (flags & UTF8_FLAG) !== 0);
    if (localHeaderOffset + 30 > directoryOffset) throw corrupt(`member ${name} starts outside the file`);
    entries.push({
      name,
      method,
      encrypted: (flags & ENCRYPTED_FLAG) !== 0 || method === AES_METHOD,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at = extraEnd + commentLength;
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
