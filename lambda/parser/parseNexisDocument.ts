import { collapseSpaces } from './collapseSpaces';
import { collectNexisParts } from './collectNexisParts';
import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { decodeEntities } from './decodeEntities';
import { indexTermsOf } from './indexTermsOf';
import { isSectionKicker } from './isSectionKicker';
import { joinBlock } from './joinBlock';
import { MAX_HEADER_LINE_CHARS } from './limits';
import { parseNexisSection } from './parseNexisSection';
import { readBody } from './readBody';
import { readHeadlineField } from './readHeadlineField';
import { readNexisHeader } from './readNexisHeader';
import { reorderSurnameFirst } from './reorderSurnameFirst';
import { splitBlocks } from './splitBlocks';
import { toLanguageCode } from './toLanguageCode';
import type { ArticleDraft, IndexTerm, IndexTerms, NexisDocumentRange } from './types';
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
export function parseNexisDocument(lines: readonly string[], range: NexisDocumentRange): ArticleDraft | null {
  const parts = collectNexisParts(lines, range.start, range.end);
  const { fields } = parts;
  const orphanBlocks = textBlocks(parts.orphans);
  const bodyBlocks = parts.body === null ? [] : textBlocks(parts.body);
  const header = readNexisHeader(parts.header);
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
  let headline = fieldText(fields, 'HEADLINE') ?? header.headline;
  if (parts.body === null && orphanBlocks.length > 0) {
    blocks = orphanBlocks;
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
  if (author === null || fields.has('BYLINE')) creditByline(draft, fieldText(fields, 'BYLINE'));
  else {
    // `AUTOR: Berger, Anna` (German print, surname first): authors in reading order, the byline as printed.
    creditByline(draft, reorderSurnameFirst(author));
    draft.byline = author;
  }

  const section = fieldText(fields, 'SECTION');
  if (section !== null) Object.assign(draft, parseNexisSection(section));
  const length = fieldText(fields, 'LENGTH');
  const stated = length === null ? null : STATED_LENGTH.exec(length.slice(0, MAX_HEADER_LINE_CHARS));
  if (stated) draft.statedWordCount = Number(stated[1]!.replace(/[,.]/g, ''));
  const language = fieldText(fields, 'LANGUAGE');
  if (language !== null) {
    draft.language = toLanguageCode(language);
    if (draft.language === null) draft.warnings.push(WARNINGS.unknownLanguage(language.slice(0, 60)));
  }
  draft.indexTerms = readIndexTerms(fields);

  const body = readBody(blocks, decodeEntities);
  draft.paragraphs = withoutTrailingFurniture(body.paragraphs);
  if (body.paragraphs.length === 0) draft.warnings.push(WARNINGS.noBody);
  const datelineField = fieldText(fields, 'DATELINE');
  draft.dateline = datelineField === null ? body.dateline : withoutTrailingDash(datelineField);
  return draft;
}
