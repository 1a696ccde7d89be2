import { ORGANIZATIONS } from './lexicon/organizations';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/personTitles';
import { PLACES } from './lexicon/places';
import { PhraseTrie } from './phraseTrie';
import { tokenize } from './tokenize';
import type { EntityKind, LexiconEntry } from './types';

let cached: PhraseTrie<LexiconEntry> | undefined;
let lowerCaseStarts: ReadonlySet<string> | undefined;

/**
 * The built-in gazetteer of places and organizations as a phrase trie, built on first use (a few
 * milliseconds) so that a parser run without enrichment never pays for it.
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

/**
 * Words that may start a gazetteer name or a title when printed in lower case (`al` of `al-Qaida`, `former`):
 * any other lower-case word of reading-case text starts no candidate, which spares most words every look-up.
 */
export function lowerCaseStartWords(): ReadonlySet<string> {
  lowerCaseStarts ??= new Set([
    ...entityLexicon().firstTokens((entry) => !entry.requiresCapital),
    ...TITLE_HEADS,
    ...TITLE_MODIFIERS,
  ]);
  return lowerCaseStarts;
}

/** Adds `canonical|alias|alias!` lines to a trie. */
export function addLexiconLines(trie: PhraseTrie<LexiconEntry>, kind: EntityKind, lines: string): void {
  for (const line of lines.split('\n')) {
    const names = line.split('|').filter((name) => name.trim() !== '');
    const canonical = names[0]?.replace(/!$/, '').trim();
    if (canonical === undefined) continue;
    for (const name of names) addAlias(trie, { kind, canonical, alias: name.trim() });
  }
}

/** Adds one alias; a trailing `!` marks it case-sensitive. */
export function addAlias(
  trie: PhraseTrie<LexiconEntry>,
  entry: { kind: EntityKind; canonical: string; alias: string; score?: number | null },
): void {
  const caseSensitive = entry.alias.endsWith('!');
  const tokens = tokenize(caseSensitive ? entry.alias.slice(0, -1) : entry.alias);
  if (tokens.length === 0) return;
  const value: LexiconEntry = {
    kind: entry.kind,
    canonical: entry.canonical,
    aliasTexts: tokens.map((token) => token.text),
    caseSensitive,
    requiresCapital: tokens[0]!.isCapitalized,
  };
  if (entry.score !== undefined) value.score = entry.score;
  trie.add(
    tokens.map((token) => token.norm),
    value,
  );
}
