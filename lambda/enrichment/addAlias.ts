import type { PhraseTrie } from './PhraseTrie';
import { tokenize } from './tokenize';
import type { EntityKind, LexiconEntry } from './types';

/**
 * Adds one alias of an entity to a lexicon trie, tokenized as text is; a trailing `!` marks it case-sensitive.
 *
 * @example
 * addAlias(trie, { kind: 'organization', canonical: 'Islamic State group', alias: 'IS!' });
 */
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
