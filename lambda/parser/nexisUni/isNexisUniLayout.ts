import { parseLocalizedDate } from '../parseLocalizedDate';
import { BODY_MARKERS, COVER_COUNT, COVER_LINE, END_MARKERS } from './nexisUniLabels';

/** Lines looked at: a cover page and a first document fit well within them. */
const SAMPLE_LINES = 400;

/**
 * Whether text lines are a Nexis Uni export: a cover page, an `End of Document` line, or a date line
 * followed by a bare `Body` line. A Word document that is none of these is not read as news.
 *
 * @example
 * ```ts
 * isNexisUniLayout(['Headline', 'Paper', 'July 1, 2019 Monday', 'Body', 'Text.']); // true
 * ```
 */
export function isNexisUniLayout(lines: readonly string[]): boolean {
  let sawDate = false;
  for (let i = 0; i < lines.length && i < SAMPLE_LINES; i++) {
    const line = lines[i]!.replace(/[\u00a0\t]/g, ' ').trim();
    if (line === '' || line.length > 300) continue;
    const lower = line.toLowerCase();
    if (END_MARKERS.has(lower) || COVER_LINE.test(line) || COVER_COUNT.test(line)) return true;
    if (sawDate && BODY_MARKERS.has(lower)) return true;
    if (!sawDate && parseLocalizedDate(line) !== null) sawDate = true;
  }
  return false;
}
