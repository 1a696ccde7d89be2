import { collapseSpaces } from './collapseSpaces';
import { collectNexisParts } from './collectNexisParts';
import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { decodeEntities } from './decodeEntities';
import { indexTermsOf } from './indexTermsOf';
import { isPageFurniture } from './isPageFurniture';
import { isSectionKicker } from './isSectionKicker';
import { joinBlock } from './joinBlock';
import { MAX_HEADER_LINE_CHARS } from './limits';
import { nexisBylineCredits } from './nexisBylineCredits';
import { ProvenanceRecorder } from './ProvenanceRecorder';
import { parseNexisSection } from './parseNexisSection';
import { readBody } from './readBody';
import { readHeadlineField } from './readHeadlineField';
import { readNexisHeader } from './readNexisHeader';
import { recordBody } from './recordBody';
import { reorderSurnameFirst } from './reorderSurnameFirst';
import { splitBlocks } from './splitBlocks';
import { toLanguageCode } from './toLanguageCode';
import type {
  ArticleDraft,
  IndexTerm,
  IndexTerms,
  NexisDocumentParts,
  NexisDocumentRange,
  ProvenanceField,
} from './types';
import { WARNINGS } from './warnings';
import { withoutLineBreakMarks } from './withoutLineBreakMarks';
import { withoutPageFurniture } from './withoutPageFurniture';
import { withoutTrailingFurniture } from './withoutTrailingFurniture';

/** Index fields and the kind of term each gives; Nexis also files companies and places under their own labels. */
const INDEX_FIELDS: Readonly<Record<string, keyof IndexTerms>> = {
  SUBJECT: 'subject',
  ORGANIZATION: 'organization',
  COMPANY: 'organization',
  PERSON: 'person',
  GEOGRAPHIC: 'geographic',
  CITY: 'geographic',
  STATE: 'geographic',
  COUNTRY: 'geographic',
};

const STATED_LENGTH = /^(\d[\d,.]*)\s*(?:words?|wörter|mots|woorden)(?![\p{L}])/iu;
const MAX_HEADLINE_WORDS = 30;

/** `SPRINGFIELD, ILL. --` → `SPRINGFIELD, ILL.`; a loop, since a pattern anchored at the end backtracks on long runs. */
function withoutTrailingDash(dateline: string): string {
  let end = dateline.length;
  while (end > 0 && '-–—: '.includes(dateline[end - 1]!)) end--;
  return dateline.slice(0, end);
}

