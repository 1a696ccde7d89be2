import { MIN_COLUMN_ROWS } from './limits';
import { splitRows } from './splitRows';
import type { PdfFragment, PdfLine, PdfPage } from './types';

/** Column splits nest this deep at most (two levels: up to four columns). */
const MAX_COLUMN_DEPTH = 2;
/** Gutter positions scored per page at most, so a page of scattered text costs linear time. */
const MAX_GUTTER_CANDIDATES = 64;
/** A text column's full lines are at least this share of the text area wide. */
const MIN_COLUMN_WIDTH_SHARE = 0.35;
/** Two text columns' full lines together fill at least this share of the text area (the rest is the gutter). */
const MIN_COLUMNS_FILL_SHARE = 0.8;

type Row = PdfFragment[];

/** A run of rows read as one flow: a column, or a band across the text area (`column` null). */
interface Flow {
  rows: Row[];
  column: { left: number; right: number } | null;
}

const fits = (row: Row, gutter: number) =>
  row.every((fragment) => fragment.right <= gutter || fragment.x >= gutter);
/**
 * Where a column may start: left edges, in the middle of the text area, that at least
 * {@link MIN_COLUMN_ROWS} fragments share (a column's lines all start at its left edge), most shared first.
 */
function columnStarts(rows: readonly Row[], left: number, right: number): number[] {
  const width = right - left;
  const votes = new Map<number, number>();
  for (const row of rows)
    for (const fragment of row) {
      const x = Math.round(fragment.x);
      if (x < left + width * 0.2 || x > left + width * 0.8) continue;
      votes.set(x, (votes.get(x) ?? 0) + 1);
    }
  return [...votes.entries()]
    .filter(([, count]) => count >= MIN_COLUMN_ROWS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_GUTTER_CANDIDATES)
    .map(([x]) => x - 0.5);
}

function boundsOf(rows: readonly Row[]): { left: number; right: number } {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const row of rows)
    for (const fragment of row) {
      left = Math.min(left, fragment.x);
      right = Math.max(right, fragment.right);
    }
  return { left, right };
}

function verticalSpan(rows: readonly Row[]): { top: number; bottom: number } {
  return { top: rows[0]![0]!.y, bottom: rows.at(-1)![0]!.y };
}

/**
 * Whether the two sides of a region read as text columns: each with {@link MIN_COLUMN_ROWS} lines or
 * more, side by side on the page, and as wide as text columns are.
 */
function areColumns(sides: readonly Row[][], width: number): boolean {
  if (sides.some((side) => side.length < MIN_COLUMN_ROWS)) return false;
  const [a, b] = sides.map(verticalSpan) as [
    { top: number; bottom: number },
    { top: number; bottom: number },
  ];
  if (Math.min(a.top, b.top) < Math.max(a.bottom, b.bottom)) return false;
  const widths = sides.map((side) => side.flat().map((fragment) => fragment.right - fragment.x));
  // Text columns fill the text area between them, gutter aside; a table's cells seldom do.
  const widest = widths.map((side) => side.reduce((most, value) => Math.max(most, value), 0));
  return (
    widest.every((value) => value >= width * MIN_COLUMN_WIDTH_SHARE) &&
    widest[0]! + widest[1]! >= width * MIN_COLUMNS_FILL_SHARE
  );
}

/** The page's rows cut at `gutter` into flows, or null when no run of rows there reads as columns. */
function cutAt(
  rows: readonly Row[],
  gutter: number,
  depth: number,
  column: Flow['column'],
  width: number,
): Flow[] | null {
  const flows: Flow[] = [];
  let pending: Row[] = [];
  let columnar = false;
  const flush = () => {
    if (pending.length > 0) flows.push({ rows: pending, column });
    pending = [];
  };
  for (let i = 0; i < rows.length; ) {
    let end = i;
    while (end < rows.length && fits(rows[end]!, gutter)) end++;
    if (end === i) {
      pending.push(rows[i]!);
      i++;
      continue;
    }
    const region = rows.slice(i, end);
    const sides = [
      region.map((row) => row.filter((fragment) => fragment.right <= gutter)).filter((row) => row.length > 0),
      region.map((row) => row.filter((fragment) => fragment.x >= gutter)).filter((row) => row.length > 0),
    ];
    if (areColumns(sides, width)) {
      columnar = true;
      flush();
      for (const side of sides) flows.push(...flowsOf(side, depth + 1, boundsOf(side)));
    } else pending.push(...region);
    i = end;
  }
  flush();
  return columnar ? flows : null;
}

function flowsOf(rows: readonly Row[], depth: number, column: Flow['column']): Flow[] {
  if (rows.length === 0) return [];
  if (depth < MAX_COLUMN_DEPTH) {
    const area = boundsOf(rows);
    for (const gutter of columnStarts(rows, area.left, area.right)) {
      const flows = cutAt(rows, gutter, depth, column, area.right - area.left);
      if (flows !== null) return flows;
    }
  }
  return [{ rows: [...rows], column }];
}

/**
 * The lines of one page in reading order, whatever order its content stream drew them in: rows from the
 * top down, and where a run of rows never crosses a gutter (a left edge that several lines share in the
 * middle of the text area) and both sides read as text columns, the left column's lines before the
 * right one's; bands that span the text area (a headline over two columns) stay where they are. Fragments of one row in one flow (a
 * table's cells) are joined with a space.
 *
 * @example
 * ```ts
 * orderPageLines(page).map((line) => line.text);
 * ```
 */
export function orderPageLines(page: PdfPage): PdfLine[] {
  const lines: PdfLine[] = [];
  flowsOf(splitRows(page.runs), 0, null).forEach((flow, index) => {
    for (const row of flow.rows) {
      const fragments = [...row].sort((a, b) => a.x - b.x);
      lines.push({
        text: fragments.map((fragment) => fragment.text).join(' '),
        page: page.number,
        x: fragments[0]!.x,
        right: fragments.reduce((most, fragment) => Math.max(most, fragment.right), 0),
        y: fragments[0]!.y,
        size: fragments.reduce((most, fragment) => Math.max(most, fragment.size), 0),
        flow: index,
        column: flow.column,
      });
    }
  });
  return lines;
}
