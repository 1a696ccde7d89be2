import { createHash } from 'node:crypto';

// Kept as they are: lowercase letters, digits and `._-`. Everything else (uppercase too, so that keys
// differing only in case stay apart on case-insensitive file systems) is `%XX` per UTF-8 byte.
const KEPT = /^[a-z0-9._-]$/;
const utf8 = new TextEncoder();
/** Longest readable name; with s3rver's longest suffix (`._S3rver_metadata.json`) it stays under 255 bytes. */
export const MAX_READABLE_NAME = 200;
/** First character of a hashed name: neither kept nor `%`, so never the start of a readable one. */
export const HASHED_NAME_MARK = '~';

/**
 * The file name local S3 stores an object key under: one path segment, whatever the key holds (`/`,
 * `../`, `.`, `%`, unicode, 1,024 bytes). Short keys get a readable, reversible name (see
 * {@link decodeStoreKeyName}); a name that would pass {@link MAX_READABLE_NAME} characters becomes `~` and
 * the key's SHA-256, and the store keeps the key beside it.
 *
 * @example
 * encodeStoreKeyName('2021/09 notes.txt'); // '2021%2F09%20notes.txt'
 * encodeStoreKeyName('../x'); // '..%2Fx'
 * encodeStoreKeyName('Seed.txt'); // '%53eed.txt'
 */
export function encodeStoreKeyName(key: string): string {
  let name = '';
  for (const character of key) {
    if (KEPT.test(character)) name += character;
    else
      for (const byte of utf8.encode(character))
        name += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (name.length > MAX_READABLE_NAME) {
      return HASHED_NAME_MARK + createHash('sha256').update(key, 'utf8').digest('hex');
    }
  }
  return name;
}
