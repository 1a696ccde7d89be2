import type { ArticleDraft } from '../types';
import { COVER_COUNT, COVER_LINE, END_MARKERS } from './nexisUniLabels';
import { readNexisUniDocument } from './readNexisUniDocument';

/** How many lines at the start are searched for the cover page's `Date and Time:` and `Job Number:`. */
const COVER_SEARCH_LINES = 12;

function isEnd(line: string): boolean {
  const text = line.replace(/[\u00a0\t]/g, ' ').trim();
  return text.length < 30 && END_MARKERS.has(text.toLowerCase());
}

/** Whether the export opens with a cover page, and the document count it announces. */
function coverOf(lines: readonly string[]): { present: boolean; documents: number | null } {
  let present = false;
  let documents: number | null = null;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < COVER_SEARCH_LINES; i++) {
    const line = lines[i]!.replace(/\u00a0/g, ' ').trim();
    if (line === '') continue;
    seen++;
    if (COVER_LINE.test(line)) present = true;
    const count = COVER_COUNT.exec(line);
    if (count !== null) {
      present = true;
      documents = Number(count[1]);
    }
  }
  return { present, documents };
}

/** A Nexis Uni export read: its documents' drafts and what its cover page announced. */
export interface NexisUniExport {
  drafts: ArticleDraft[];
  /** `Documents (N)` on the cover page; null without a cover page. */
  announcedDocuments: number | null;
}

/**
 * Reads the text lines of a Nexis Uni (Lexis Advance) export, whatever container they came from
 * (DOCX here; RTF and PDF give the same lines), into one draft per document. The cover page is skipped
 * where there is one; documents end at `End of Document` (`Dokumentende`, `Fin du document` …); the last
 * document counts even without its terminator. `documentIndex` continues from `firstIndex`, so a ZIP's
 * members number their documents across the whole upload. Each draft's `lineSpan` indexes `lines`.
 *
 * @example
 * ```ts
 * parseNexisUniLines(docxLines, 0).drafts.map((draft) => draft.headline);
 * ```
 */
export function parseNexisUniLines(lines: readonly string[], firstIndex: number): NexisUniExport {
  const cover = coverOf(lines);
  const drafts: ArticleDraft[] = [];
  let start = 0;
  let first = true;
  const read = (end: number): void => {
    const draft = readNexisUniDocument(
      lines,
      start,
      end,
      firstIndex + drafts.length + 1,
      first && cover.present,
    );
    if (draft !== null) drafts.push(draft);
    first = false;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isEnd(lines[i]!)) continue;
    read(i);
    start = i + 1;
  }
  if (lines.slice(start).some((line) => line.trim() !== '')) read(lines.length);
  return { drafts, announcedDocuments: cover.documents };
}
