import { collapseSpaces } from '../collapseSpaces';
import { createDraft } from '../createDraft';
import { creditByline } from '../creditByline';
import { cutDateline } from '../cutDateline';
import { ProvenanceRecorder } from '../ProvenanceRecorder';
import { recordBody } from '../recordBody';
import type { ArticleDraft, LineRole } from '../types';
import { WARNINGS } from '../warnings';
import type { EuropresseHtmlDocument } from './europresseHtmlLines';
import { readEuropresseHeader } from './readEuropresseHeader';

/** `Numéro de document : news·20121004·PO·2040056000`: ends the text, gives the document's id. */
const DOCUMENT_NUMBER = /^Num[ée]ro de document\s*:\s*(.*)$/i;
/** The certificate table after the number, should a document lack the number. */
const CERTIFICATE = /^Ce certificat est\b/i;
/** Blocks after the story: captions and notes. */
const TRAILING_BLOCK = /^(?:Illustration\(s\)|Note\(s\))\s*(?::|$)/i;
const COPYRIGHT = /^(?:©|\(c\)\s*\d{4}|copyright\b)/i;
/** A line that is only a person's name or two (`Jeanne Martin`, `Par Luc Roy et Ana Diaz`): the older layout's byline. */
const NAME_LINE =
  /^(?:(?:Par|By|De)\s+)?\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*(?:,|et|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){1,3})*$/u;
/** `Magazine 1, no. 5968`: the issue number after the title. */
const ISSUE = /,\s*(?:no|n°|nº)\.?\s*\d+\s*$/i;

/** A line cleaned; '' past the last line (a part of a cut-off file can start there). */
function clean(text: string | undefined): string {
  return text === undefined ? '' : collapseSpaces(text.replace(/[\u00a0\t]/g, ' ')).trim();
}

/**
 * Reads one Europresse document from the export's lines `[start, end)` and the parts its markup marked
 * (publication, header, headline, authors): section, ISO date and page from the header line, the story
 * up to `Numéro de document : …` (whose value is `sourceDocumentId`), without copyright lines and the
 * `Illustration(s) :` / `Note(s) :` blocks. In the older layout, a line with only a name between the
 * headline and the story is the byline, and a line between the header and the headline a kicker.
 *
 * @example
 * ```ts
 * readEuropresseDocument(lines, document, end, 1, true)?.sourceDocumentId; // { vendor: 'europresse', id: 'news·20060314·LM·123' }
 * ```
 */
export function readEuropresseDocument(
  lines: readonly string[],
  document: EuropresseHtmlDocument,
  end: number,
  documentIndex: number,
  provenance: boolean,
): ArticleDraft | null {
  const { start, parts } = document;
  const draft = createDraft('europresse', documentIndex, { start: 0, end: end - start });
  const recorder = new ProvenanceRecorder(start, false, provenance);
  const at = (line: number) => line - start;
  const mark = (line: number, role: LineRole) => recorder.mark(at(line), role);
  let numberLine = -1;
  let stop = end;
  for (let i = start; i < end; i++) {
    const line = clean(lines[i]);
    const number = DOCUMENT_NUMBER.exec(line);
    if (number !== null) {
      const id = number[1]!.trim();
      if (id !== '') {
        draft.sourceDocumentId = { vendor: 'europresse', id };
        recorder.field('sourceDocumentId', at(i), at(i) + 1, 'field');
      } else recorder.mark(at(i), 'field');
      numberLine = i;
      stop = i;
      break;
    }
    if (CERTIFICATE.test(line)) {
      stop = i;
      break;
    }
  }
  for (let i = stop; i < end; i++) if (i !== numberLine) mark(i, clean(lines[i]) === '' ? 'blank' : 'footer');

  let bodyStart = start;
  if (parts.publication !== undefined) {
    draft.publication = clean(parts.publication.text).replace(ISSUE, '') || null;
    recorder.field('publication', at(parts.publication.line), at(parts.publication.line) + 1, 'header');
    bodyStart = Math.max(bodyStart, parts.publication.line + 1);
  }
  if (parts.header !== undefined) {
    const header = readEuropresseHeader(clean(parts.header.text));
    const line = at(parts.header.line);
    draft.section = header.section;
    draft.publishedDate = header.isoDate;
    draft.page = header.page;
    draft.edition = header.edition;
    recorder.mark(line, 'header');
    if (header.section !== null) recorder.field('section', line, line + 1);
    if (header.isoDate !== null) recorder.field('publishedDate', line, line + 1);
    if (header.page !== null) recorder.field('page', line, line + 1);
    if (header.edition !== null) recorder.field('edition', line, line + 1);
    bodyStart = Math.max(bodyStart, parts.header.line + 1);
  }
  if (parts.headline !== undefined) {
    draft.headline = clean(parts.headline.text) || null;
    const line = parts.headline.line;
    recorder.field('headline', at(line), at(line) + 1, 'headline');
    // Lines between the header and the headline: a kicker above the title.
    for (let i = bodyStart; i < line; i++) if (clean(lines[i]) !== '') mark(i, 'kicker');
    bodyStart = Math.max(bodyStart, line + 1);
  }
  let byline: string | null = null;
  if (parts.authors !== undefined) {
    byline = clean(parts.authors.text) || null;
    const line = parts.authors.line;
    if (byline !== null) recorder.field('byline', at(line), at(line) + 1, 'byline');
    bodyStart = Math.max(bodyStart, line + 1);
  }

  const paragraphs: string[] = [];
  const ranges: [number, number][] = [];
  let trailing = false;
  for (let i = bodyStart; i < stop; i++) {
    const text = clean(lines[i]);
    if (text === '') {
      mark(i, 'blank');
      continue;
    }
    if (TRAILING_BLOCK.test(text)) trailing = true;
    if (trailing) mark(i, 'factbox');
    else if (COPYRIGHT.test(text)) mark(i, 'copyright');
    else if (
      byline === null &&
      !document.article &&
      paragraphs.length === 0 &&
      text.length <= 80 &&
      NAME_LINE.test(text)
    ) {
      byline = text;
      recorder.field('byline', at(i), at(i) + 1, 'byline');
    } else {
      paragraphs.push(text);
      ranges.push([at(i), at(i) + 1]);
    }
  }
  creditByline(draft, byline);
  const count = paragraphs.length;
  const body = cutDateline(paragraphs);
  recordBody(recorder, ranges, count, body);
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  for (let i = start; i < stop; i++)
    if (recorder.roleOf(at(i)) === 'ignored' && clean(lines[i]) === '') mark(i, 'blank');
  if (draft.headline === null) draft.warnings.push(WARNINGS.noHeadline);
  if (draft.publishedDate === null) draft.warnings.push(WARNINGS.noPublishedDate);
  if (draft.paragraphs.length === 0) draft.warnings.push(WARNINGS.noBody);
  if (draft.headline === null && draft.paragraphs.length === 0) return null;
  draft.provenance = recorder.finish(end - start);
  return draft;
}
