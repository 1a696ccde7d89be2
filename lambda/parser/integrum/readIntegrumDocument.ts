import { collapseSpaces } from '../collapseSpaces';
import { createDraft } from '../createDraft';
import { creditByline } from '../creditByline';
import { cutDateline } from '../cutDateline';
import { ProvenanceRecorder } from '../ProvenanceRecorder';
import { recordBody } from '../recordBody';
import type { ArticleDraft, ProvenanceField } from '../types';
import { WARNINGS } from '../warnings';
import { withoutTrailingFurniture } from '../withoutTrailingFurniture';
import { CARET_LABEL, INTEGRUM_LABELS, type IntegrumField } from './integrumLabels';
import { parseRussianDate } from './parseRussianDate';

const PROVENANCE: Partial<Record<IntegrumField, ProvenanceField>> = {
  publication: 'publication',
  section: 'section',
  date: 'publishedDate',
  author: 'byline',
  headline: 'headline',
};

/** An indented line starts a paragraph; a line at the margin continues the one before. */
const INDENTED = /^(?:\s{2,}|\t)/;

function clean(text: string): string {
  return collapseSpaces(text.replace(/[\u00a0\t]/g, ' ')).trim();
}

/**
 * Reads one Integrum full text, the lines `[start, end)`: caret labels (`^ИС:` source, `^РБ:` section,
 * `^ДТ:` date, `^АВ:` author, `^ЗГ:` headline; others kept as fields of no use), then the text, whose
 * paragraphs start at an indented line (a line at the margin continues the paragraph, a blank line ends it).
 *
 * @example
 * ```ts
 * readIntegrumDocument(lines, 10, 20, 1, true)?.publishedDate; // '2012-02-01'
 * ```
 */
export function readIntegrumDocument(
  lines: readonly string[],
  start: number,
  end: number,
  documentIndex: number,
  provenance: boolean,
): ArticleDraft | null {
  const draft = createDraft('integrum', documentIndex, { start: 0, end: end - start });
  const recorder = new ProvenanceRecorder(start, false, provenance);
  const values = new Map<IntegrumField, string>();
  let at = start;
  let lastField: IntegrumField | null = null;
  for (; at < end; at++) {
    const raw = lines[at]!;
    const label = CARET_LABEL.exec(raw);
    if (label === null) {
      // A wrapped label value continues at the margin, before the first blank line.
      if (lastField !== null && raw.trim() !== '' && !INDENTED.test(raw) && values.size > 0) {
        if (lastField !== 'other')
          values.set(lastField, `${values.get(lastField) ?? ''} ${clean(raw)}`.trim());
        recorder.mark(at - start, 'field');
        continue;
      }
      break;
    }
    const field = INTEGRUM_LABELS.get(label[1]!) ?? 'other';
    lastField = field;
    if (field !== 'other' && !values.has(field)) values.set(field, clean(label[2]!));
    const name = PROVENANCE[field];
    if (name !== undefined)
      recorder.field(name, at - start, at - start + 1, name === 'headline' ? 'headline' : 'field');
    else recorder.mark(at - start, 'field');
  }
  if (values.size === 0) return null;
  draft.publication = values.get('publication') || null;
  draft.section = values.get('section') || null;
  draft.headline = values.get('headline') || null;
  const date = values.get('date');
  draft.publishedDate = date === undefined ? null : parseRussianDate(date);
  creditByline(draft, values.get('author') || null);

  const paragraphs: string[] = [];
  const ranges: [number, number][] = [];
  let open = false;
  for (let i = at; i < end; i++) {
    const raw = lines[i]!;
    const text = clean(raw);
    if (text === '') {
      recorder.mark(i - start, 'blank');
      open = false;
      continue;
    }
    if (open && !INDENTED.test(raw)) {
      paragraphs[paragraphs.length - 1] += ` ${text}`;
      ranges[ranges.length - 1]![1] = i - start + 1;
    } else {
      paragraphs.push(text);
      ranges.push([i - start, i - start + 1]);
    }
    open = true;
  }
  const kept = [...paragraphs];
  const story = withoutTrailingFurniture(kept);
  const count = story.length;
  const body = cutDateline(story);
  recordBody(recorder, ranges, count, body, (_line, p) => paragraphs[p] ?? '');
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  if (draft.headline === null) draft.warnings.push(WARNINGS.noHeadline);
  if (draft.publishedDate === null) draft.warnings.push(WARNINGS.noPublishedDate);
  if (draft.paragraphs.length === 0) draft.warnings.push(WARNINGS.noBody);
  draft.provenance = recorder.finish(end - start);
  return draft;
}
