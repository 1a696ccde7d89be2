import { MAX_DATELINE_CHARS } from './limits';
import type { DatelineSplit } from './types';

/** Dashes that end a dateline, longest first so ` -- ` wins over `--` at the same place. */
const SEPARATORS = [' -- ', ' — ', ' – ', ' - ', '—', '--', '–'] as const;

/** The city: words in capitals (`WASHINGTON`, `ST. LOUIS`, `WINSTON-SALEM`, `SÃO PAULO`). */
const CITY = /^\p{Lu}[\p{Lu}.'’&-]*(?: \p{Lu}[\p{Lu}.'’&-]*){0,5}$/u;
/** What may follow the city after a comma: a state or country as printed (`ILL.`, `Afghanistan`, `N.M.`). */
const REGION = /^\p{Lu}[\p{L}.'’ -]{0,30}$/u;
/** A date some papers print after the place: `Aug. 31`, `March 3`. */
const DATE_PART =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? \d{1,2}$/i;
/** The agency tag after the place: `(AP)`, `(Reuters)`. */
const AGENCY_TAG = /\s*\([^()]{1,30}\)$/;

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
  const parts = prefix
    .replace(AGENCY_TAG, '')
    .trim()
    .split(/\s*,\s*/);
  if (parts.length > 1 && DATE_PART.test(parts[parts.length - 1]!)) parts.pop();
  const [city, ...regions] = parts;
  if (city === undefined || !CITY.test(city) || city.replace(/[^\p{L}]/gu, '').length < 2) return null;
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
export function splitDateline(paragraph: string): DatelineSplit {
  const head = paragraph.slice(0, MAX_DATELINE_CHARS);
  const separator = earliestSeparator(head);
  if (separator === null) return { dateline: null, paragraph };
  const dateline = readPlace(head.slice(0, separator.index).trim());
  if (dateline === null) return { dateline: null, paragraph };
  return { dateline, paragraph: paragraph.slice(separator.index + separator.length).trim() };
}
