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
  const parts: NexisDocumentParts = { header: [], fields: new Map(), body: null, orphans: [] };
  // Asserted, not inferred: closeField() changes it behind the compiler's flow analysis.
  let state = 'header' as 'header' | 'field' | 'body' | 'between';
  let label = '';
  let value: string[] = [];
  let previousBlank = true;

  const closeField = (): void => {
    if (state !== 'field') return;
    const text = value.join(' ').trim();
    const earlier = parts.fields.get(label);
    parts.fields.set(label, earlier === undefined ? text : `${earlier}; ${text}`);
    state = 'between';
  };

  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      if (state === 'field') closeField();
      else if (state === 'body') parts.body!.push('');
      else if (state === 'between') parts.orphans.push('');
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
        if (rest !== '') parts.body.push(rest);
      } else {
        state = 'field';
        label = match.label;
        value = rest === '' ? [] : [rest];
      }
    } else if (state === 'header') parts.header.push(line);
    else if (state === 'field') value.push(trimmed);
    else if (state === 'body') parts.body!.push(line);
    else parts.orphans.push(line);
  }
  closeField();
  return parts;
}
