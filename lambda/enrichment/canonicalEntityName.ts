import { entityLexicon } from './entityLexicon';
import { tokenize } from './tokenize';

/**
 * The canonical name enrichment stores for a name a user typed, so that a query by an alias finds the
 * entity: `ISIS` → `Islamic State group`, `U.S.` → `United States`. Compared case-insensitively with the
 * gazetteer's aliases; a name the gazetteer does not know (a person) is returned trimmed, as typed.
 *
 * @example
 * canonicalEntityName('isis'); // 'Islamic State group'
 */
export function canonicalEntityName(name: string): string {
  const tokens = tokenize(name.trim());
  if (tokens.length === 0) return name.trim();
  const hit = entityLexicon().longestMatch(tokens, 0, () => true);
  return hit !== null && hit.end === tokens.length ? hit.value.canonical : name.trim();
}
