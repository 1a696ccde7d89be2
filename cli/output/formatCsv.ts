import type { Column } from '../types';

const NEEDS_QUOTES = /[",\r\n]/;
/** A text cell a spreadsheet would read as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formats rows as CSV by RFC 4180: a header record, CRLF line ends, and a field quoted (inner quotes
 * doubled) when it holds a comma, a quote or a line break. Null is an empty field. Cells are never cut. A text cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as text
 * instead of running it as a formula; numbers (a negative count) are left alone.
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
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
