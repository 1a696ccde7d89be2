import type { LandedRow } from './types';

const COLUMNS = ['key', 'status', 'publication', 'headline', 'authors'] as const;
type Column = (typeof COLUMNS)[number];
const HEADINGS: Record<Column, string> = {
  key: 'KEY',
  status: 'STATUS',
  publication: 'PUBLICATION',
  headline: 'HEADLINE',
  authors: 'AUTHORS',
};
// Shares of the room left after STATUS, when the rows are wider than the terminal.
const SHARES = { key: 0.22, publication: 0.18, headline: 0.38, authors: 0.22 } as const;
// The columns a line too wide gives up first; STATUS is never cut.
const CUT_ORDER = ['authors', 'headline', 'publication', 'key'] as const;
const MIN_KEY = 12;
const GAP = '  ';

/** Column widths of a table, to print later rows in line with it. */
export type ColumnWidths = Record<Column, number>;

/**
 * Lays rows out as a plain-text table that fits `width` characters (the terminal's): columns as wide as
 * their content, and when that is too wide, key, publication, headline and authors cut to shares of the
 * room (with `…`). STATUS is never cut, and a key is cut in its middle, so that `export.txt#2` keeps its
 * document number. Pass `widths` to print rows in line with an earlier table, without the heading: a
 * later cell longer than its column takes the room the line has left before anything is cut.
 *
 * @example
 * const { text, widths } = formatLandedTable(rows, process.stdout.columns ?? 160);
 * process.stdout.write(text);
 * process.stdout.write(formatLandedTable(moreRows, process.stdout.columns ?? 160, widths).text);
 */
export function formatLandedTable(
  rows: LandedRow[],
  width: number,
  widths?: ColumnWidths,
): { text: string; widths: ColumnWidths } {
  const columns = widths ?? fitColumns(rows, width);
  // A table's own rows keep to its columns; a later row may take the room its line has left.
  const lines = rows.map((row) => line(row, columns, width, widths !== undefined));
  if (widths === undefined) lines.unshift(line(HEADINGS, columns, width, false));
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', widths: columns };
}

function line(values: Record<Column, string>, columns: ColumnWidths, width: number, grow: boolean): string {
  const cells = Object.fromEntries(
    COLUMNS.map((column) => [column, [...values[column].replace(/\s+/g, ' ')]]),
  ) as Record<Column, string[]>;
  // Each cell as wide as its column, or wider when its content is (the last is not padded: as wide as its
  // content); then cut back to the width.
  const fitted = Object.fromEntries(
    COLUMNS.map((column, index) => [
      column,
      index === COLUMNS.length - 1
        ? Math.min(cells[column].length, grow ? Number.POSITIVE_INFINITY : columns[column])
        : grow
          ? Math.max(columns[column], cells[column].length)
          : columns[column],
    ]),
  ) as ColumnWidths;
  const gaps = GAP.length * (COLUMNS.length - 1);
  let excess = COLUMNS.reduce((sum, column) => sum + fitted[column], 0) + gaps - width;
  // First back to the table's own widths, then below them if the line still does not fit.
  for (const floor of [(column: Column) => columns[column], minimumWidth]) {
    for (const column of CUT_ORDER) {
      if (excess <= 0) break;
      const cut = Math.max(0, Math.min(excess, fitted[column] - floor(column)));
      fitted[column] -= cut;
      excess -= cut;
    }
  }
  return COLUMNS.map((column, index) => {
    const value = column === 'key' ? cutMiddle(cells.key, fitted.key) : cutEnd(cells[column], fitted[column]);
    return index === COLUMNS.length - 1 ? value : value.padEnd(fitted[column]);
  })
    .join(GAP)
    .trimEnd();
}

function minimumWidth(column: Column): number {
  return column === 'key' ? MIN_KEY : 1;
}

function fitColumns(rows: LandedRow[], width: number): ColumnWidths {
  const natural = Object.fromEntries(
    COLUMNS.map((column) => [
      column,
      Math.max(HEADINGS[column].length, ...rows.map((row) => [...row[column].replace(/\s+/g, ' ')].length)),
    ]),
  ) as ColumnWidths;
  const total = COLUMNS.reduce((sum, column) => sum + natural[column], 0) + GAP.length * (COLUMNS.length - 1);
  if (total <= width) return natural;
  const room = Math.max(40, width - natural.status - GAP.length * (COLUMNS.length - 1));
  const fitted = { ...natural };
  const cut = ['key', 'publication', 'headline', 'authors'] as const;
  for (const column of cut) {
    fitted[column] = Math.max(
      HEADINGS[column].length,
      Math.min(natural[column], Math.floor(room * SHARES[column])),
    );
  }
  // What the shares left over (rounding, a column narrower than its share) goes to the columns cut most.
  let left = room - cut.reduce((sum, column) => sum + fitted[column], 0);
  for (const column of ['key', 'headline', 'publication', 'authors'] as const) {
    const more = Math.max(0, Math.min(left, natural[column] - fitted[column]));
    fitted[column] += more;
    left -= more;
  }
  return fitted;
}

function cutEnd(characters: string[], width: number): string {
  return characters.length <= width
    ? characters.join('')
    : `${characters.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Keeps the start and the end (a document number, an extension): `archive/valley…export.txt#2`. */
function cutMiddle(characters: string[], width: number): string {
  if (characters.length <= width) return characters.join('');
  const end = Math.floor((width - 1) / 2);
  return `${characters.slice(0, width - 1 - end).join('')}…${characters.slice(characters.length - end).join('')}`;
}
