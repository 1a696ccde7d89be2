/**
 * An object key as S3 writes it into an event notification: form-style URL encoding of the UTF-8 key,
 * `+` for a space, `/` and the characters `A-Z a-z 0-9 . - _ *` left as they are, everything else `%XX`
 * (so a literal `+` is `%2B` and `%` is `%25`).
 *
 * @example
 * ```ts
 * encodeS3EventKey('news/red flower+1.txt'); // 'news/red+flower%2B1.txt'
 * ```
 */
export function encodeS3EventKey(key: string): string {
  return Array.from(new TextEncoder().encode(key), (byte) => {
    const character = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-_*/]/.test(character)) return character;
    if (character === ' ') return '+';
    return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}
