// Characters S3 leaves as they are in an event's `s3.object.key`: the form-encoding set (letters, digits,
// `*-._`, as Java's URLEncoder and the WHATWG urlencoded serializer keep them) plus `/`, which S3 does not
// encode in event keys. Space becomes `+`; every other byte of the key's UTF-8 is `%XX`.
const KEPT = /^[A-Za-z0-9*\-._/]$/;
const utf8 = new TextEncoder();

/**
 * Encodes an object key as S3 writes it into event notifications: `application/x-www-form-urlencoded`
 * (space → `+`, a literal `+` → `%2B`, UTF-8 percent-encoding, uppercase hex), with `/` left as is.
 * `decodeURIComponent(encoded.replaceAll('+', ' '))` gives the key back.
 *
 * @example
 * encodeS3EventKey('2021/09 Milley (AP)+notes.txt'); // '2021/09+Milley+%28AP%29%2Bnotes.txt'
 * encodeS3EventKey('Zürich.txt'); // 'Z%C3%BCrich.txt'
 */
export function encodeS3EventKey(key: string): string {
  let encoded = '';
  for (const character of key) {
    if (character === ' ') encoded += '+';
    else if (KEPT.test(character)) encoded += character;
    else
      for (const byte of utf8.encode(character))
        encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}
