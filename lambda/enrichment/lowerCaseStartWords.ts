import { entityLexicon } from './entityLexicon';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/personTitles';

let lowerCaseStarts: ReadonlySet<string> | undefined;

/**
 * Words that may start a gazetteer name or a title when printed in lower case (`al` of `al-Qaida`, `former`):
 * any other lower-case word of reading-case text starts no candidate, which spares most words every look-up.
 *
 * @example
 * lowerCaseStartWords().has('al'); // true
 */
export function lowerCaseStartWords(): ReadonlySet<string> {
  lowerCaseStarts ??= new Set([
    ...entityLexicon().firstTokens((entry) => !entry.requiresCapital),
    ...TITLE_HEADS,
    ...TITLE_MODIFIERS,
  ]);
  return lowerCaseStarts;
}
