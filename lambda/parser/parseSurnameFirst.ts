import { MAX_BYLINE_CHARS } from './limits';
import { toReadingCase } from './toReadingCase';

/** People of a surname-first field are separated by `;`, `/` or `und`/`and`, never by the comma inside a name. */
const SPLIT_PEOPLE = /\s*[;/]\s*|\s+(?:und|and|et|en)\s+/i;

/**
 * The people of a field that a layout writes surname first (German print `AUTOR: Berger, Anna`), each
 * reordered to given name first: `Berger, Anna; Kim, Lou` → `Anna Berger`, `Lou Kim`; `Berg, Anna von`
 * → `Anna von Berg`. A name without a comma is kept as printed. This rule comes first in the author rule
 * set (lambda/parser/README.md, Authors): the layout decides it, not the text.
 *
 * @example
 * ```ts
 * parseSurnameFirst('Lindner, Jonas'); // ['Jonas Lindner']
 * ```
 */
export function parseSurnameFirst(field: string): string[] {
  if (field.length > MAX_BYLINE_CHARS) return [];
  const people: string[] = [];
  for (const raw of field.split(SPLIT_PEOPLE)) {
    const parts = raw.split(',').map((part) => part.trim());
    const [surname, given] = parts;
    if (surname === undefined || surname === '') continue;
    const name = parts.length === 2 && given !== '' ? `${given} ${surname}` : raw.trim();
    people.push(toReadingCase(name.replace(/\s+/g, ' '), 'person'));
  }
  return [...new Set(people)];
}
