import { collapseSpaces } from '../collapseSpaces';
import { createDraft } from '../createDraft';
import { creditByline } from '../creditByline';
import { cutDateline } from '../cutDateline';
import { ProvenanceRecorder } from '../ProvenanceRecorder';
import { parseIndexTerms } from '../parseIndexTerms';
import { parseLocalizedDate } from '../parseLocalizedDate';
import { parseNexisSection } from '../parseNexisSection';
import { recordBody } from '../recordBody';
import { reorderSurnameFirst } from '../reorderSurnameFirst';
import { splitHeadlineDeck } from '../splitHeadlineDeck';
import { toLanguageCode } from '../toLanguageCode';
import type { ArticleDraft, IndexTerm, IndexTerms, ProvenanceField } from '../types';
import { WARNINGS } from '../warnings';
import { matchNexisUniLabel } from './matchNexisUniLabel';
import {
  BODY_MARKERS,
  CLASSIFICATION_MARKERS,
  GRAPHIC_MARKERS,
  type NexisUniField,
  STATED_LENGTH,
} from './nexisUniLabels';

/** How far into a document its date line is looked for, in non-blank lines. */
const MAX_HEADER_LINES = 12;
const MAX_HEADLINE_LINES = 3;

const INDEX_FIELDS: Partial<Record<NexisUniField, keyof IndexTerms>> = {
  subject: 'subject',
  organization: 'organization',
  company: 'organization',
  person: 'person',
  geographic: 'geographic',
  industry: 'industry',
};

/** Labelled fields whose line names an article field in provenance; index fields give `indexTerms`. */
const PROVENANCE_FIELDS: Partial<Record<NexisUniField, ProvenanceField>> = {
  section: 'section',
  length: 'statedWordCount',
  byline: 'byline',
  author: 'byline',
  dateline: 'dateline',
  edition: 'edition',
  language: 'language',
};

/** A line as the layout reads it: non-breaking spaces and tabs as spaces, runs collapsed. */
function clean(line: string): string {
  return collapseSpaces(line.replace(/[\u00a0\t]/g, ' '));
}

function isMarker(line: string, markers: ReadonlySet<string>): boolean {
  return line.length < 40 && markers.has(line.toLowerCase());
}

/** Where the date line is: the first line that is a whole date, with a publication (and a headline) above it. */
function findDateLine(lines: readonly string[], start: number, end: number, maxLines: number): number {
  let seen = 0;
  for (let i = start; i < end && seen < maxLines; i++) {
    const line = clean(lines[i]!);
    if (line === '') continue;
    if (isMarker(line, BODY_MARKERS) || matchNexisUniLabel(line) !== null) return -1;
    if (seen >= 1 && parseLocalizedDate(line) !== null) return i;
    seen++;
  }
  return -1;
}

function previousNonBlank(lines: readonly string[], from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (clean(lines[i]!) !== '') return i;
  return -1;
}

/** Field values by meaning; a field given twice keeps both, `; `-joined. */
function addField(fields: Map<NexisUniField, string>, field: NexisUniField, value: string): void {
  const before = fields.get(field);
  fields.set(field, before === undefined || before === '' ? value : `${before}; ${value}`);
}

