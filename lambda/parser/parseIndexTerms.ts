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
 * Reads a Nexis index field (`SUBJECT:`, `PERSON:` …): terms separated by `;`, each with an optional
 * relevance score in percent. Commas belong to terms (`BOSTON, MA, USA (92%)`).
 *
 * @example
 * ```ts
 * parseIndexTerms('ELECTIONS (91%); VOTERS (89%)');
 * // [{ term: 'ELECTIONS', score: 91 }, { term: 'VOTERS', score: 89 }]
 * ```
 */
export function parseIndexTerms(value: string): IndexTerm[] {
  const terms: IndexTerm[] = [];
  for (const entry of value.split(';')) {
    const term = readTerm(entry);
    if (term !== null) terms.push(term);
  }
  return terms;
}
