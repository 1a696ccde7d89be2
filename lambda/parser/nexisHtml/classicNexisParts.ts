import { isNexisSeparator } from '../isNexisSeparator';
import type { ClassicNexisLines, ClassicNexisPart } from './types';

/** The first line of `[start, end)` with text, or -1. */
function firstText(lines: readonly string[], start: number, end: number): number {
  for (let i = start; i < end; i++) if (lines[i]!.trim() !== '') return i;
  return -1;
}

/**
 * The documents of a classic LexisNexis HTML export, from its DOC comments: each comment's lines after
 * their `N of M DOCUMENTS` separator are a document; lines with no separator that repeat the DOC NUMBER
 * before them are an error "document" the export wrote in place of a document it could not retrieve (an
 * `error` part, never an article); lines with no separator under a new number are a document all the
 * same. An export without DOC comments is split at its separators, as the text export is.
 *
 * @example
 * ```ts
 * classicNexisParts({ lines: ['1 of 1 DOCUMENT', 'A', 'Error'], marks: [{ number: 1, start: 0, end: 2 }, { number: 1, start: 2, end: 3 }] });
 * // [{ kind: 'document', number: 1, start: 1, end: 2 }, { kind: 'error', number: 1, start: 2, end: 3 }]
 * ```
 */
export function classicNexisParts({ lines, marks }: ClassicNexisLines): ClassicNexisPart[] {
  const parts: ClassicNexisPart[] = [];
  if (marks.length === 0) {
    let open: ClassicNexisPart | null = null;
    for (let i = 0; i < lines.length; i++) {
      if (!isNexisSeparator(lines[i]!)) continue;
      if (open !== null) open.end = i;
      open = { kind: 'document', number: null, start: i + 1, end: lines.length };
      parts.push(open);
    }
    return parts;
  }
  let previous: number | null = null;
  for (const mark of marks) {
    const first = firstText(lines, mark.start, mark.end);
    if (first === -1) continue;
    if (isNexisSeparator(lines[first]!))
      parts.push({ kind: 'document', number: mark.number, start: first + 1, end: mark.end });
    else
      parts.push({
        kind: mark.number === previous ? 'error' : 'document',
        number: mark.number,
        start: mark.start,
        end: mark.end,
      });
    previous = mark.number;
  }
  return parts;
}
