import { indexTermsOf } from './indexTermsOf';
import type { IndexTerm } from './types';

/**
 * Reads a Nexis index field (`SUBJECT:`, `PERSON:` …): terms separated by `;`, each with an optional
 * relevance score in percent. Commas belong to terms (`BOSTON, MA, USA (92%)`). The parser itself reads
 * them one by one ({@link indexTermsOf}).
 *
 * @example
 * ```ts
 * parseIndexTerms('ELECTIONS (91%); VOTERS (89%)');
 * // [{ term: 'ELECTIONS', score: 91 }, { term: 'VOTERS', score: 89 }]
 * ```
 */
export function parseIndexTerms(value: string): IndexTerm[] {
  return [...indexTermsOf(value)];
}
