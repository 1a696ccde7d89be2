import { MAX_HEADER_LINE_CHARS } from './limits';
import type { NexisDate } from './types';

/** Month names (and abbreviations) in the languages Nexis offers, English, German, French, Dutch and Spanish. */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  januar: 1,
  jänner: 1,
  janvier: 1,
  janv: 1,
  januari: 1,
  enero: 1,
  february: 2,
  feb: 2,
  februar: 2,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  februari: 2,
  febrero: 2,
  march: 3,
  mar: 3,
  märz: 3,
  maerz: 3,
  mars: 3,
  maart: 3,
  mrt: 3,
  marzo: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  abril: 4,
  may: 5,
  mai: 5,
  mei: 5,
  mayo: 5,
  june: 6,
  jun: 6,
  juni: 6,
  juin: 6,
  junio: 6,
  july: 7,
  jul: 7,
  juli: 7,
  juillet: 7,
  juil: 7,
  julio: 7,
  august: 8,
  aug: 8,
  août: 8,
  aout: 8,
  augustus: 8,
  agosto: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  septiembre: 9,
  setiembre: 9,
  october: 10,
  oct: 10,
  oktober: 10,
  okt: 10,
  octobre: 10,
  octubre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  noviembre: 11,
  december: 12,
  dec: 12,
  dezember: 12,
  dez: 12,
  décembre: 12,
  decembre: 12,
  déc: 12,
  diciembre: 12,
};

const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)';
const MONTH = '([\\p{L}]{3,10})\\.?';
/** `27. Februar 2012`, `17 mai 2003`, `1er mai 2003`, `17 de mayo de 2003`, each with an optional weekday either side. */
const DAY_FIRST = new RegExp(
  `^(?:${WEEKDAY},? )?(\\d{1,2})(?:\\.|er)? (?:de )?${MONTH},?(?: de)? (\\d{4})(?:,? ${WEEKDAY})?(?:,? (.+))?$`,
  'iu',
);
/** `July 1, 2019 Monday`, `Monday, March 3, 2014` */
const MONTH_FIRST = new RegExp(
  `^(?:${WEEKDAY},? )?${MONTH} (\\d{1,2}),? (\\d{4})(?:,? ${WEEKDAY})?(?:,? (.+))?$`,
  'iu',
);
/** A time of day and its zone, which Nexis Uni prints after the date: `9:50 PM GMT+1`, `09:31:00 CEST`. */
const TIME =
  /^\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[AP]\.?M\.?)?(?: ?(?:GMT|UTC|[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:,? |$)/i;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a date line in English, German, French, Dutch or Spanish into the calendar date as printed
 * (never shifted by its time zone), keeping what follows the date and its time (an edition). Null when
 * the whole line is not a date.
 *
 * @example
 * ```ts
 * parseLocalizedDate('27. Februar 2012 Montag 9:50 PM GMT+1'); // { isoDate: '2012-02-27', rest: null }
 * parseLocalizedDate('Mittwoch 31. August 2011'); // { isoDate: '2011-08-31', rest: null }
 * parseLocalizedDate('July 1, 2019 Monday 9:20 AM GMT'); // { isoDate: '2019-07-01', rest: null }
 * ```
 */
export function parseLocalizedDate(line: string): NexisDate | null {
  if (line.length > MAX_HEADER_LINE_CHARS) return null;
  const text = line.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!/\d{4}/.test(text)) return null;
  let month: string | undefined;
  let day: string | undefined;
  let year: string | undefined;
  let rest: string | undefined;
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst !== null) [, day, month, year, rest] = dayFirst;
  else {
    const monthFirst = MONTH_FIRST.exec(text);
    if (monthFirst === null) return null;
    [, month, day, year, rest] = monthFirst;
  }
  const monthNumber = MONTHS[month!.toLowerCase()];
  const iso = monthNumber === undefined ? null : isoDate(Number(year), monthNumber, Number(day));
  if (iso === null) return null;
  let after = rest?.trim() ?? '';
  const time = TIME.exec(after);
  if (time !== null) after = after.slice(time[0].length).trim();
  return { isoDate: iso, rest: after === '' ? null : after };
}
