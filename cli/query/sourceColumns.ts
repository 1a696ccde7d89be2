import type { StoredSource } from '../../lambda/store/types';
import { describeMemberRejections } from '../status/describeMemberRejections';
import type { Column } from '../types';

function reasonOf(source: StoredSource): string | null {
  if (source.reason !== null) return `${source.reason.code}: ${source.reason.message}`;
  if (source.error !== null) return `${source.error.name}: ${source.error.message}`;
  return describeMemberRejections(source);
}

/** `member CODE: message` of each member recorded as not read, `; `-separated. */
function memberRejectionsOf(source: StoredSource): string | null {
  if (source.memberRejections.length === 0) return null;
  return source.memberRejections
    .map((rejection) => `${rejection.member} ${rejection.code}: ${rejection.message}`)
    .join('; ');
}

/**
 * Columns of a source listing (`query --status`) in a table.
 *
 * @example
 * formatTable(sources, sourceTableColumns);
 */
export const sourceTableColumns: readonly Column<StoredSource>[] = [
  { header: 'PROCESSED', value: (source) => source.processedAt },
  { header: 'STATUS', value: (source) => source.status },
  { header: 'KEY', value: (source) => source.key, maxWidth: 60 },
  { header: 'REASON', value: reasonOf, maxWidth: 100 },
];

/**
 * Columns of a source listing in CSV.
 *
 * @example
 * formatCsv(sources, sourceCsvColumns);
 */
export const sourceCsvColumns: readonly Column<StoredSource>[] = [
  { header: 'bucket', value: (source) => source.bucket },
  { header: 'key', value: (source) => source.key },
  { header: 'status', value: (source) => source.status },
  { header: 'processedAt', value: (source) => source.processedAt },
  { header: 'code', value: (source) => source.reason?.code ?? source.error?.name ?? null },
  { header: 'message', value: (source) => source.reason?.message ?? source.error?.message ?? null },
  { header: 'parserVersion', value: (source) => source.parserVersion },
  { header: 'versionId', value: (source) => source.versionId },
  { header: 'eTag', value: (source) => source.eTag },
  { header: 'memberRejections', value: memberRejectionsOf },
];
