import { parseLocalizedDate } from '../parseLocalizedDate';

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a Factiva `PD` date as printed into an ISO date: `29 décembre 2011`, `3. März 2020`, `12 May 2019`,
 * `May 12, 2019`, the XML's `2012-01-09T01:35:58Z` (the date as printed, never shifted by a zone) and
 * `09/01/2012` (day first, as Factiva prints outside the US UI); null when it is no date.
 *
 * @example
 * ```ts
 * parseFactivaDate('29 décembre 2011'); // '2011-12-29'
 * ```
 */
export function parseFactivaDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (iso !== null) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact !== null) return isoOf(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (numeric !== null) return isoOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return parseLocalizedDate(value)?.isoDate ?? null;
}
