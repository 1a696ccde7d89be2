import { createHash } from 'node:crypto';

/**
 * The stable id of the document at `documentIndex` (1-based) of an object key: the first 32 hex digits of
 * sha256(`<bucket>\n<key>\n<documentIndex>`). The same key and position always give the same id.
 *
 * @example
 * ```ts
 * const id = articleId('incoming', 'exports/2021-09-01.txt', 1); // 32 hex digits
 * ```
 */
export function articleId(bucket: string, key: string, documentIndex: number): string {
  return createHash('sha256').update(`${bucket}\n${key}\n${documentIndex}`).digest('hex').slice(0, 32);
}
