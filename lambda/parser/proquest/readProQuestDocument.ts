import { collapseSpaces } from '../collapseSpaces';
import { createDraft } from '../createDraft';
import { creditByline } from '../creditByline';
import { cutDateline } from '../cutDateline';
import { ProvenanceRecorder } from '../ProvenanceRecorder';
import { parseIndexTerms } from '../parseIndexTerms';
import { parseLocalizedDate } from '../parseLocalizedDate';
import { recordBody } from '../recordBody';
import { toLanguageCode } from '../toLanguageCode';
import type { ArticleDraft, IndexTerm, IndexTerms, KnownSourceFormat, ProvenanceField } from '../types';
import { WARNINGS } from '../warnings';
import { withoutTrailingFurniture } from '../withoutTrailingFurniture';
import { matchProQuestLabel } from './matchProQuestLabel';
import { type ProQuestField, RUNNING_FIELDS, WEAK_LABELS } from './proquestLabels';

/** A labelled field of one document: its value (wrapped lines joined) and its document lines. */
interface FieldValue {
  value: string;
  start: number;
  end: number;
}

/** A running field's paragraphs (blank-line blocks, or one a line where no blank line separates them). */
interface RunningValue {
  paragraphs: string[];
  ranges: [number, number][];
}

const MAX_HEADLINE_LINES = 3;
/** `Document 1 of 2`, and as the German, French and Spanish interfaces print it. */
const DOCUMENT_COUNTER = /^(?:Document|Dokument|Documento) \d+ (?:of|von|sur|de) \d+$/i;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/** A value that is a time of day or a date, not a place (ProQuest's `Dateline:` can hold a timestamp). */
const TIMESTAMP = /\d{1,2}:\d{2}|^\d{4}-\d{2}-\d{2}|^\d{1,2}[./]\d{1,2}[./]\d{2,4}/;
/** `… [London (UK)]. 07 Feb 2014: A.1.`: the date and page at the end of `Publication info:`. */
const INFO_DATE = /(\d{1,2} \p{L}{3,9}\.? \d{4}|\p{L}{3,9}\.? \d{1,2}, \d{4})(?::\s*([^.]+?))?\.?\s*$/u;
/** `Abstract: None available.`, and as the German, French and Spanish interfaces word it. */
const NO_ABSTRACT = /^(?:none available|nicht verfügbar|non disponible|no disponible)\.?$/i;
/** `Name:` before each company name (`Nom :`, `Nombre:` in the French and Spanish interfaces). */
const COMPANY_NAME = /^(?:Name|Nom|Nombre)\s?:\s*(.+)$/i;

const INDEX_FIELDS: Partial<Record<ProQuestField, keyof IndexTerms>> = {
  subject: 'subject',
  location: 'geographic',
  company: 'organization',
  people: 'person',
};

const PROVENANCE_FIELDS: Partial<Record<ProQuestField, ProvenanceField>> = {
  author: 'byline',
  publicationTitle: 'publication',
  publicationDate: 'publishedDate',
  section: 'section',
  edition: 'edition',
  pages: 'page',
  language: 'language',
  documentId: 'sourceDocumentId',
  wordCount: 'statedWordCount',
};

function clean(line: string): string {
  return collapseSpaces(line.replace(/[\u00a0\t]/g, ' ')).trim();
}

/** `Name: Labour Party; NAICS: 813940; Name: Acme Ltd` → the names; a list without `Name:` as it is. */
function companyTerms(value: string): IndexTerm[] {
  if (!/\b(?:Name|Nom|Nombre)\s?:/i.test(value)) return parseIndexTerms(value);
  const terms: IndexTerm[] = [];
  for (const part of value.split(/;\s*/)) {
    const name = COMPANY_NAME.exec(part.trim());
    if (name !== null) terms.push({ term: name[1]!.trim(), score: null });
  }
  return terms;
}

/** Paragraphs of a running field, from its cleaned lines: blocks between blank lines, or one a line when it has none. */
function runningParagraphs(
  texts: readonly string[],
  first: string,
  start: number,
  end: number,
): RunningValue {
  const items: { text: string; line: number }[] = [];
  if (first !== '') items.push({ text: first, line: start });
  for (let i = start + 1; i < end; i++) items.push({ text: texts[i]!, line: i });
  const hasBlank = items.some((item, i) => item.text === '' && i > 0 && i < items.length - 1);
  const paragraphs: string[] = [];
  const ranges: [number, number][] = [];
  let open = false;
  for (const item of items) {
    if (item.text === '') {
      open = false;
      continue;
    }
    if (open && hasBlank) {
      paragraphs[paragraphs.length - 1] += ` ${item.text}`;
      ranges[ranges.length - 1]![1] = item.line + 1;
    } else {
      paragraphs.push(item.text);
      ranges.push([item.line, item.line + 1]);
    }
    open = true;
  }
  return { paragraphs, ranges };
}