function readIndexTerms(fields: ReadonlyMap<NexisUniField, string>): IndexTerms {
  const terms: IndexTerms = { subject: [], organization: [], person: [], geographic: [], industry: [] };
  const seen = new Set<string>();
  for (const [field, kind] of Object.entries(INDEX_FIELDS) as [NexisUniField, keyof IndexTerms][]) {
    const value = fields.get(field);
    if (value === undefined) continue;
    for (const term of parseIndexTerms(value)) {
      const key = `${kind}\n${term.term.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (terms[kind] as IndexTerm[]).push(term);
    }
  }
  return terms;
}

/**
 * Reads one Nexis Uni document, the lines `[start, end)` between two `End of Document` lines: headline,
 * publication and date line, an optional Copyright line, labelled fields (`Section:`, `Length:`,
 * `Byline:` …, in English, German, French or Dutch), `Body` and its paragraphs, an optional `Graphic`
 * block, and the `Classification` index with `Load-Date`. `afterCover` says the span starts with the
 * export's cover page: the date line is then searched past it, and the headline is the one line above
 * the publication. Null for a span with no document in it.
 *
 * @example
 * ```ts
 * readNexisUniDocument(lines, 0, lines.length, 1, false)?.publishedDate; // '2019-07-01'
 * ```
 */
export function readNexisUniDocument(
  lines: readonly string[],
  start: number,
  end: number,
  documentIndex: number,
  afterCover: boolean,
): ArticleDraft | null {
  const dateLine = findDateLine(lines, start, end, afterCover ? Number.POSITIVE_INFINITY : MAX_HEADER_LINES);
  const draft = createDraft('nexis-uni', documentIndex, { start, end });
  // Document lines are numbered from `start`; the recorder's span gives them in the reader's text.
  const recorder = new ProvenanceRecorder(start, false, true);
  const labelLines: [NexisUniField, number][] = [];
  let at = start;
  if (dateLine !== -1) {
    const date = parseLocalizedDate(clean(lines[dateLine]!))!;
    draft.publishedDate = date.isoDate;
    draft.edition = date.rest;
    const publication = previousNonBlank(lines, dateLine, start);
    draft.publication = clean(lines[publication]!);
    recorder.field('publication', publication - start, publication - start + 1, 'header');
    recorder.field('publishedDate', dateLine - start, dateLine - start + 1, 'header');
    if (draft.edition !== null) recorder.field('edition', dateLine - start, dateLine - start + 1);
    const headline: string[] = [];
    const headlineLines: number[] = [];
    for (let i = previousNonBlank(lines, publication, start); i !== -1; ) {
      headline.unshift(clean(lines[i]!));
      headlineLines.push(i - start);
      // After a cover page, only the line above the publication is the headline.
      if (afterCover || headline.length >= MAX_HEADLINE_LINES) break;
      i = previousNonBlank(lines, i, start);
    }
    if (headline.length > 0) {
      const { headline: main, deck } = splitHeadlineDeck(headline.join(' '));
      draft.headline = main;
      draft.subheadline = deck;
      for (const line of headlineLines.reverse()) {
        recorder.field('headline', line, line + 1, 'headline');
        if (deck !== null) recorder.field('subheadline', line, line + 1);
      }
    }
    at = dateLine + 1;
  } else {
    draft.warnings.push(WARNINGS.noPublishedDate);
    at = start;
  }

  // Header: copyright, edition, labelled fields, up to `Body`.
  const fields = new Map<NexisUniField, string>();
  let bodyStart = -1;
  for (; at < end; at++) {
    const line = clean(lines[at]!);
    if (line === '') continue;
    if (isMarker(line, BODY_MARKERS)) {
      recorder.mark(at - start, 'label');
      bodyStart = at + 1;
      break;
    }
    const label = matchNexisUniLabel(line);
    if (label !== null) {
      addField(fields, label.field, label.value);
      labelLines.push([label.field, at]);
    } else if (/^(?:copyright\b|©|\(c\) )/i.test(line)) recorder.mark(at - start, 'copyright');
    else if (fields.size === 0 && draft.edition === null && dateLine !== -1) {
      draft.edition = line;
      recorder.field('edition', at - start, at - start + 1, 'header');
    } else if (fields.size === 0 && draft.headline === null) {
      draft.headline = line;
      recorder.field('headline', at - start, at - start + 1, 'headline');
    } else {
      bodyStart = at;
      draft.warnings.push(WARNINGS.bodyWithoutLabel);
      break;
    }
  }

  // Body, then an optional Graphic block, then Classification (or a bare Load-Date) and the index fields.
  const paragraphs: string[] = [];
  const paragraphRanges: number[] = [];
  let state: 'body' | 'graphic' | 'index' = 'body';
  for (let i = bodyStart === -1 ? end : bodyStart; i < end; i++) {
    const line = clean(lines[i]!);
    if (line === '') continue;
    if (isMarker(line, CLASSIFICATION_MARKERS)) {
      recorder.mark(i - start, 'label');
      state = 'index';
      continue;
    }
    if (state === 'body' && isMarker(line, GRAPHIC_MARKERS)) {
      recorder.mark(i - start, 'label');
      state = 'graphic';
      continue;
    }
    const label = state === 'body' && !line.includes(':') ? null : matchNexisUniLabel(line);
    if (label !== null && (state === 'index' || label.field === 'loadDate')) {
      addField(fields, label.field, label.value);
      labelLines.push([label.field, i]);
      state = 'index';
    } else if (state === 'body') {
      paragraphs.push(line);
      paragraphRanges.push(i - start, i - start + 1);
    } else recorder.mark(i - start, state === 'graphic' ? 'factbox' : 'field');
  }

  if (draft.headline === null) draft.warnings.push(WARNINGS.noHeadline);
  const author = fields.get('author');
  if (fields.has('byline') || author === undefined) creditByline(draft, fields.get('byline') ?? null);
  else {
    // Authors in reading order, the byline as printed.
    creditByline(draft, reorderSurnameFirst(author));
    draft.byline = author;
  }
  const section = fields.get('section');
  if (section !== undefined) {
    const read = parseNexisSection(section.replace(/;\s*Version:\s*\d+\s*$/i, ''));
    draft.section = read.section;
    draft.page = read.page;
  }
  const edition = fields.get('edition');
  if (edition !== undefined) draft.edition = edition;
  const length = fields.get('length');
  const stated = length === undefined ? null : STATED_LENGTH.exec(length);
  if (stated) draft.statedWordCount = Number(stated[1]!.replace(/[,.\u00a0 ]/g, ''));
  const language = fields.get('language');
  if (language !== undefined) {
    draft.language = toLanguageCode(language);
    if (draft.language === null) draft.warnings.push(WARNINGS.unknownLanguage(language.slice(0, 60)));
  }
  draft.indexTerms = readIndexTerms(fields);
  const storyCount = paragraphs.length;
  const body = cutDateline(paragraphs);
  recordBody(recorder, paragraphRanges, storyCount, body);
  for (const [field, line] of labelLines) {
    const name = field in INDEX_FIELDS ? 'indexTerms' : PROVENANCE_FIELDS[field];
    if (name === undefined || (field === 'author' && fields.has('byline')))
      recorder.mark(line - start, 'field');
    else recorder.field(name, line - start, line - start + 1, name === 'indexTerms' ? 'index' : 'field');
  }
  for (let i = start; i < end; i++)
    if (recorder.roleOf(i - start) === 'ignored' && clean(lines[i]!) === '')
      recorder.mark(i - start, 'blank');
  draft.paragraphs = body.paragraphs;
  const dateline = fields.get('dateline');
  draft.dateline = dateline ?? body.dateline;
  if (draft.paragraphs.length === 0) draft.warnings.push(WARNINGS.noBody);
  if (draft.headline === null && draft.publication === null && draft.paragraphs.length === 0) return null;
  draft.provenance = recorder.finish(end - start);
  return draft;
}
