import { decodeRange } from './decodeRange';
import { normalizeText } from './normalizeText';
import { readNexisSeparator } from './readNexisSeparator';
import { splitLines } from './splitLines';
import type { NexisSeparator, TextEncoding } from './types';

/** Bytes at the end of the file searched for the last separator: a few documents of a usual export. */
const TAIL_BYTES = 65_536;
const LF = 0x0a;
const CR = 0x0d;

/**
 * How many documents a Nexis export says it holds, from its separator lines, or undefined when it does
 * not say it plainly. With the first separator (`1 of 5000 DOCUMENTS`) and the last one (read from the
 * file's last 64 KiB, `500 of 5000 DOCUMENTS`): last minus first plus one, so a file cut from a larger
 * download (LexisNexis gave 500 at a time) announces its own documents, not the download's. Without a
 * last separator in reach (one huge last document, or UTF-16), the rest of the download from the first
 * (`total - number + 1`). An expectation for progress reports, never a count: the file may still hold
 * other numbers, and `documentIndex` never depends on them.
 *
 * @example
 * ```ts
 * expectedNexisDocuments(bytes, 'utf-8', { number: 1, total: 5000 }); // 500 for the first of ten files
 * ```
 */
export function expectedNexisDocuments(
  bytes: Uint8Array,
  encoding: TextEncoding,
  first: NexisSeparator,
): number | undefined {
  const last = encoding.startsWith('utf-16') ? null : lastSeparator(bytes, encoding);
  if (last !== null) {
    // Another download's numbers (files joined end to end) say nothing about this one.
    if (last.total !== first.total || last.number < first.number) return undefined;
    return last.number - first.number + 1;
  }
  return first.total >= first.number ? first.total - first.number + 1 : undefined;
}

/**
 * Tails searched in turn, each ending where the file ends, the last {@link TAIL_BYTES}: the last separator
 * is a document's length from the end, and decoding the whole 64 KiB of every export cost more than
 * reading one of its documents. A separator in a shorter tail is the last one in the longer too.
 */
const TAILS = [4_096, 16_384, TAIL_BYTES];

function lastSeparator(bytes: Uint8Array, encoding: TextEncoding): NexisSeparator | null {
  for (const tail of TAILS) {
    const separator = lastSeparatorIn(bytes, encoding, tail);
    if (separator !== null || tail >= bytes.length) return separator;
  }
  return null;
}

function lastSeparatorIn(bytes: Uint8Array, encoding: TextEncoding, tail: number): NexisSeparator | null {
  let start = Math.max(0, bytes.length - tail);
  // From a line's start (LF and CR are only ever line ends in UTF-8 and Windows-1252, never inside a character).
  if (start > 0) {
    while (start < bytes.length && bytes[start - 1] !== LF && bytes[start - 1] !== CR) start++;
    if (start >= bytes.length) return null;
  }
  const lines = splitLines(normalizeText(decodeRange(bytes, encoding, start, bytes.length)));
  for (let i = lines.length - 1; i >= 0; i--) {
    const separator = readNexisSeparator(lines[i]!);
    if (separator !== null) return separator;
  }
  return null;
}
