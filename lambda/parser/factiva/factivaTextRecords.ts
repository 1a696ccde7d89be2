import { FACTIVA_FIELD_CODES } from './factivaFieldCodes';
import type { FactivaField, FactivaRecord } from './types';

/** A code at column 0: alone, or before its value after white space. */
const CODE_LINE = /^([A-Z]{2,3})(?:$|([\t ]+)(.*)$)/;
/** Fields whose values are paragraphs separated by blank lines. */
const PARAGRAPHED = new Set(['LP', 'TD']);

/** The code a line opens, or null; inside the story a code needs a line of its own or a tab or wide gap, so `IN 2019 …` stays text. */
function codeOf(line: string, inStory: boolean): { code: string; value: string } | null {
  const match = CODE_LINE.exec(line);
  if (match === null || !FACTIVA_FIELD_CODES.has(match[1]!)) return null;
  const gap = match[2];
  if (gap !== undefined && inStory && !gap.includes('\t') && gap.length < 2) return null;
  return { code: match[1]!, value: match[3] ?? '' };
}

/**
 * Reads Factiva's field-code plain text (also what the RTF export's text becomes): each field opens with
 * its code at the start of a line, alone or followed by its value, and runs to the next code. A document
 * opens at `SE`/`HD` (or any code after the previous document's `AN`) and ends with `AN`'s value line, so
 * a search summary after the last document, or a cover before the first, belongs to none. `LP`/`TD`
 * values are paragraphs separated by blank lines, wrapped lines joined.
 *
 * @example
 * ```ts
 * const [record] = factivaTextRecords(['HD', 'Ferry fares rise', 'TD', 'The ferry …', 'AN', 'Document X1']);
 * record.fields.map((f) => f.code); // ['HD', 'TD', 'AN']
 * ```
 */
export function* factivaTextRecords(lines: readonly string[]): Generator<FactivaRecord, void, undefined> {
  let record: FactivaRecord | null = null;
  let field: FactivaField | null = null;
  let block: string[] = [];
  let blockStart = 0;
  let lastContent = 0;
  const endBlock = (at: number) => {
    // A one-line paragraph (most are) is its line: join would copy it.
    if (field !== null && block.length > 0)
      field.values.push({
        text: block.length === 1 ? block[0]! : block.join(' '),
        start: blockStart,
        end: at,
      });
    block = [];
  };
  const endField = () => {
    endBlock(lastContent + 1);
    if (field !== null && record !== null) {
      field.end = Math.max(field.start, lastContent) + 1;
      record.fields.push(field);
      record.end = field.end;
    }
    field = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inStory = field !== null && PARAGRAPHED.has((field as FactivaField).code);
    const opened = codeOf(line, inStory);
    if (opened !== null) {
      endField();
      if (record !== null && startsAnother(record, opened.code)) {
        yield record;
        record = null;
      }
      record ??= { start: i, end: i + 1, fields: [] };
      field = { code: opened.code, values: [], start: i, end: i + 1 };
      lastContent = i;
      if (opened.value.trim() !== '') {
        block = [opened.value.trim()];
        blockStart = i;
      }
      continue;
    }
    if (field === null) continue;
    const trimmed = line.trim();
    if (trimmed === '') {
      endBlock(i);
      continue;
    }
    if (
      (field as FactivaField).code === 'AN' &&
      ((field as FactivaField).values.length > 0 || block.length > 0)
    ) {
      // The accession number is one line: what follows it (a search summary) is no document's.
      endField();
      continue;
    }
    if (block.length === 0) blockStart = i;
    block.push(trimmed);
    lastContent = i;
  }
  endField();
  if (record !== null) yield record;
}

/** Whether a field opening with `code` starts the next document: after `AN`, or a second headline or section. */
function startsAnother(record: FactivaRecord, code: string): boolean {
  const { fields } = record;
  if (fields.at(-1)?.code === 'AN') return true;
  if (code === 'HD') return fields.some((f) => f.code === 'HD');
  if (code === 'SE') return fields.some((f) => f.code === 'HD' || f.code === 'SE');
  return false;
}
