import { createHash } from 'node:crypto';

/** Counter shards: one item per shard spreads a busy table's increments over 8 partitions. */
export const AGGREGATE_SHARDS = 8;

/**
 * Keys of the aggregate items (in the record table; `type: AGGREGATE`, which no consumer filter lets
 * through): status counters `AGG#STATUS#<shard>`/`COUNTS`; articles per day and publication
 * `AGG#DAY#<shard>`/`<YYYY-MM-DD>#<lowercased publication>`; per-change markers `AGG#EVENT#<eventId>`.
 *
 * @example
 * aggregateKeys.statusCounter(aggregateKeys.shardOf('SOURCE#b/a.txt')); // { pk: 'AGG#STATUS#5', sk: 'COUNTS' }
 */
export const aggregateKeys = {
  shardOf(value: string): number {
    return (createHash('sha256').update(value).digest()[0] ?? 0) % AGGREGATE_SHARDS;
  },
  statusCounter(shard: number): { pk: string; sk: string } {
    return { pk: `AGG#STATUS#${shard}`, sk: 'COUNTS' };
  },
  dayPartition(shard: number): string {
    return `AGG#DAY#${shard}`;
  },
  daySortKey(day: string, publication: string): string {
    return `${day}#${publication.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
  },
  eventMarker(eventId: string): { pk: string; sk: string } {
    return { pk: `AGG#EVENT#${eventId}`, sk: 'EVENT' };
  },
};
