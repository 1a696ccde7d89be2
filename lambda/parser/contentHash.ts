import { createHash, hash as hashOnce } from 'node:crypto';
import { collapsedText } from './collapsedText';

/** Lines per hash update: few enough updates, and each joined chunk small enough to stay in the young generation. */
const LINES_PER_UPDATE = 256;

/**
 * sha256 hex of one document's decoded text, the lines `[start, end)`, insensitive to white space: the
 * UTF-8 bytes of its words (maximal runs of non-white-space characters) joined by single spaces, every
 * run of white space (line ends, padding, tabs, no-break spaces) collapsed to one space and the ends
 * trimmed. The same story hashes the same whatever the file's encoding, line ends, padding or hard
 * wraps, so one document exported as classic Nexis TXT, HTML and RTF hashes the same. Chunks of lines
 * are hashed one after another, so a long document is never one string. `plainSpaces`: the caller knows
 * that no line holds white space other than U+0020 (`SpacesSeen`), so none is looked for.
 *
 * @example
 * ```ts
 * contentHash(['', '   Headline  ', 'Body', 'text', ''], 0, 5) === contentHash(['Headline Body text'], 0, 1); // true
 * ```
 */
export function contentHash(
  lines: readonly string[],
  start: number,
  end: number,
  plainSpaces = false,
): string {
  // Most documents fit one update: the one-shot hash skips a Hash object a document (as much as the hashing).
  if (end - start <= LINES_PER_UPDATE) {
    return hashOnce('sha256', collapsedText(lines, start, end, plainSpaces), 'hex');
  }
  const hash = createHash('sha256');
  let written = false;
  for (let chunkStart = start; chunkStart < end; chunkStart += LINES_PER_UPDATE) {
    const text = collapsedText(lines, chunkStart, Math.min(chunkStart + LINES_PER_UPDATE, end), plainSpaces);
    if (text === '') continue;
    // A line end always stands between two chunks: their words are one space apart.
    hash.update(written ? ` ${text}` : text);
    written = true;
  }
  return hash.digest('hex');
}
