import { matchNexisLabel } from './matchNexisLabel';
import type { NexisDocumentParts } from './types';

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
  // Asserted, not inferred: closeField() changes it behind the compiler's flow analysis.
  let state = 'header' as 'header' | 'field' | 'body' | 'between';
  let label = '';
  let value: string[] = [];
  let previousBlank = true;
  let fieldStart = 0;
  let fieldEnd = 0;

  const closeField = (): void => {
    if (state !== 'field') return;
    const text = value.join(' ').trim();
    const earlier = parts.fields.get(label);
    parts.fields.set(label, earlier === undefined ? text : `${earlier}; ${text}`);
    const ranges = parts.fieldLines.get(label);
    if (ranges === undefined) parts.fieldLines.set(label, [[fieldStart, fieldEnd]]);
    else ranges.push([fieldStart, fieldEnd]);
    state = 'between';
  };

  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      parts.blankLines.push(i);
      if (state === 'field') closeField();
      else if (state === 'body') {
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
      closeField();
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
        label = match.label;
        value = rest === '' ? [] : [rest];
        fieldStart = i;
        fieldEnd = i + 1;
      }
    } else if (state === 'header') {
      parts.header.push(line);
      parts.headerLines.push(i);
    } else if (state === 'field') {
      value.push(trimmed);
      fieldEnd = i + 1;
    } else if (state === 'body') {
      parts.body!.push(line);
      parts.bodyLines.push(i);
    } else {
      parts.orphans.push(line);
      parts.orphanLines.push(i);
    }
  }
  closeField();
  return parts;
}
