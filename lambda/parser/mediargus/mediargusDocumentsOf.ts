import { type MediargusLine, readMediargusLine } from './readMediargusLine';

/** One entry of the numbered list at the top of a Mediargus export. */
export interface MediargusEntry {
  number: number;
  title: string;
  /** The text's line numbers of the title and the source line (-1 when there is none). */
  titleLine: number;
  sourceLine: number;
  source: string | null;
  /** The source line as read, kept so each full text does not read it again. */
  sourceRead: MediargusLine | null;
}

/** One full text, with the list entry of the same position. */
export interface MediargusDocument {
  documentIndex: number;
  entry: MediargusEntry | null;
  /** The text's line number of `lines[0]`. */
  firstLine: number;
  lines: string[];
}

const ENTRY = /^\??(\d{1,5})\.\s+(\S.*)$/;
/** Full texts are apart by several blank lines (four in the exports seen), list entries by two. */
const BODY_GAP = 3;

/**
 * Splits a Mediargus text export, read in batches of lines: the numbered list (`1. Title` and its
 * source line `De Morgen, woensdag 30 november 2011, p. 23, 853w.`), then the full texts, apart by runs
 * of {@link BODY_GAP} or more blank lines, each paired with the list entry of its position (the only
 * place that names the publication). Only the full text in hand and the list are held.
 *
 * @example
 * ```ts
 * for (const document of mediargusDocumentsOf(batches)) console.log(document.entry?.source, document.lines[0]);
 * ```
 */
export function* mediargusDocumentsOf(
  batches: Iterable<readonly string[]>,
): Generator<MediargusDocument, void, undefined> {
  const entries: MediargusEntry[] = [];
  let phase: 'list' | 'bodies' = 'list';
  let blanks = 0;
  let lineNumber = -1;
  let body: string[] = [];
  let firstLine = -1;
  let documentIndex = 0;
  const flush = function* (): Generator<MediargusDocument> {
    if (body.length === 0) return;
    // Trailing blank lines belong to the gap, not the document.
    while (body.length > 0 && body.at(-1)!.trim() === '') body.pop();
    if (body.length > 0)
      yield {
        documentIndex: ++documentIndex,
        entry: entries[documentIndex - 1] ?? null,
        firstLine,
        lines: body,
      };
    body = [];
    firstLine = -1;
  };
  for (const batch of batches) {
    for (const raw of batch) {
      lineNumber++;
      const line = raw.trim();
      if (line === '') {
        blanks++;
        if (phase === 'bodies' && body.length > 0) body.push(raw);
        continue;
      }
      const gap = blanks;
      blanks = 0;
      if (phase === 'list') {
        const entry = ENTRY.exec(line);
        const last = entries.at(-1);
        if (entry !== null && (last === undefined || gap >= 1)) {
          entries.push({
            number: Number(entry[1]),
            title: entry[2]!,
            titleLine: lineNumber,
            sourceLine: -1,
            source: null,
            sourceRead: null,
          });
          continue;
        }
        const read =
          last !== undefined && last.source === null && gap < BODY_GAP ? readMediargusLine(line) : null;
        if (last !== undefined && read?.publication) {
          last.source = line;
          last.sourceRead = read;
          last.sourceLine = lineNumber;
          continue;
        }
        if (last !== undefined && last.source === null && gap === 0) {
          last.title += ` ${line}`;
          continue;
        }
        if (entries.length === 0) continue;
        phase = 'bodies';
      } else if (gap >= BODY_GAP) yield* flush();
      if (firstLine === -1) firstLine = lineNumber;
      body.push(raw);
    }
  }
  yield* flush();
}
