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

/**
 * The Nexis document ids the cover page's title list links to, in order (each title links its document,
 * often twice), before the first document's first line `coverEnd`; with the line each was read from.
 */
function coverDocumentIds(
  links: ReadonlyMap<number, string>,
  coverEnd: number,
): { id: string; line: number }[] {
  const seen = new Set<string>();
  const ids: { id: string; line: number }[] = [];
  for (const [line, id] of [...links].sort((a, b) => a[0] - b[0])) {
    if (line >= coverEnd || seen.has(id)) continue;
    seen.add(id);
    ids.push({ id, line });
  }
  return ids;
}

/**
 * Gives each draft the Nexis document id its cover page links to: the title list names the documents
 * in order, so the n-th id is the n-th document's, but only when the list and the documents agree in
 * number; otherwise (a cover listing other documents, an export without a cover) no id is guessed.
 */
function assignDocumentIds(drafts: ArticleDraft[], links: ReadonlyMap<number, string>): void {
  const first = drafts[0];
  if (first === undefined || links.size === 0) return;
  // The first document's span holds the cover page; its headline (or publication) is where the cover ends.
  const fields = first.provenance?.fields;
  const coverEnd = fields?.headline?.[0]?.[0] ?? fields?.publication?.[0]?.[0];
  if (coverEnd === undefined) return;
  const ids = coverDocumentIds(links, coverEnd);
  if (ids.length !== drafts.length) return;
  drafts.forEach((draft, at) => {
    const { id, line } = ids[at]!;
    draft.sourceDocumentId = { vendor: 'nexis', id };
    if (draft.provenance !== undefined) draft.provenance.fields.sourceDocumentId = [[line, line + 1]];
  });
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
 * `links` (line → Nexis document id, from a DOCX's hyperlinks) gives each document its
 * `sourceDocumentId` where the cover page's title list links them all.
 *
 * @example
 * ```ts
 * parseNexisUniLines(docxLines, 0).drafts.map((draft) => draft.headline);
 * ```
 */
export function parseNexisUniLines(
  lines: readonly string[],
  firstIndex: number,
  links: ReadonlyMap<number, string> = new Map(),
): NexisUniExport {
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
  if (cover.present) assignDocumentIds(drafts, links);
  return { drafts, announcedDocuments: cover.documents };
}
