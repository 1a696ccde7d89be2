import { createHash } from 'node:crypto';

/**
 * sha256 hex of one document's text: the lines `[start, end)` with trailing white space trimmed from
 * each, and blank lines before and after the text dropped. Lines are already LF-separated and
 * normalized, so the same story hashes the same whatever the file's encoding or line ends.
 *
 * @example
 * ```ts
 * contentHash(['', 'Headline  ', 'Body', ''], 0, 4) === contentHash(['Headline', 'Body'], 0, 2); // true
 * ```
 */
export function contentHash(lines: readonly string[], start: number, end: number): string {
  let first = start;
  let last = end;
  while (first < last && lines[first]!.trim() === '') first++;
  while (last > first && lines[last - 1]!.trim() === '') last--;
  const hash = createHash('sha256');
  for (let i = first; i < last; i++) {
    hash.update(lines[i]!.trimEnd());
    if (i < last - 1) hash.update('\n');
  }
  return hash.digest('hex');
}
