import { addAlias } from './addAlias';
import { ORGANIZATIONS } from './lexicon/organizations';
import { PLACES } from './lexicon/places';
import { PhraseTrie } from './PhraseTrie';
import type { EntityKind, LexiconEntry } from './types';

let cached: PhraseTrie<LexiconEntry> | undefined;

/**
 * The built-in gazetteer of places and organizations as a phrase trie, built on first use (about 20 ms
 * of CPU, once per container) so that a parser run without enrichment never pays for it.
 *
 * @example
 * entityLexicon().longestMatch(tokenize('ISIS-K claimed it'), 0, () => true)?.value.canonical; // 'ISIS-K'
 */
export function entityLexicon(): PhraseTrie<LexiconEntry> {
  if (cached === undefined) {
    cached = new PhraseTrie<LexiconEntry>();
    addLexiconLines(cached, 'place', PLACES);
    addLexiconLines(cached, 'organization', ORGANIZATIONS);
  }
  return cached;
}

/** Adds `canonical|alias|alias!` lines to a trie. */
function addLexiconLines(trie: PhraseTrie<LexiconEntry>, kind: EntityKind, lines: string): void {
  for (const line of lines.split('\n')) {
    const names = line.split('|').filter((name) => name.trim() !== '');
    const canonical = names[0]?.replace(/!$/, '').trim();
    if (canonical === undefined) continue;
    for (const name of names) addAlias(trie, { kind, canonical, alias: name.trim() });
  }
}
