import { collapseSpaces } from './collapseSpaces';
import { decodeEntities } from './decodeEntities';
import { isPageFurniture } from './isPageFurniture';
import { joinBlock } from './joinBlock';
import { MAX_HEADER_LINE_CHARS } from './limits';
import { parseNexisDate } from './parseNexisDate';
import type { NexisHeader, NexisHeaderRole } from './types';

/** Words of an edition line (`THIRD EDITION`, `Late Edition - Final`, `HOME FINAL`). */
const EDITION = /\b(?:EDITION|FINAL|LATE|EARLY|HOME|METRO|CITY|STATE|NATIONAL|STREET|SOONER|SUNRISE|ALL)\b/i;
const MAX_EDITION_CHARS = 40;
/** Header lines that are never the publication: a company's `d/b/a`, a digital edition's name, rights and edition lines. */
const NOT_PUBLICATION = /\bd\/b\/a\b|\ball rights reserved\b|\b(?:digital|online|e-edition)$|\bedition\b/i;

/** Nexis centres its header lines; an unlabelled headline starts at column 0. */
function isCentred(line: string): boolean {
  const first = line.charCodeAt(0);
  return first === 0x20 || first === 0x09;
}

function clean(line: string): string {
  return collapseSpaces(decodeEntities(joinBlock([line.trim()])));
}

/**
 * Reads the header lines of a Nexis document (before its first label): copyright and `All Rights
 * Reserved` lines are skipped, the first line before the date is the publication, the date line gives
 * the ISO date (and an edition printed after it), a centred line after the date is the edition, and
 * lines at column 0 are the headline of an export without `HEADLINE:`. Without any centring, an
 * edition is told by its words.
 *
 * @example
 * ```ts
 * readNexisHeader(['   The Boston Globe', '   March 3, 2014 Monday', '   THIRD EDITION']);
 * // { publication: 'The Boston Globe', publishedDate: '2014-03-03', edition: 'THIRD EDITION', headline: null }
 * ```
 */
export function readNexisHeader(
  header: readonly string[],
  onLine?: (index: number, role: NexisHeaderRole) => void,
): NexisHeader {
  const result: NexisHeader = { publication: null, publishedDate: null, edition: null, headline: null };
  const headline: string[] = [];
  const anyCentred = header.some(isCentred);
  let dateSeen = false;
  for (let index = 0; index < header.length; index++) {
    const line = header[index]!;
    if (line.length > MAX_HEADER_LINE_CHARS * 4 || isPageFurniture(line)) {
      onLine?.(index, 'furniture');
      continue;
    }
    if (!dateSeen) {
      const date = parseNexisDate(line);
      if (date !== null) {
        dateSeen = true;
        result.publishedDate = date.isoDate;
        onLine?.(index, 'publishedDate');
        if (date.rest !== null) {
          result.edition = clean(date.rest);
          onLine?.(index, 'edition');
        }
        continue;
      }
    }
    const text = clean(line);
    if (!dateSeen && NOT_PUBLICATION.test(text)) {
      if (text.length <= MAX_EDITION_CHARS && /\bedition\b/i.test(text) && !/\bd\/b\/a\b/i.test(text))
        if (!/e-edition/i.test(text)) result.edition ??= text;
      continue;
    }
    if ((anyCentred && isCentred(line)) || (!dateSeen && result.publication === null)) {
      if (!dateSeen && result.publication === null) {
        result.publication = text;
        onLine?.(index, 'publication');
      } else if (dateSeen && headline.length === 0 && result.edition === null) {
        result.edition = text;
        onLine?.(index, 'edition');
      }
    } else if (
      !anyCentred &&
      dateSeen &&
      result.edition === null &&
      headline.length === 0 &&
      text.length <= MAX_EDITION_CHARS &&
      EDITION.test(text)
    ) {
      result.edition = text;
      onLine?.(index, 'edition');
    } else {
      headline.push(text);
      onLine?.(index, 'headline');
    }
  }
  result.headline = headline.length > 0 ? headline.join(' ') : null;
  return result;
}
