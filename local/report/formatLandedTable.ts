import type { LandedRow } from './types';

const COLUMNS = ['key', 'status', 'publication', 'headline', 'authors'] as const;
const HEADINGS: Record<(typeof COLUMNS)[number], string> = {
  key: 'KEY',
  status: 'STATUS',
  publication: 'PUBLICATION',
  headline: 'HEADLINE',
  authors: 'AUTHORS',
};
// Shares of the room left after STATUS, when the rows are wider than the terminal.
const SHARES = { key: 0.22, publication: 0.18, headline: 0.38, authors: 0.22 } as const;
const GAP = '  ';

/** Column widths of a table, to print later rows in line with it. */
export type ColumnWidths = Record<(typeof COLUMNS)[number], number>;

/**
 * Lays rows out as a plain-text table that fits `width` characters: columns as wide as their content, and
 * when that is too wide, key, publication, headline and authors cut to shares of the room (with `…`).
 * Pass `widths` to print rows in line with an earlier table, without the heading.
 *
 * @example
 * const { text, widths } = formatLandedTable(rows, 120);
 * process.stdout.write(text);
 * process.stdout.write(formatLandedTable(moreRows, 120, widths).text);
 */
export function formatLandedTable(
  rows: LandedRow[],
  width: number,
  widths?: ColumnWidths,
): { text: string; widths: ColumnWidths } {
  const columns = widths ?? fitColumns(rows, width);
  const line = (values: Record<(typeof COLUMNS)[number], string>) =>
    COLUMNS.map((column, index) => {
      const value = cut(values[column], columns[column]);
      return index === COLUMNS.length - 1 ? value : value.padEnd(columns[column]);
    })
      .join(GAP)
      .trimEnd();
  const lines = rows.map(line);
  if (widths === undefined) lines.unshift(line(HEADINGS));
  return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', widths: columns };
}

function fitColumns(rows: LandedRow[], width: number): ColumnWidths {
  const natural = Object.fromEntries(
    COLUMNS.map((column) => [
      column,
      Math.max(HEADINGS[column].length, ...rows.map((row) => [...row[column]].length)),
    ]),
  ) as ColumnWidths;
  const total = COLUMNS.reduce((sum, column) => sum + natural[column], 0) + GAP.length * (COLUMNS.length - 1);
  if (total <= width) return natural;
  const room = Math.max(40, width - natural.status - GAP.length * (COLUMNS.length - 1));
  const fitted = { ...natural };
  for (const column of ['key', 'publication', 'headline', 'authors'] as const) {
    fitted[column] = Math.max(
      HEADINGS[column].length,
      Math.min(natural[column], Math.floor(room * SHARES[column])),
    );
  }
  return fitted;
}

function cut(text: string, width: number): string {
  const characters = [...text.replace(/\s+/g, ' ')];
  return characters.length <= width
    ? characters.join('')
    : `${characters.slice(0, Math.max(0, width - 1)).join('')}…`;
}
