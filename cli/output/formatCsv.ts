import type { Column } from '../types';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Formats rows as CSV by RFC 4180: a header record, CRLF line ends, and a field quoted (inner quotes
 * doubled) when it holds a comma, a quote or a line break. Null is an empty field. Cells are never cut.
 *
 * @example
 * formatCsv([{ h: 'Milley: "US may"' }], [{ header: 'headline', value: (r) => r.h }]);
 * // 'headline\r\n"Milley: ""US may"""\r\n'
 */
export function formatCsv<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  withHeader = true,
): string {
  const records = rows.map((row) => columns.map((column) => toField(column.value(row))));
  if (withHeader) records.unshift(columns.map((column) => toField(column.header)));
  return records.map((record) => `${record.join(',')}\r\n`).join('');
}

function toField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
