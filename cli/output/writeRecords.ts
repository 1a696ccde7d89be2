import type { Writable } from 'node:stream';
import type { Column, OutputFormat } from '../types';
import { formatCsv } from './formatCsv';
import { formatTable } from './formatTable';

/** How {@link writeRecords} prints one batch of rows. */
export interface RecordOutput<Row> {
  format: OutputFormat;
  columns: readonly Column<Row>[];
  /** What one JSON line holds for a row (the whole record, not the table's cells). */
  toJson: (row: Row) => unknown;
  /**
   * Print the table header or CSV header record: true for the first page of a paged listing only.
   * @default true
   */
  header?: boolean;
}

/**
 * Writes rows to `out` as a table, JSON Lines (one record a line) or CSV.
 *
 * @example
 * writeRecords(process.stdout, rows, { format: 'csv', columns, toJson: (row) => row });
 */
export function writeRecords<Row>(out: Writable, rows: readonly Row[], output: RecordOutput<Row>): void {
  const header = output.header ?? true;
  if (output.format === 'json') {
    out.write(rows.map((row) => `${JSON.stringify(output.toJson(row))}\n`).join(''));
  } else if (output.format === 'csv') {
    out.write(formatCsv(rows, output.columns, header));
  } else if (rows.length > 0 || header) {
    const table = formatTable(rows, output.columns);
    out.write(header ? table : table.slice(table.indexOf('\n') + 1));
  }
}
