import type { IndexTerm } from './types';

/** `ELECTIONS (91%)` → `{ term: 'ELECTIONS', score: 91 }`; a term without a score gets null. */
function readTerm(entry: string): IndexTerm | null {
  const text = entry.trim();
  if (text === '') return null;
  if (text.endsWith('%)')) {
    const open = text.lastIndexOf('(');
    const digits = text.slice(open + 1, -2).trim();
    if (open > 0 && /^\d{1,3}$/.test(digits))
      return { term: text.slice(0, open).trim(), score: Number(digits) };
  }
  return { term: text, score: null };
}

/**
 * The terms of a Nexis index field (`SUBJECT:`, `PERSON:` …) one by one: terms separated by `;`, each
 * with an optional relevance score in percent. Commas belong to terms (`BOSTON, MA, USA (92%)`). One at
 * a time, so a field of megabytes never becomes an array of millions of entries.
 *
 * @example
 * ```ts
 * [...indexTermsOf('ELECTIONS (91%); VOTERS (89%)')];
 * // [{ term: 'ELECTIONS', score: 91 }, { term: 'VOTERS', score: 89 }]
 * ```
 */
export function* indexTermsOf(value: string): Generator<IndexTerm, void, undefined> {
  let from = 0;
  while (from <= value.length) {
    const semicolon = value.indexOf(';', from);
    const end = semicolon === -1 ? value.length : semicolon;
    const term = readTerm(value.slice(from, end));
    if (term !== null) yield term;
    from = end + 1;
  }
}
