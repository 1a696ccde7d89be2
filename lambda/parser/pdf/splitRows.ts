import { GUTTER_GAP_SIZES, SAME_LINE_SHARE } from './limits';
import type { PdfFragment, PdfTextRun } from './types';

/** Whether two runs' text needs a space between them: a visible gap, and no white space at the seam. */
function needsSpace(before: string, after: string, gap: number, size: number): boolean {
  return gap > size * 0.15 && !/\s/.test(before.at(-1) ?? '') && !/\s/.test(after.at(0) ?? '');
}

function fragmentsOf(runs: PdfTextRun[]): PdfFragment[] {
  runs.sort((a, b) => a.x - b.x);
  const fragments: PdfFragment[] = [];
  let current: PdfFragment | null = null;
  for (const run of runs) {
    const right = run.x + run.width;
    const gap = current === null ? 0 : run.x - current.right;
    if (current === null || gap > Math.max(current.size, run.size) * GUTTER_GAP_SIZES) {
      current = { text: run.text, x: run.x, right, y: run.y, size: run.size };
      fragments.push(current);
      continue;
    }
    const space = needsSpace(current.text, run.text, gap, run.size) ? ' ' : '';
    current.text += space + run.text;
    current.right = Math.max(current.right, right);
    current.size = Math.max(current.size, run.size);
  }
  for (const fragment of fragments) fragment.text = fragment.text.replace(/\s+/g, ' ').trim();
  return fragments.filter((fragment) => fragment.text !== '');
}

/**
 * Groups a page's text runs, whatever order the content stream drew them in, into rows from the top of
 * the page down (runs whose baselines are within half a font size of each other), and each row into
 * fragments left to right: runs that touch or are a word space apart. A gap wider than
 * {@link GUTTER_GAP_SIZES} font sizes starts a new fragment, so a column gutter or a table's cell gap
 * is kept for the column finder to see.
 *
 * @example
 * ```ts
 * splitRows([{ text: 'world', x: 40, y: 700, width: 25, size: 10 }, { text: 'Hello', x: 10, y: 700, width: 25, size: 10 }]);
 * // [[{ text: 'Hello world', x: 10, right: 65, y: 700, size: 10 }]]
 * ```
 */
export function splitRows(runs: readonly PdfTextRun[]): PdfFragment[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfFragment[][] = [];
  let row: PdfTextRun[] = [];
  let baseline = Number.NaN;
  let size = 0;
  for (const run of sorted) {
    if (row.length > 0 && Math.abs(baseline - run.y) > Math.min(size, run.size) * SAME_LINE_SHARE) {
      rows.push(fragmentsOf(row));
      row = [];
    }
    if (row.length === 0) {
      baseline = run.y;
      size = run.size;
    }
    row.push(run);
  }
  if (row.length > 0) rows.push(fragmentsOf(row));
  return rows.filter((fragments) => fragments.length > 0);
}
