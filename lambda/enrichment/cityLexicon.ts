import { addAlias } from './addAlias';
import { CITIES } from './lexicon/cities';
import { PhraseTrie } from './PhraseTrie';
import type { LexiconEntry } from './types';

let cached: { trie: PhraseTrie<LexiconEntry>; oneWord: ReadonlySet<string> } | undefined;

/**
 * The GeoNames cities of `lexicon/cities.ts`, built on first use: names of several words as a phrase trie
 * (`Kansas City`, `Sutton Coldfield`), which finding candidates reads before the title and word rules, and
 * one-word names as a lowercased set, which resolution reads only for a capitalised word that nothing else
 * claimed (so that `Austin` stays a surname where a person has it).
 *
 * @example
 * cityLexicon().oneWord.has('townsville'); // true
 */
export function cityLexicon(): { trie: PhraseTrie<LexiconEntry>; oneWord: ReadonlySet<string> } {
  if (cached === undefined) {
    const trie = new PhraseTrie<LexiconEntry>();
    const oneWord = new Set<string>();
    for (const name of CITIES.split('|')) {
      if (name.includes(' ') || name.includes('-'))
        addAlias(trie, { kind: 'place', canonical: name, alias: name });
      else oneWord.add(name.toLowerCase());
    }
    cached = { trie, oneWord };
  }
  return cached;
}
