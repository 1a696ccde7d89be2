import { createHash, hash as hashOnce } from 'node:crypto';

/** Lines per hash update: few enough updates, and each joined chunk small enough to stay in the young generation. */
const LINES_PER_UPDATE = 256;

/**
 * sha256 hex of one document's decoded text: the lines `[start, end)` joined with LF, trailing white
 * space trimmed from every line, blank lines before and after the text dropped. The same story hashes
 * the same whatever the file's encoding, line ends or padding.
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
  // Most documents fit one update: the one-shot hash skips a Hash object a document (as much as the hashing).
  if (last - first <= LINES_PER_UPDATE) {
    const chunk: string[] = new Array(last - first);
    for (let i = first; i < last; i++) chunk[i - first] = lines[i]!.trimEnd();
    return hashOnce('sha256', chunk.join('\n'), 'hex');
  }
  const hash = createHash('sha256');
  for (let chunkStart = first; chunkStart < last; chunkStart += LINES_PER_UPDATE) {
    const chunkEnd = Math.min(chunkStart + LINES_PER_UPDATE, last);
    const chunk: string[] = new Array(chunkEnd - chunkStart);
    for (let i = chunkStart; i < chunkEnd; i++) chunk[i - chunkStart] = lines[i]!.trimEnd();
    hash.update(chunkStart === first ? chunk.join('\n') : `\n${chunk.join('\n')}`);
  }
  return hash.digest('hex');
}
