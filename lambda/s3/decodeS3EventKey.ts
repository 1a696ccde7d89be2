import { InvalidKeyEncodingError } from './errors';

/**
 * The object key of an S3 event notification, decoded: S3 URL-encodes keys in events the way HTML forms
 * are encoded, `+` for a space and `%XX` for other bytes of the UTF-8 key (`/` left as is). A literal `+`
 * arrives as `%2B`.
 *
 * @example
 * ```ts
 * decodeS3EventKey('news/red+flower%2B1.txt'); // 'news/red flower+1.txt'
 * decodeS3EventKey('caf%C3%A9.txt'); // 'café.txt'
 * ```
 */
export function decodeS3EventKey(encodedKey: string): string {
  try {
    return decodeURIComponent(encodedKey.replace(/\+/g, ' '));
  } catch (error) {
    throw new InvalidKeyEncodingError(encodedKey, { cause: error });
  }
}
