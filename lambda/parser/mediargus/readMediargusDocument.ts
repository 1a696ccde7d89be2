import { collapseSpaces } from '../collapseSpaces';
import { createDraft } from '../createDraft';
import { creditByline } from '../creditByline';
import { cutDateline } from '../cutDateline';
import { ProvenanceRecorder } from '../ProvenanceRecorder';
import { recordBody } from '../recordBody';
import type { ArticleDraft } from '../types';
import { WARNINGS } from '../warnings';
import { withoutTrailingFurniture } from '../withoutTrailingFurniture';
import type { MediargusDocument } from './mediargusDocumentsOf';
import { readMediargusLine } from './readMediargusLine';

const MAX_HEADER_LINES = 4;

const TAB_OR_NBSP = /[\u00a0\t]/g;

/** A line with its tabs and no-break spaces as spaces, runs of spaces collapsed, trimmed (already, by collapseSpaces). */
function clean(line: string): string {
  // Most lines hold neither: two plain searches are cheaper than a replace that scans for a class.
  const spaced = line.includes('\t') || line.includes('\u00a0') ? line.replace(TAB_OR_NBSP, ' ') : line;
  return collapseSpaces(spaced);
}

/**
 * Reads one Mediargus full text: the title, a section line, the date line (`woensdag 30 november 2011,
 * p. 23, Jan Peeters`: date, page, length and perhaps the author), then one paragraph a line. The
 * publication (and the date, page, length or author the full text lacks) comes from the list entry of
 * the same position.
 *
 * @example
 * ```ts
 * readMediargusDocument(document, true).publication; // 'De Morgen'
 * ```
 */
export function readMediargusDocument(document: MediargusDocument, provenance: boolean): ArticleDraft {
  const { lines, entry, firstLine } = document;
  const draft = createDraft('mediargus', document.documentIndex, { start: 0, end: lines.length });
  const recorder = new ProvenanceRecorder(firstLine, false, provenance);
  const listed = entry?.source == null ? null : (entry.sourceRead ?? readMediargusLine(entry.source));
  const relative = (line: number) => line - firstLine;
  if (listed !== null && entry !== null) {
    draft.publication = listed.publication;
    recorder.field('publication', relative(entry.sourceLine), relative(entry.sourceLine) + 1);
  }
  let at = 0;
  while (at < lines.length && clean(lines[at]!) === '') at++;
  const title: number[] = [];
  for (; at < lines.length && clean(lines[at]!) !== ''; at++) {
    if (readMediargusLine(clean(lines[at]!)) !== null) break;
    title.push(at);
  }
  // A title block of two lines where the list has a one-line title: the second is the section.
  let sectionLine = -1;
  if (title.length > 1 && entry !== null && clean(lines[title[0]!]!) === entry.title)
    sectionLine = title.pop()!;
  if (title.length > 0) {
    draft.headline = title.map((i) => clean(lines[i]!)).join(' ');
    recorder.field('headline', title[0]!, title.at(-1)! + 1, 'headline');
  } else if (entry !== null) draft.headline = entry.title;
  // Header: a section line and the date line, before the first blank line after the date.
  let dated = null as ReturnType<typeof readMediargusLine>;
  let dateLine = -1;
  for (let seen = 0; at < lines.length && seen < MAX_HEADER_LINES; at++) {
    const text = clean(lines[at]!);
    if (text === '') {
      recorder.mark(at, 'blank');
      if (dated !== null) break;
      continue;
    }
    seen++;
    const read = readMediargusLine(text);
    if (read !== null && dated === null) {
      dated = read;
      dateLine = at;
    } else if (dated === null && sectionLine === -1) sectionLine = at;
    else break;
  }
  if (dated === null) {
    // No date line: what was taken for the header is body.
    at = sectionLine === -1 ? at : sectionLine;
    sectionLine = -1;
  }
  if (sectionLine !== -1) {
    draft.section = clean(lines[sectionLine]!);
    recorder.field('section', sectionLine, sectionLine + 1, 'header');
  }
  const date = dated ?? listed;
  if (date !== null) {
    draft.publishedDate = date.isoDate;
    draft.page = date.page ?? listed?.page ?? null;
    draft.statedWordCount = date.words ?? listed?.words ?? null;
  }
  if (dated !== null) {
    recorder.field('publishedDate', dateLine, dateLine + 1, 'header');
    if (dated.page !== null) recorder.field('page', dateLine, dateLine + 1);
    if (dated.words !== null) recorder.field('statedWordCount', dateLine, dateLine + 1);
  } else if (listed !== null && entry !== null) {
    const line = relative(entry.sourceLine);
    recorder.field('publishedDate', line, line + 1);
  }
  const byline = dated?.byline ?? listed?.byline ?? null;
  creditByline(draft, byline);
  if (byline !== null) {
    if (dated?.byline != null) recorder.field('byline', dateLine, dateLine + 1);
    else if (entry !== null)
      recorder.field('byline', relative(entry.sourceLine), relative(entry.sourceLine) + 1);
  }
  const paragraphs: string[] = [];
  // Flat `[start, end, …]`, which recordBody takes without copying.
  const ranges: number[] = [];
  for (; at < lines.length; at++) {
    const text = clean(lines[at]!);
    if (text === '') recorder.mark(at, 'blank');
    else {
      paragraphs.push(text);
      ranges.push(at, at + 1);
    }
  }
  const story = withoutTrailingFurniture([...paragraphs]);
  const count = story.length;
  const body = cutDateline(story);
  recordBody(recorder, ranges, count, body, (_line, p) => paragraphs[p] ?? '');
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  if (draft.headline === null) draft.warnings.push(WARNINGS.noHeadline);
  if (draft.publishedDate === null) draft.warnings.push(WARNINGS.noPublishedDate);
  if (draft.paragraphs.length === 0) draft.warnings.push(WARNINGS.noBody);
  draft.provenance = recorder.finish(lines.length);
  return draft;
}