/** A line that can be a headline: short, and not ending a sentence. */
function isHeadlineShaped(line: string): boolean {
  return (
    line.length <= MAX_HEADER_LINE_CHARS &&
    line.split(' ').length <= MAX_HEADLINE_WORDS &&
    !/[.!?]["”’]?$/.test(line)
  );
}

function fieldText(fields: ReadonlyMap<string, string>, label: string): string | null {
  const value = fields.get(label);
  if (value === undefined) return null;
  const text = collapseSpaces(decodeEntities(joinBlock([value])));
  return text === '' ? null : text;
}

function readIndexTerms(fields: ReadonlyMap<string, string>): IndexTerms {
  const terms: IndexTerms = { subject: [], organization: [], person: [], geographic: [] };
  const seen = new Set<string>();
  for (const [label, kind] of Object.entries(INDEX_FIELDS)) {
    const value = fieldText(fields, label);
    if (value === null) continue;
    for (const term of indexTermsOf(value)) {
      const key = `${kind}\n${term.term.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (terms[kind] as IndexTerm[]).push(term);
    }
  }
  return terms;
}

/** Lines as blocks, without furniture (a trailing copyright line belongs to the document, not its body). */
function textBlocks(lines: readonly string[]): (readonly string[])[] {
  return splitBlocks(lines, 0, lines.length)
    .map(withoutPageFurniture)
    .filter((block) => block.length > 0);
}

/**
 * Line ranges of the blocks {@link textBlocks} gives, from the document line numbers of the same lines:
 * flat, `[start, end)` of block `b` at `2b` and `2b + 1`.
 */
function blockRanges(lines: readonly string[], numbers: readonly number[], blockCount: number): number[] {
  const ranges = rangesOfBlocks(lines, numbers, false);
  // Only a block of nothing but furniture is dropped from the blocks: look for one when the counts differ.
  return ranges.length === 2 * blockCount ? ranges : rangesOfBlocks(lines, numbers, true);
}

function rangesOfBlocks(lines: readonly string[], numbers: readonly number[], furniture: boolean): number[] {
  const ranges: number[] = [];
  let start = -1;
  let last = -1;
  let text = false;
  // Blocks are closed in line, not by a closure made for every document.
  for (let k = 0; k <= lines.length; k++) {
    const line = k < lines.length ? lines[k]! : '';
    if (line.length === 0 || line.trim() === '') {
      if (start !== -1 && text) ranges.push(start, last + 1);
      start = -1;
      text = false;
      continue;
    }
    if (start === -1) start = numbers[k]!;
    last = numbers[k]!;
    if (!furniture || !isPageFurniture(line.trim())) text = true;
  }
  return ranges;
}

/** Names the body lines `withoutPageFurniture` left out (no other role took them): copyright or furniture. */
function markBodyFurniture(
  recorder: ProvenanceRecorder,
  lines: readonly string[],
  numbers: readonly number[],
): void {
  for (const line of numbers) {
    if (recorder.roleOf(line) !== 'ignored') continue;
    const text = lines[line]!.trim();
    if (text === '' || !isPageFurniture(text)) continue;
    recorder.mark(line, /copyright|©|rights reserved/i.test(text) ? 'copyright' : 'furniture');
  }
}

/** Labels whose lines feed a field, and the field; index fields feed `indexTerms`. */
const FIELD_OF_LABEL: Readonly<Record<string, ProvenanceField>> = {
  HEADLINE: 'headline',
  BYLINE: 'byline',
  /** `AUTOR:` (German print), read only when no `BYLINE:` field is there. */
  AUTHOR: 'byline',
  SECTION: 'section',
  LENGTH: 'statedWordCount',
  LANGUAGE: 'language',
  DATELINE: 'dateline',
};

/** Records the roles of a document's labelled and header lines, and the fields they filled. */
function recordFields(recorder: ProvenanceRecorder, parts: NexisDocumentParts, draft: ArticleDraft): void {
  for (const line of parts.blankLines) recorder.mark(line, 'blank');
  for (const line of parts.labelLines) recorder.mark(line, 'label');
  for (const [label, ranges] of parts.fieldLines) {
    const field = FIELD_OF_LABEL[label];
    const unread =
      field === undefined || draft[field] === null || (label === 'AUTHOR' && parts.fields.has('BYLINE'));
    let filled: ProvenanceField | null = unread ? null : field;
    if (field === undefined && label in INDEX_FIELDS) filled = 'indexTerms';
    for (const [start, end] of ranges) {
      if (filled === null) recorder.markRange(start, end, 'field');
      else
        recorder.field(
          filled,
          start,
          end,
          filled === 'indexTerms'
            ? 'index'
            : label === 'HEADLINE' || label === 'BYLINE' || label === 'AUTHOR'
              ? filled
              : 'field',
        );
      if (label === 'HEADLINE' && draft.subheadline !== null) recorder.field('subheadline', start, end);
      if (label === 'SECTION' && draft.page !== null) recorder.field('page', start, end);
    }
  }
}

/**
 * Parses one document of a Nexis export: centred header (copyright, publication, date, edition),
 * labelled fields (`SECTION:`, `LENGTH:`, `HEADLINE:`, `BYLINE:`, `DATELINE:`, `BODY:`, `LANGUAGE:`,
 * index fields with scores …), entities such as `&GT;` decoded. Null for a document with no text at all.
 *
 * @example
 * ```ts
 * const [range] = splitNexisDocuments(lines);
 * parseNexisDocument(lines, range!)?.publishedDate; // '2014-03-03'
 * ```
 */
export function parseNexisDocument(
  lines: readonly string[],
  range: NexisDocumentRange,
  firstLine?: number,
  provenance = true,
): ArticleDraft | null {
  const parts = collectNexisParts(lines, range.start, range.end);
  const { fields } = parts;
  const orphanBlocks = textBlocks(parts.orphans);
  const bodyBlocks = parts.body === null ? [] : textBlocks(parts.body);
  // Line numbers below are of `lines`; the recorder adds where the document stands in the text.
  const recorder = new ProvenanceRecorder(
    (firstLine ?? 0) - range.start,
    firstLine !== undefined,
    provenance,
  );
  const headerHeadlineLines: number[] = [];
  const header = readNexisHeader(parts.header, (index, role) => {
    const line = parts.headerLines[index]!;
    if (role === 'furniture')
      recorder.mark(line, /copyright|©|rights reserved/i.test(lines[line]!) ? 'copyright' : 'furniture');
    else if (role === 'headline') headerHeadlineLines.push(line);
    else recorder.field(role, line, line + 1, 'header');
  });
  if (
    fields.size === 0 &&
    bodyBlocks.length === 0 &&
    orphanBlocks.length === 0 &&
    header.publication === null &&
    header.headline === null &&
    header.publishedDate === null
  ) {
    return null;
  }

  const draft = createDraft('nexis', range.documentIndex, range);
  draft.publication = header.publication;
  draft.publishedDate = header.publishedDate;
  draft.edition = header.edition;
  if (draft.publishedDate === null) draft.warnings.push(WARNINGS.noPublishedDate);

  let blocks = bodyBlocks;
  let ranges: number[] =
    parts.body === null || !provenance ? [] : blockRanges(parts.body, parts.bodyLines, bodyBlocks.length);
  const labelled = fieldText(fields, 'HEADLINE');
  let headline = labelled ?? header.headline;
  if (parts.body === null && orphanBlocks.length > 0) {
    blocks = orphanBlocks;
    ranges = blockRanges(parts.orphans, parts.orphanLines, orphanBlocks.length);
    const orphansStart = ranges[0]!;
    const orphansEnd = ranges[ranges.length - 1]!;
    recorder.warn(draft.warnings.length, orphansStart, orphansEnd);
    draft.warnings.push(WARNINGS.bodyWithoutLabel);
  }
  if (headline === null) {
    // Briefs carry their title as the body's first line, after any kicker in capitals.
    let first = 0;
    while (first < blocks.length - 2 && blocks[first]!.length === 1 && isSectionKicker(blocks[first]![0]!))
      first++;
    const title = blocks[first];
    if (
      blocks.length - first > 1 &&
      title !== undefined &&
      title.length === 1 &&
      isHeadlineShaped(title[0]!.trim())
    ) {
      headline = collapseSpaces(decodeEntities(joinBlock(title)));
      blocks = blocks.slice(first + 1);
      if (ranges.length > 2 * first) {
        for (let k = 0; k < first; k++) recorder.markRange(ranges[2 * k]!, ranges[2 * k + 1]!, 'kicker');
        const start = ranges[2 * first]!;
        const end = ranges[2 * first + 1]!;
        recorder.field('headline', start, end, 'headline');
        recorder.warn(draft.warnings.length, start, end);
        ranges = ranges.slice(2 * (first + 1));
      }
      draft.warnings.push(WARNINGS.headlineFromFirstLine);
    }
  }
  if (headline === null) draft.warnings.push(WARNINGS.noHeadline);
  else {
    const { headline: main, deck } = readHeadlineField(headline);
    draft.headline = main;
    draft.subheadline = deck === null ? null : withoutLineBreakMarks(deck);
  }
  const author = fieldText(fields, 'AUTHOR');
  if (author === null || fields.has('BYLINE')) {
    const wrapped = nexisBylineCredits(lines, parts.fieldLines.get('BYLINE'));
    // The credits are decoded as the field is: entities, runs of spaces.
    const credits = wrapped === null ? null : collapseSpaces(decodeEntities(joinBlock([wrapped])));
    creditByline(draft, fieldText(fields, 'BYLINE'), { credits });
  } else {
    // `AUTOR: Berger, Anna` (German print, surname first): authors in reading order, the byline as printed.
    creditByline(draft, reorderSurnameFirst(author));
    draft.byline = author;
  }
  // Header lines at column 0 are the headline only when no `HEADLINE:` field gives one.
  for (const line of headerHeadlineLines) {
    if (labelled !== null) recorder.mark(line, 'ignored');
    else {
      recorder.field('headline', line, line + 1, 'headline');
      if (draft.subheadline !== null) recorder.field('subheadline', line, line + 1);
    }
  }

  const section = fieldText(fields, 'SECTION');
  if (section !== null) Object.assign(draft, parseNexisSection(section));
  const length = fieldText(fields, 'LENGTH');
  const stated = length === null ? null : STATED_LENGTH.exec(length.slice(0, MAX_HEADER_LINE_CHARS));
  if (stated) draft.statedWordCount = Number(stated[1]!.replace(/[,.]/g, ''));
  const language = fieldText(fields, 'LANGUAGE');
  if (language !== null) {
    draft.language = toLanguageCode(language);
    if (draft.language === null) {
      for (const [start, end] of parts.fieldLines.get('LANGUAGE')!)
        recorder.warn(draft.warnings.length, start, end);
      draft.warnings.push(WARNINGS.unknownLanguage(language.slice(0, 60)));
    }
  }
  draft.indexTerms = readIndexTerms(fields);

  const body = readBody(blocks, decodeEntities);
  const readCount = body.paragraphs.length;
  draft.paragraphs = withoutTrailingFurniture(body.paragraphs);
  // Cut trailing furniture was whole paragraphs at the end: the story keeps the first ones of `ranges`.
  const keptCount = ranges.length / 2 - (readCount - draft.paragraphs.length);
  if (body.paragraphs.length === 0) draft.warnings.push(WARNINGS.noBody);
  const datelineField = fieldText(fields, 'DATELINE');
  draft.dateline = datelineField === null ? body.dateline : withoutTrailingDash(datelineField);
  // readBody drops a block whose text is empty once entities are decoded: then the ranges no longer line up.
  const countBefore = ranges.length / 2;
  if (countBefore === blocks.length)
    recordBody(recorder, ranges, keptCount, body, (line) => lines[line]!.trim());
  if (provenance) {
    recordFields(recorder, parts, draft);
    markBodyFurniture(recorder, lines, parts.body === null ? parts.orphanLines : parts.bodyLines);
  }
  draft.provenance = recorder.finish(range.end - range.start);
  return draft;
}
