import { GIVEN_NAMES } from './lexicon/givenNames';
import { MORE_GIVEN_NAMES } from './lexicon/moreGivenNames';

let more: ReadonlySet<string> | undefined;

/**
 * Whether a lowercased word is an English given name: the hand list of `GIVEN_NAMES`, or the longer derived
 * list of `MORE_GIVEN_NAMES`, split into a set on first use. Many of the longer list's names are places too
 * (`Kerry`, `Devon`, `Georgia`), so callers accept them only before a surname-shaped word.
 *
 * @example
 * isGivenName('edna'); // true
 * isGivenName('harbour'); // false
 */
export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  more ??= new Set(MORE_GIVEN_NAMES.split('|'));
  return more.has(word);
}
