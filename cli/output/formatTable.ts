import type { Column } from '../types';

const GAP = '  ';

/**
 * Formats rows as a plain-text table: a header line, then one line per row, columns padded to their widest
 * cell. Line breaks inside a cell become spaces and a cell longer than its column's `maxWidth` ends in `…`.
 *
 * @example
 * formatTable([{ key: 'a.txt', n: 2 }], [{ header: 'KEY', value: (r) => r.key }, { header: 'ARTICLES', value: (r) => r.n }]);
 * // 'KEY    ARTICLES\na.txt  2\n'
 */
export function formatTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((column) => toCell(column.value(row), column.maxWidth)));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((line) => (line[index] ?? '').length)),
  );
  const render = (line: readonly string[]) =>
    line
      .map((cell, index) => (index === line.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join(GAP)
      .trimEnd();
  return `${[render(columns.map((column) => column.header)), ...cells.map(render)].join('\n')}\n`;
}

function toCell(value: string | number | null | undefined, maxWidth: number | undefined): string {
  const text = value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
  if (maxWidth === undefined || text.length <= maxWidth) return text;
  return `${text.slice(0, Math.max(maxWidth - 1, 0))}…`;
}
