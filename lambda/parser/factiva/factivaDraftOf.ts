import { createDraft } from '../createDraft';
import { cutDateline } from '../cutDateline';
import { ProvenanceRecorder } from '../ProvenanceRecorder';
import { parseByline } from '../parseByline';
import { recordBody } from '../recordBody';
import { toLanguageCode } from '../toLanguageCode';
import type { ArticleDraft, ClassificationCode, IndexTerm, IndexTerms, LineRole } from '../types';
import { WARNINGS } from '../warnings';
import { parseFactivaDate } from './parseFactivaDate';
import { parseFactivaEntries } from './parseFactivaEntries';
import { parseFactivaWordCount } from './parseFactivaWordCount';
import { splitGluedByline } from './splitGluedByline';
import type { FactivaEntry, FactivaField, FactivaRecord, FactivaValue } from './types';

/** Factiva's entity for a line break inside a field (often between two authors' names). */
const SOFT_RETURN = /&softReturn;|&amp;softReturn;/g;
/** A photo caption the export left among the paragraphs. */
const CAPTION =
  /^[([]?(?:photo|photos|foto|fotos|picture|image|bild|illustration|caption|légende|legende|graphic|graphique|grafik)\b\s*(?:\([^)]{0,40}\)\s*)?[:\-–—]/i;
/** `Document TESTFR0020111229e7ct0001r`: the accession number after its UI word. */
const DOCUMENT_WORD = /^(?:document|dokument|documento|doc\.?)\s+/i;

/** The descriptor list and scheme of each classification field; `IPC` is codes only. */
const CLASSIFICATIONS: Readonly<Record<string, { list: keyof IndexTerms | null; scheme: string }>> = {
  NS: { list: 'subject', scheme: 'NS' },
  RE: { list: 'geographic', scheme: 'RE' },
  CO: { list: 'organization', scheme: 'CO' },
  IN: { list: 'industry', scheme: 'IN' },
  IPC: { list: null, scheme: 'IPC' },
};

/** The role of a field's lines in provenance. */
const ROLES: Readonly<Record<string, LineRole>> = {
  HD: 'headline',
  BY: 'byline',
  CY: 'copyright',
  SE: 'field',
};

/** The word before the names in French, German, Spanish, Dutch and Italian bylines, which `parseByline` reads only in English. */
const FOREIGN_BY = /^(?:par|von|por|door|di|de)\s+/i;
/** `und`, `et`, `y`, `en`, `e` between two names. */
const FOREIGN_AND = /\s+(?:und|et|y|en|e)\s+(?=\p{Lu})/gu;

/** People of a Factiva byline: a German, French, … byline reads as an English one would (rule 3, commas and `and`). */
const authorsOf = (byline: string, publication: string | null) =>
  parseByline(byline.replace(FOREIGN_BY, 'By ').replace(FOREIGN_AND, ' and '), publication);

/** White space to fold (a run, a tab or line end) or a soft return; most values have none and are only trimmed. */
const MESSY = / {2}|softReturn;|[\t\n\r\f\v]/;
// One scan of a paragraph instead of three (it was a tenth of a document's draft time).
const messy = (text: string) => MESSY.test(text);
const clean = (text: string) =>
  messy(text) ? text.replace(SOFT_RETURN, ' ').replace(/\s+/g, ' ').trim() : text.trim();
const joined = (values: readonly FactivaValue[]) =>
  // Most fields hold one value: cleaned as it is, with no array or copy for the join.
  values.length === 1 ? clean(values[0]!.text) : clean(values.map((value) => value.text).join(' '));

function languageOf(value: string): string | null {
  const code = /^([a-z]{2,3})(?:[-_][a-z]{2})?$/i.exec(value);
  if (code !== null) return code[1]!.toLowerCase();
  return toLanguageCode(value);
}

/**
 * Turns one Factiva document, as any layout's reader found it (XML, field-code text, HTML), into an
 * article draft with its provenance: the one place where Factiva's field codes get their meaning, so the
 * layouts cannot drift apart. Vendor codes go to `indexTerms.codes`, spelled-out names to the descriptor
 * lists (`NS` subject, `RE` geographic, `CO` organization, `IN` industry); `AN` is the source document id.
 *
 * @param record The document's fields with their lines in the text the reader produced.
 * @example
 * ```ts
 * const draft = factivaDraftOf({ start: 0, end: 3, fields: [{ code: 'HD', values: [{ text: 'Ferry fares rise', start: 1, end: 2 }], start: 0, end: 2 }] }, 1, true);
 * draft.headline; // 'Ferry fares rise'
 * ```
 */
export function factivaDraftOf(
  record: FactivaRecord,
  documentIndex: number,
  provenance: boolean,
): ArticleDraft {
  const draft = createDraft('factiva', documentIndex, { start: record.start, end: record.end });
  const recorder = new ProvenanceRecorder(record.start, false, provenance);
  // Line numbers relative to the document are `line - offset`: no closure a document, none a field.
  const offset = record.start;
  const codes: ClassificationCode[] = [];
  const industry: IndexTerm[] = [];
  const paragraphs: FactivaValue[] = [];
  let bylineField: FactivaField | null = null;
  const indexRanges: FactivaField[] = [];

  for (const field of record.fields) {
    const story = field.code === 'LP' || field.code === 'TD';
    // The story's paragraphs are cleaned one by one below; joining them would copy the body for nothing.
    const value = story ? (field.values.length > 0 ? ' ' : '') : joined(field.values);
    const role = ROLES[field.code] ?? 'field';
    const start = field.start - offset;
    const end = field.end - offset;
    recorder.markRange(start, end, role);
    if (value === '' && field.entries === undefined) continue;
    switch (field.code) {
      case 'HD':
        draft.headline ??= value;
        recorder.field('headline', start, end, role);
        break;
      case 'SE':
        draft.section ??= value;
        recorder.field('section', start, end, role);
        break;
      case 'BY':
        draft.byline ??= clean(
          field.values
            .map((v) => v.text)
            .join(', ')
            .replace(SOFT_RETURN, ', '),
        );
        bylineField = field;
        recorder.field('byline', start, end, role);
        break;
      case 'WC': {
        const count = parseFactivaWordCount(value);
        if (count !== null) {
          draft.statedWordCount ??= count;
          recorder.field('statedWordCount', start, end, role);
        }
        break;
      }
      case 'PD': {
        const date = parseFactivaDate(value);
        if (date !== null) {
          draft.publishedDate ??= date;
          recorder.field('publishedDate', start, end, role);
        }
        break;
      }
      case 'SN':
        draft.publication ??= value;
        recorder.field('publication', start, end, role);
        break;
      case 'ED':
        draft.edition ??= value;
        recorder.field('edition', start, end, role);
        break;
      case 'PG':
        draft.page ??= value;
        recorder.field('page', start, end, role);
        break;
      case 'LA': {
        const language = languageOf(value);
        if (language === null) {
          recorder.warn(draft.warnings.length, start, end);
          draft.warnings.push(WARNINGS.unknownLanguage(value));
        } else {
          draft.language ??= language;
          recorder.field('language', start, end, role);
        }
        break;
      }
      case 'LP':
      case 'TD':
        for (const paragraph of field.values) {
          const text = clean(paragraph.text);
          if (text === '') continue;
          if (CAPTION.test(text)) {
            recorder.markRange(paragraph.start - offset, paragraph.end - offset, 'caption');
            continue;
          }
          paragraphs.push({ text, start: paragraph.start, end: paragraph.end });
        }
        break;
      case 'AN': {
        const id = value.replace(DOCUMENT_WORD, '').trim();
        if (id !== '') {
          draft.sourceDocumentId ??= { vendor: 'factiva', id };
          recorder.field('sourceDocumentId', start, end, role);
        }
        break;
      }
      default: {
        const kind = CLASSIFICATIONS[field.code];
        if (kind === undefined) break;
        const entries: FactivaEntry[] =
          field.entries ??
          parseFactivaEntries(field.values.map((v) => v.text).join('\n'), kind.list === null);
        for (const entry of entries) {
          if (entry.code !== null) codes.push({ scheme: kind.scheme, code: entry.code, label: entry.label });
          if (entry.label === null || kind.list === null) continue;
          const term = { term: entry.label, score: null };
          if (kind.list === 'industry') industry.push(term);
          else (draft.indexTerms[kind.list] as IndexTerm[]).push(term);
        }
        recorder.markRange(start, end, 'index');
        indexRanges.push(field);
      }
    }
  }
  for (const field of indexRanges)
    recorder.field('indexTerms', field.start - offset, field.end - offset, 'index');
  if (industry.length > 0) draft.indexTerms.industry = industry;
  if (codes.length > 0) draft.indexTerms.codes = codes;

  const first = paragraphs[0];
  if (draft.byline === null && first !== undefined) {
    const glued = splitGluedByline(first.text);
    if (glued !== null) {
      draft.byline = glued.byline;
      recorder.field('byline', first.start - offset, first.start - offset + 1, 'byline');
      if (glued.rest === '') paragraphs.shift();
      else first.text = glued.rest;
    }
  }
  if (draft.byline !== null) {
    draft.authors = authorsOf(draft.byline, draft.publication);
    if (draft.authors.length === 0 && bylineField !== null) draft.warnings.push(WARNINGS.noAuthors);
  }
  const texts: string[] = new Array(paragraphs.length);
  // Flat `[start, end, start, end, …]`, which recordBody takes without copying.
  const ranges: number[] = new Array(2 * paragraphs.length);
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    texts[p] = paragraph.text;
    ranges[2 * p] = paragraph.start - offset;
    ranges[2 * p + 1] = paragraph.end - offset;
  }
  const body = cutDateline(texts);
  recordBody(recorder, ranges, paragraphs.length, body);
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  if (draft.headline === null) draft.warnings.push(WARNINGS.noHeadline);
  if (draft.paragraphs.length === 0) draft.warnings.push(WARNINGS.noBody);
  if (draft.publishedDate === null) draft.warnings.push(WARNINGS.noPublishedDate);
  draft.provenance = recorder.finish(record.end - record.start);
  return draft;
}
