import { MAX_HEADER_LINE_CHARS } from './limits';
import { parseLocalizedDate } from './parseLocalizedDate';
import type { NexisDate } from './types';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** `March 3, 2014 Monday`, `Monday, March 3, 2014`, `March 3, 2014 Monday, THIRD EDITION` */
const MONTH_FIRST = new RegExp(
  `^(?:${WEEKDAY},? )?${MONTH} (\\d{1,2}),? (\\d{4})(?:,? ${WEEKDAY})?(?:,? (.+))?$`,
  'i',
);
/** `3 March 2014 Monday` */
const DAY_FIRST = new RegExp(
  `^(?:${WEEKDAY},? )?(\\d{1,2}) ${MONTH},? (\\d{4})(?:,? ${WEEKDAY})?(?:,? (.+))?$`,
  'i',
);

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a Nexis date line into an ISO date, keeping what follows the date on the line (an edition);
 * null when the line is not a valid date.
 *
 * @example
 * ```ts
 * parseNexisDate('March 3, 2014 Monday'); // { isoDate: '2014-03-03', rest: null }
 * parseNexisDate('March 3, 2014 Monday, THIRD EDITION'); // { isoDate: '2014-03-03', rest: 'THIRD EDITION' }
 * ```
 */
export function parseNexisDate(line: string): NexisDate | null {
  if (line.length > MAX_HEADER_LINE_CHARS) return null;
  const text = line.trim().replace(/\s+/g, ' ');
  if (!/\d{4}/.test(text)) return null;
  let month: string | undefined;
  let day: string | undefined;
  let year: string | undefined;
  let rest: string | undefined;
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst !== null) [, month, day, year, rest] = monthFirst;
  else {
    const dayFirst = DAY_FIRST.exec(text);
    // German, French, Dutch and Spanish dates (`27. Februar 2012 Montag`, `17 mai 2003`).
    if (dayFirst === null) return parseLocalizedDate(text);
    [, day, month, year, rest] = dayFirst;
  }
  const monthNumber = MONTHS[month!.slice(0, 3).toLowerCase()];
  const iso = monthNumber === undefined ? null : isoDate(Number(year), monthNumber, Number(day));
  if (iso === null) return parseLocalizedDate(text);
  return { isoDate: iso, rest: rest?.trim() || null };
}
