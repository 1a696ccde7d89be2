import { MAX_DATELINE_CHARS } from './limits';
import type { DatelineSplit } from './types';

/** Dashes that end a dateline, longest first so ` -- ` wins over `--` at the same place. */
const SEPARATORS = [' -- ', ' — ', ' – ', ' - ', ' >> ', '—', '--', '–'] as const;

/** The city: words in capitals (`WASHINGTON`, `ST. LOUIS`, `WINSTON-SALEM`, `SÃO PAULO`). */
const CITY = /^\p{Lu}[\p{Lu}.'’&-]*(?: \p{Lu}[\p{Lu}.'’&-]*){0,5}$/u;
/** What may follow the city after a comma: a state or country as printed (`ILL.`, `Afghanistan`, `N.M.`). */
const REGION = /^\p{Lu}[\p{L}.'’ -]{0,30}$/u;
/** A date some papers print after the place: `Aug. 31`, `March 3`. */
const DATE_PART =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? \d{1,2}$/i;
/** The agency tag after the place: `(AP)`, `(Reuters)`. */
const AGENCY_TAG = /\s*\([^()]{1,30}\)$/;
/** A place in reading case, allowed when an agency tag vouches for it (`Vienna (dpa) -`). */
const CITY_READING_CASE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;
/** A place and agency tag with no dash after them (`Washington (dpa) The…`), or a paragraph of its own. */
const PLACE_AND_TAG =
  /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*){0,2}) \([^()]{1,30}\)(?: (?=\S)|$)/u;
/** A date prefix of syndicated copy (`May 09--`, `Jul. 13--`), cut like a dateline. */
const DATE_PREFIX = /^(?:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}\s?--\s*/;

function earliestSeparator(head: string): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const separator of SEPARATORS) {
    const index = head.indexOf(separator);
    if (index > 0 && (best === null || index < best.index)) best = { index, length: separator.length };
  }
  return best;
}

/** The place as printed, without agency tag or date, or null when the text before the dash is no place. */
function readPlace(prefix: string): string | null {
  const tagged = AGENCY_TAG.test(prefix);
  const parts = prefix
    .replace(AGENCY_TAG, '')
    .trim()
    // `SPRINGFIELD, ILL .` as some exports space it
    .replaceAll(' .', '.')
    .split(/\s*,\s*/);
  if (parts.length > 1 && DATE_PART.test(parts[parts.length - 1]!)) parts.pop();
  const [city, ...regions] = parts;
  if (city === undefined || city.replace(/[^\p{L}]/gu, '').length < 2) return null;
  if (!CITY.test(city) && !(tagged && CITY_READING_CASE.test(city))) return null;
  if (regions.length > 2 || !regions.every((region) => REGION.test(region))) return null;
  return parts.join(', ');
}

/**
 * Cuts the dateline (`WASHINGTON —`, `KABUL, Afghanistan (AP) —`, `BOSTON -- `) from the start of a
 * first paragraph. Only the first {@link MAX_DATELINE_CHARS} characters are searched, so the cost does
 * not grow with the paragraph.
 *
 * @example
 * ```ts
 * splitDateline('KABUL, Afghanistan (AP) — The Taliban said…');
 * // { dateline: 'KABUL, Afghanistan', paragraph: 'The Taliban said…' }
 * ```
 */
export function splitDateline(text: string): DatelineSplit {
  const prefix = DATE_PREFIX.exec(text.slice(0, MAX_DATELINE_CHARS));
  const paragraph = prefix === null ? text : text.slice(prefix[0].length);
  const head = paragraph.slice(0, MAX_DATELINE_CHARS);
  const separator = earliestSeparator(head);
  const dateline = separator === null ? null : readPlace(head.slice(0, separator.index).trim());
  if (separator !== null && dateline !== null)
    return { dateline, paragraph: paragraph.slice(separator.index + separator.length).trim() };
  const tagged = PLACE_AND_TAG.exec(head);
  if (tagged !== null) return { dateline: tagged[1]!, paragraph: paragraph.slice(tagged[0].length).trim() };
  return { dateline: null, paragraph };
}
