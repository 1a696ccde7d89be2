import { parseLocalizedDate } from '../parseLocalizedDate';

/** What a Europresse header line says: `Communication, mardi 14 mars 2006, p. 16`. */
export interface EuropresseHeader {
  section: string | null;
  isoDate: string | null;
  page: string | null;
  /** Anything else after the date (an edition: `Édition Paris`). */
  edition: string | null;
}

const PAGE = /^(?:p\.|page|pp\.)\s*(\S.*)$/i;

/**
 * Reads a Europresse header line: the section before the date, the French (or other) date as an ISO date,
 * the page (`p. 16`), and whatever else follows as the edition.
 *
 * @example
 * ```ts
 * readEuropresseHeader('Communication, mardi 14 mars 2006, p. 16');
 * // { section: 'Communication', isoDate: '2006-03-14', page: '16', edition: null }
 * ```
 */
export function readEuropresseHeader(line: string): EuropresseHeader {
  const parts = line
    .replace(/\s+/g, ' ')
    .split(/\s*,\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const at = parts.findIndex((part) => parseLocalizedDate(part) !== null);
  const header: EuropresseHeader = { section: null, isoDate: null, page: null, edition: null };
  if (at === -1) {
    header.section = parts.join(', ') || null;
    return header;
  }
  header.isoDate = parseLocalizedDate(parts[at]!)!.isoDate;
  header.section = at > 0 ? parts.slice(0, at).join(', ') : null;
  const rest: string[] = [];
  for (const part of parts.slice(at + 1)) {
    const page = PAGE.exec(part);
    if (page !== null && header.page === null) header.page = page[1]!;
    else rest.push(part);
  }
  header.edition = rest.length > 0 ? rest.join(', ') : null;
  return header;
}
