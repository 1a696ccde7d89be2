import { FURNITURE_LINES, SAME_PLACE_POINTS } from './limits';
import type { PdfLine } from './types';

/** A page number alone: `7`, `- 7 -`, `Page 7`, `Page 7 of 12`, `Seite 7 von 12`, `7/12`. */
const PAGE_NUMBER =
  /^(?:[-–—]\s*\d{1,5}\s*[-–—]|(?:page|seite|pagina|página|p\.)?\s*\d{1,5}(?:\s*(?:of|von|sur|de|van|\/)\s*\d{1,5})?)$/i;

/** Text as it repeats from page to page: numbers stand for any number, case and spacing ignored. */
const shapeOf = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** The lines at the top and at the bottom of a page, by position, not by reading order. */
function edgeLines(lines: readonly PdfLine[]): PdfLine[] {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  if (byHeight.length <= FURNITURE_LINES * 2) return byHeight;
  return [...byHeight.slice(0, FURNITURE_LINES), ...byHeight.slice(-FURNITURE_LINES)];
}

/**
 * Removes running headers, footers and page numbers: among the {@link FURNITURE_LINES} lines at the top
 * and at the bottom of each page, a line whose text (numbers aside) comes back at the same height on
 * another page, and a line that is only a page number. Lines elsewhere on a page are never touched, so
 * a body line that happens to repeat stays.
 *
 * @example
 * ```ts
 * withoutRunningFurniture(pages.map(orderPageLines)); // the same pages without "Page 2 of 9" and the like
 * ```
 */
export function withoutRunningFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const candidates = pages.map(edgeLines);
  // Where each shape sits at a page's edge, page by page.
  const places = new Map<string, { page: number; y: number }[]>();
  for (const edge of candidates)
    for (const line of edge) {
      const key = shapeOf(line.text);
      const seen = places.get(key);
      if (seen === undefined) places.set(key, [{ page: line.page, y: line.y }]);
      else seen.push({ page: line.page, y: line.y });
    }
  const repeats = (line: PdfLine) =>
    (places.get(shapeOf(line.text)) ?? []).some(
      (place) => place.page !== line.page && Math.abs(place.y - line.y) < SAME_PLACE_POINTS,
    );
  return pages.map((lines, index) => {
    const edge = new Set(candidates[index]);
    const furniture = new Set(
      [...edge].filter((line) => PAGE_NUMBER.test(line.text.trim()) || repeats(line)),
    );
    return furniture.size === 0 ? lines : lines.filter((line) => !furniture.has(line));
  });
}