/**
 * Reads one ProQuest document from its lines (the plain-text export's lines between two rules, or the
 * text lines of one HTML or e-mailed result): the headline above the first label, then label/value
 * pairs (`Author:`, `Publication info:`, `Abstract:`, `Full text:`, `Subject:`, `Location:`, `Company /
 * organization:`, `Publication title:`, `Pages:`, `Publication date:`, `Section:`, `Language of
 * publication:`, `ProQuest document ID:` …). `Full text:` and `Abstract:` run on across blank lines up
 * to the next label. Null for lines with no document in them (a report header, a table of contents).
 *
 * @param lines The document's own lines.
 * @param firstLine The text's line number of `lines[0]`, for provenance.
 * @param separator Whether the line before `firstLine` is the rule that opens the document.
 * @example
 * ```ts
 * readProQuestDocument(['Storm closes port', '', 'Full text: Ships waited.', 'ProQuest document ID: 42'], 1, 0, false, true)?.sourceDocumentId;
 * // { vendor: 'proquest', id: '42' }
 * ```
 */
export function readProQuestDocument(
  lines: readonly string[],
  documentIndex: number,
  firstLine: number,
  separator: boolean,
  provenance: boolean,
  format: KnownSourceFormat = 'proquest',
): ArticleDraft | null {
  const end = lines.length;
  // Each line cleaned once: the passes below read it several times.
  const texts = lines.map(clean);
  // Fields in document order: each label's value ends at the next label (a running field's at a strong one).
  const fields = new Map<ProQuestField, FieldValue>();
  const running = new Map<ProQuestField, RunningValue>();
  const labelled: [ProQuestField, number, number][] = [];
  const headline: number[] = [];
  // Lines no field takes: `Document 1 of 2`, a `ProQuest document link`, a citation line.
  const furniture: number[] = [];
  let firstLabel = -1;
  for (let i = 0; i < end; ) {
    const text = texts[i]!;
    const label = text === '' ? null : matchProQuestLabel(text);
    if (label === null) {
      const candidate =
        firstLabel === -1 && text !== '' && !DOCUMENT_COUNTER.test(text) && !URL_LINE.test(text);
      if (
        candidate &&
        headline.length < MAX_HEADLINE_LINES &&
        (headline.length === 0 || headline.at(-1) === i - 1)
      )
        headline.push(i);
      else if (text !== '') furniture.push(i);
      i++;
      continue;
    }
    if (firstLabel === -1) firstLabel = i;
    let next = i + 1;
    if (RUNNING_FIELDS.has(label.field)) {
      for (; next < end; next++) {
        const other = matchProQuestLabel(texts[next]!);
        if (other !== null && !WEAK_LABELS.has(other.label.toLowerCase())) break;
      }
      // Trailing blank lines belong to no field.
      let last = next;
      while (last > i + 1 && texts[last - 1] === '') last--;
      if (!running.has(label.field)) running.set(label.field, runningParagraphs(texts, label.value, i, last));
      labelled.push([label.field, i, last]);
    } else {
      const parts = [label.value];
      for (; next < end; next++) {
        const more = texts[next]!;
        if (more === '' || matchProQuestLabel(more) !== null) break;
        parts.push(more);
      }
      const value = parts.filter((part) => part !== '').join(' ');
      const before = fields.get(label.field);
      if (before === undefined) fields.set(label.field, { value, start: i, end: next });
      else if (value !== '') before.value = before.value === '' ? value : `${before.value}; ${value}`;
      labelled.push([label.field, i, next]);
    }
    i = next;
  }
  if (!running.has('fullText') && !running.has('abstract') && !fields.has('documentId')) return null;

  const draft = createDraft(format, documentIndex, { start: 0, end });
  const recorder = new ProvenanceRecorder(firstLine, separator, provenance);
  for (let i = 0; i < end; i++) if (texts[i] === '') recorder.mark(i, 'blank');
  for (const line of furniture) recorder.mark(line, 'furniture');
  const value = (field: ProQuestField) => {
    const found = fields.get(field)?.value;
    return found === undefined || found === '' ? null : found;
  };

  if (headline.length > 0) {
    draft.headline = headline.map((i) => texts[i]!).join(' ');
    recorder.field('headline', headline[0]!, headline.at(-1)! + 1, 'headline');
  } else if (value('title') !== null) {
    draft.headline = value('title');
    const title = fields.get('title')!;
    recorder.field('headline', title.start, title.end, 'field');
  } else draft.warnings.push(WARNINGS.noHeadline);

  const info = value('publicationInfo');
  const infoDate = info === null ? null : INFO_DATE.exec(info);
  // `Los Angeles Times; Los Angeles, Calif.`: the title, without the place ProQuest appends.
  draft.publication = value('publicationTitle')?.split(/\s*;\s*/)[0] ?? null;
  if (draft.publication === null && info !== null) {
    // A citation with no place (`Valley Times. 05 Jan 2021: 2.`) ends its title at the date.
    const citation = infoDate === null ? info : info.slice(0, infoDate.index);
    draft.publication = citation.split(/\s*[;[]\s*/)[0]!.replace(/[\s.,:]+$/, '') || null;
    if (draft.publication !== null) {
      const at = fields.get('publicationInfo')!;
      recorder.field('publication', at.start, at.end);
    }
  }
  const dateField = value('publicationDate');
  const date = dateField === null ? null : parseLocalizedDate(dateField);
  if (date !== null) draft.publishedDate = date.isoDate;
  else if (infoDate !== null) {
    draft.publishedDate = parseLocalizedDate(infoDate[1]!)?.isoDate ?? null;
    if (draft.publishedDate !== null) {
      const at = fields.get('publicationInfo')!;
      recorder.field('publishedDate', at.start, at.end);
    }
  }
  draft.section = value('section');
  draft.edition = value('edition');
  draft.page = value('pages') ?? infoDate?.[2]?.trim() ?? null;
  const words = value('wordCount');
  if (words !== null && /^\d[\d,.]*\b/.test(words))
    draft.statedWordCount = Number(words.replace(/[^\d]/g, ''));
  const language = value('language');
  if (language !== null) {
    const first = language.split(/\s*[;,]\s*/)[0]!;
    draft.language = toLanguageCode(first);
    if (draft.language === null) draft.warnings.push(WARNINGS.unknownLanguage(first.slice(0, 60)));
  }
  const id = value('documentId');
  if (id !== null) draft.sourceDocumentId = { vendor: 'proquest', id: id.replace(/\s+/g, '') };

  const author = value('author')?.replace(/\.$/, '') ?? null;
  if (author === null || /^anonymous$/i.test(author)) creditByline(draft, null);
  else creditByline(draft, author, { surnameFirst: /,/.test(author) });

  const terms: IndexTerms = { subject: [], organization: [], person: [], geographic: [] };
  for (const [field, kind] of Object.entries(INDEX_FIELDS) as [ProQuestField, keyof IndexTerms][]) {
    const found = value(field);
    if (found === null) continue;
    (terms[kind] as IndexTerm[]).push(
      ...(field === 'company' ? companyTerms(found) : parseIndexTerms(found)),
    );
  }
  draft.indexTerms = terms;

  // The body: the full text, else the abstract (a record with no full text), with a warning.
  let body = running.get('fullText');
  if (body === undefined || body.paragraphs.length === 0) {
    const abstract = running.get('abstract');
    if (abstract !== undefined && !NO_ABSTRACT.test(abstract.paragraphs.join(' ').trim())) {
      body = abstract;
      draft.warnings.push(WARNINGS.abstractOnly);
    }
  }
  const paragraphs = [...(body?.paragraphs ?? [])];
  const ranges = body?.ranges ?? [];
  const story = withoutTrailingFurniture(paragraphs);
  const count = story.length;
  const cut = cutDateline(story);
  recordBody(recorder, ranges, count, cut, (_line, p) => paragraphs[p] ?? '');
  draft.paragraphs = cut.paragraphs;
  const dateline = value('dateline');
  if (dateline !== null && !TIMESTAMP.test(dateline) && parseLocalizedDate(dateline) === null) {
    draft.dateline = dateline;
    const at = fields.get('dateline')!;
    recorder.field('dateline', at.start, at.end, 'field');
  } else draft.dateline = cut.dateline;
  if (draft.publishedDate === null) draft.warnings.push(WARNINGS.noPublishedDate);
  if (draft.paragraphs.length === 0) draft.warnings.push(WARNINGS.noBody);

  for (const [field, start, stop] of labelled) {
    const kind = INDEX_FIELDS[field];
    const name = PROVENANCE_FIELDS[field];
    if (field === 'fullText' || (field === 'abstract' && body === running.get('abstract'))) {
      // A label alone on its line; a label followed by text on its line is the first paragraph's line.
      if (running.get(field)?.ranges[0]?.[0] !== start) recorder.mark(start, 'label');
      continue;
    }
    if (kind !== undefined) recorder.field('indexTerms', start, stop, 'index');
    else if (name !== undefined && (name !== 'byline' || draft.byline !== null))
      recorder.field(name, start, stop, 'field');
    else recorder.markRange(start, stop, 'field');
  }
  draft.provenance = recorder.finish(end);
  return draft;
}
