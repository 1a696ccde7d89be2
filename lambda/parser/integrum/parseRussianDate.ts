/** Russian month names, genitive (as dates print them) and nominative, and their abbreviations. */
const MONTHS: Readonly<Record<string, number>> = {
  января: 1,
  январь: 1,
  янв: 1,
  февраля: 2,
  февраль: 2,
  фев: 2,
  марта: 3,
  март: 3,
  мар: 3,
  апреля: 4,
  апрель: 4,
  апр: 4,
  мая: 5,
  май: 5,
  июня: 6,
  июнь: 6,
  июн: 6,
  июля: 7,
  июль: 7,
  июл: 7,
  августа: 8,
  август: 8,
  авг: 8,
  сентября: 9,
  сентябрь: 9,
  сен: 9,
  сент: 9,
  октября: 10,
  октябрь: 10,
  окт: 10,
  ноября: 11,
  ноябрь: 11,
  ноя: 11,
  декабря: 12,
  декабрь: 12,
  дек: 12,
};

const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/;
const WORDS = /^(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})(?:\s*г\.?)?/u;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a Russian date as Integrum prints it, `01.02.2012` (day first) or `1 февраля 2012 г.`, into an
 * ISO date; null for anything else.
 *
 * @example
 * ```ts
 * parseRussianDate('01.02.2012'); // '2012-02-01'
 * parseRussianDate('14 марта 2006 г.'); // '2006-03-14'
 * ```
 */
export function parseRussianDate(text: string): string | null {
  const value = text.trim();
  const numeric = NUMERIC.exec(value);
  if (numeric !== null) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const words = WORDS.exec(value);
  if (words === null) return null;
  const month = MONTHS[words[2]!.toLowerCase()];
  return month === undefined ? null : isoDate(Number(words[3]), month, Number(words[1]));
}
