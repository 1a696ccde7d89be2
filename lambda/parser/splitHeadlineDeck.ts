import type { HeadlineWithDeck } from './types';

/** Only the first few `; ` are tried, so a headline full of them costs no more than a few passes. */
const MAX_CANDIDATES = 5;
/** A deck opens like a headline: a capital, a digit or a quote mark. */
const OPENS_LIKE_HEADLINE = /^[\p{Lu}\p{N}"“‘']/u;

/** Whether the text has at least two space-separated words; it stops there, so a deck of megabytes costs nothing. */
function hasTwoWords(text: string): boolean {
  let words = 0;
  let from = 0;
  while (from < text.length) {
    const space = text.indexOf(' ', from);
    const end = space === -1 ? text.length : space;
    if (end > from && ++words >= 2) return true;
    from = end + 1;
  }
  return false;
}

/**
 * Splits a Nexis headline from the deck that may follow it after `; `. A `;` is taken for a deck
 * separator only when at least two words stand on each side and the part after it opens like a
 * headline; otherwise it is punctuation of the headline (`Going, going; gone`, `Rain; then snow`).
 *
 * @example
 * ```ts
 * splitHeadlineDeck('Council backs new budget; Tax rise rejected after long debate');
 * // { headline: 'Council backs new budget', deck: 'Tax rise rejected after long debate' }
 * ```
 */
export function splitHeadlineDeck(value: string): HeadlineWithDeck {
  let from = 0;
  for (let candidate = 0; candidate < MAX_CANDIDATES; candidate++) {
    const index = value.indexOf('; ', from);
    if (index === -1) break;
    const headline = value.slice(0, index).trim();
    const deck = value.slice(index + 2).trim();
    if (hasTwoWords(headline) && hasTwoWords(deck) && OPENS_LIKE_HEADLINE.test(deck))
      return { headline, deck };
    from = index + 2;
  }
  return { headline: value, deck: null };
}
