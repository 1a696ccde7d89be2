import { parseLocalizedDate } from '../parseLocalizedDate';

/** What a Mediargus source or date line says: `De Morgen, woensdag 30 november 2011, p. 23, 853w.`. */
export interface MediargusLine {
  /** The publication, where the line names one (the list's lines do, the full text's do not). */
  publication: string | null;
  isoDate: string;
  page: string | null;
  words: number | null;
  /** What follows the date, page and length: the author, where the line gives one. */
  byline: string | null;
}

const WEEKDAY =
  /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;
const PAGE = /^(?:p\.|pag\.|pagina|page)\s*(\S+)$/i;
const WORDS = /^(\d+)\s*w\.?$/i;
const YEAR_END = /\d{4}$/;

/** The first part that `shape` matches and that is a date, with the date read. */
function dateAmong(
  parts: readonly string[],
  shape: RegExp,
): { at: number; date: NonNullable<ReturnType<typeof parseLocalizedDate>> } | null {
  for (let at = 0; at < parts.length; at++) {
    if (!shape.test(parts[at]!)) continue;
    const date = parseLocalizedDate(parts[at]!);
    if (date !== null) return { at, date };
  }
  return null;
}

/**
 * Reads a Mediargus source line (`De Morgen, woensdag 30 november 2011, p. 23, 853w.`) or a full text's
 * date line (the same without the publication, perhaps with the author after the length). Null for
 * any other line.
 *
 * @example
 * ```ts
 * readMediargusLine('De Morgen, woensdag 30 november 2011, p. 23, 853w.')?.isoDate; // '2011-11-30'
 * ```
 */
export function readMediargusLine(line: string): MediargusLine | null {
  if (line.length > 400 || !line.includes(',')) return null;
  const parts = line.split(/\s*,\s*/).map((part) => part.trim());
  // The date is the part that starts with a weekday (or the first part that is a date); read once, kept.
  const found = dateAmong(parts, WEEKDAY) ?? dateAmong(parts, YEAR_END);
  if (found === null || found.at > 2) return null;
  const { at, date } = found;
  const publication = at === 0 ? null : parts.slice(0, at).join(', ');
  let page: string | null = null;
  let words: number | null = null;
  const rest: string[] = [];
  for (const part of parts.slice(at + 1)) {
    const pageMatch = PAGE.exec(part);
    const wordsMatch = WORDS.exec(part);
    if (pageMatch !== null && page === null && rest.length === 0) page = pageMatch[1]!;
    else if (wordsMatch !== null && words === null && rest.length === 0) words = Number(wordsMatch[1]);
    else if (part !== '') rest.push(part);
  }
  if (page === null && words === null && publication === null) return null;
  return {
    publication,
    isoDate: date.isoDate,
    page,
    words,
    byline: rest.length > 0 ? rest.join(', ') : null,
  };
}
