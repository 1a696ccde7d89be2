import { matchNexisLabel } from './matchNexisLabel';
import type { NexisDocumentParts } from './types';

/** The labelled field being read: its label, its value's lines and its lines `[start, end)`. */
interface OpenField {
  label: string;
  value: string[];
  start: number;
  end: number;
}

/** Files a field whose value has ended (a module function, not a closure made for every document). */
function closeField(parts: NexisDocumentParts, field: OpenField): void {
  const text = field.value.join(' ').trim();
  const earlier = parts.fields.get(field.label);
  parts.fields.set(field.label, earlier === undefined ? text : `${earlier}; ${text}`);
  const ranges = parts.fieldLines.get(field.label);
  if (ranges === undefined) parts.fieldLines.set(field.label, [[field.start, field.end]]);
  else ranges.push([field.start, field.end]);
}

/**
 * Sorts the lines of one Nexis document into header lines, labelled fields (wrapped values joined),
 * body lines and unlabelled leftovers. Inside the body only a known label after a blank line ends it,
 * so text such as `NOTE: bring a coat` stays in the body.
 *
 * @example
 * ```ts
 * collectNexisParts(['  The Boston Globe', 'SECTION: METRO; Pg. B1', 'BODY:', 'Text.'], 0, 4).fields.get('SECTION');
 * // 'METRO; Pg. B1'
 * ```
 */
export function collectNexisParts(lines: readonly string[], start: number, end: number): NexisDocumentParts {
  const parts: NexisDocumentParts = {
    header: [],
    fields: new Map(),
    body: null,
    orphans: [],
    headerLines: [],
    bodyLines: [],
    orphanLines: [],
    fieldLines: new Map(),
    blankLines: [],
    labelLines: [],
  };
  let state: 'header' | 'field' | 'body' | 'between' = 'header';
  const field: OpenField = { label: '', value: [], start: 0, end: 0 };
  let previousBlank = true;

  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      parts.blankLines.push(i);
      if (state === 'field') {
        closeField(parts, field);
        state = 'between';
      } else if (state === 'body') {
        parts.body!.push('');
        parts.bodyLines.push(i);
      } else if (state === 'between') {
        parts.orphans.push('');
        parts.orphanLines.push(i);
      }
      previousBlank = true;
      continue;
    }
    const match = state !== 'body' || previousBlank ? matchNexisLabel(line) : null;
    previousBlank = false;
    if (match !== null) {
      if (state === 'field') closeField(parts, field);
      const rest = line.slice(match.valueStart).trim();
      if (match.label === 'BODY') {
        state = 'body';
        parts.body ??= [];
        if (rest !== '') {
          parts.body.push(rest);
          parts.bodyLines.push(i);
        } else parts.labelLines.push(i);
      } else {
        state = 'field';
        field.label = match.label;
        field.value = rest === '' ? [] : [rest];
        field.start = i;
        field.end = i + 1;
      }
    } else if (state === 'header') {
      parts.header.push(line);
      parts.headerLines.push(i);
    } else if (state === 'field') {
      field.value.push(trimmed);
      field.end = i + 1;
    } else if (state === 'body') {
      parts.body!.push(line);
      parts.bodyLines.push(i);
    } else {
      parts.orphans.push(line);
      parts.orphanLines.push(i);
    }
  }
  if (state === 'field') closeField(parts, field);
  return parts;
}
