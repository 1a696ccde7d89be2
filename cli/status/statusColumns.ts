import type { Column, KeyStatus } from '../types';

/**
 * The columns of `status` in a table and in CSV.
 *
 * @example
 * formatTable(statuses, statusColumns);
 */
export const statusColumns: readonly Column<KeyStatus>[] = [
  { header: 'KEY', value: (row) => row.key, maxWidth: 60 },
  { header: 'STATUS', value: (row) => row.state },
  { header: 'ARTICLES', value: (row) => row.articleCount },
  { header: 'PARSER', value: (row) => row.parserVersion },
  { header: 'PROCESSED', value: (row) => row.processedAt },
  { header: 'DETAIL', value: (row) => row.detail, maxWidth: 100 },
];
