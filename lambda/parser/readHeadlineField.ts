import { isSectionKicker } from './isSectionKicker';
import { splitHeadlineDeck } from './splitHeadlineDeck';
import type { HeadlineWithDeck } from './types';
import { withoutLineBreakMarks } from './withoutLineBreakMarks';

/** A kicker or series label before the headline, ended by `;` (`PREP FOOTBALL; …`); a `Q&A:` stays headline. */
const KICKER_END = /^([^;]{2,40}); /;
/** A series label's part number (`CROSSING THE RIVER: Part 2`), read as part of the label. */
const SERIES_PART = /[:,]? (?:Part|No\.) \d{1,2}(?: of \d{1,2})?$/;

/**
 * A `HEADLINE:` field as headline and deck: print line-break markers (`|`) read as spaces, a kicker in
 * capitals before a `;` dropped, then the deck split at a `; ` (see {@link splitHeadlineDeck}).
 *
 * @example
 * ```ts
 * readHeadlineField('PREP FOOTBALL; Bobcats open with | a new coach; Fourteen starters return');
 * // { headline: 'Bobcats open with a new coach', deck: 'Fourteen starters return' }
 * ```
 */
export function readHeadlineField(value: string): HeadlineWithDeck {
  let text = withoutLineBreakMarks(value);
  const kicker = KICKER_END.exec(text.slice(0, 42));
  if (kicker !== null && isSectionKicker(kicker[1]!.replace(SERIES_PART, ''))) {
    const rest = text.slice(kicker[0].length).trim();
    if (/\p{Ll}/u.test(rest.slice(0, 200))) text = rest;
  }
  return splitHeadlineDeck(text);
}
