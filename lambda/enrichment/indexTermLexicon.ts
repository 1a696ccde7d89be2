import type { IndexTerm, IndexTerms } from '../parser/types';
import { addAlias } from './addAlias';
import { entityLexicon } from './entityLexicon';
import { PhraseTrie } from './PhraseTrie';
import { tokenize } from './tokenize';
import { toReadingCase } from './toReadingCase';
import type { EntityKind, IndexedEntity, LexiconEntry } from './types';

const TRAILING_PARENTHESES = /\s*\([^()]*\)\s*$/u;

/**
 * Turns a Nexis document's `PERSON:`, `ORGANIZATION:` and `GEOGRAPHIC:` index terms into entities (reading
 * case, gazetteer aliases folded: `ISLAMIC STATE` → `Islamic State group`) and a lexicon that finds them in
 * the body. Geographic terms keep their first part (`KABUL, AFGHANISTAN` → `Kabul`); a trailing parenthesis
 * is dropped (`ISLAMIC STATE (ISIS)` → `Islamic State group`). The highest score wins where two terms fold into one.
 *
 * @example
 * indexTermLexicon({ subject: [], person: [{ term: 'MARK MILLEY', score: 90 }], organization: [], geographic: [] })
 *   .entities; // [{ kind: 'person', name: 'Mark Milley', score: 90 }]
 */
export function indexTermLexicon(indexTerms: IndexTerms): {
  entities: IndexedEntity[];
  lexicon: PhraseTrie<LexiconEntry>;
} {
  const lexicon = new PhraseTrie<LexiconEntry>();
  const byName = new Map<string, IndexedEntity>();
  const add = (kind: EntityKind, terms: readonly IndexTerm[], clean: (term: string) => string) => {
    for (const { term, score } of terms) {
      const alias = clean(term);
      if (!/\p{L}/u.test(alias)) continue;
      const name = canonicalOf(kind, alias);
      const key = `${kind}|${name.toLowerCase()}`;
      const known = byName.get(key);
      if (known === undefined) byName.set(key, { kind, name, score });
      else if ((score ?? -1) > (known.score ?? -1)) known.score = score;
      addAlias(lexicon, { kind, canonical: name, alias, score });
    }
  };
  add('person', indexTerms.person, (term) => toReadingCase(term.replace(TRAILING_PARENTHESES, '').trim()));
  add('organization', indexTerms.organization, (term) =>
    toReadingCase(term.replace(TRAILING_PARENTHESES, '').trim()),
  );
  add('place', indexTerms.geographic, (term) =>
    toReadingCase((term.replace(TRAILING_PARENTHESES, '').split(',')[0] ?? '').trim()),
  );
  return { entities: [...byName.values()], lexicon };
}

/** The gazetteer's canonical name when the whole alias is one of its entries of that kind, else the alias. */
function canonicalOf(kind: EntityKind, alias: string): string {
  const tokens = tokenize(alias);
  const hit = entityLexicon().longestMatch(tokens, 0, (entry) => entry.kind === kind);
  return hit !== null && hit.end === tokens.length ? hit.value.canonical : alias;
}
