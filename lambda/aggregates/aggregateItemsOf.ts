import { aggregateDeltas } from './aggregateDeltas';
import type { AggregateItem } from './types';

/**
 * The aggregate items that the stream consumer would have left after seeing every given item inserted
 * once: each item's deltas (from {@link aggregateDeltas}, as an `INSERT`) summed per counter item, in the
 * shape `applyAggregateBatch` writes (`type: 'AGGREGATE'`, the counters, `name` on day items). For a
 * table filled without the stream (a bench, or a backfill that counts what a table already holds).
 *
 * @example
 * aggregateItemsOf([{ pk: 'SOURCE#b/a', sk: 'SOURCE', type: 'SOURCE', status: 'PARSED' }]);
 * // [{ pk: 'AGG#STATUS#…', sk: 'COUNTS', type: 'AGGREGATE', PARSED: 1 }]
 */
export function aggregateItemsOf(items: Iterable<Record<string, unknown>>): AggregateItem[] {
  const sums = new Map<string, AggregateItem>();
  for (const newImage of items) {
    for (const delta of aggregateDeltas({ eventId: '', eventName: 'INSERT', newImage })) {
      const id = `${delta.pk}\n${delta.sk}`;
      const item = sums.get(id) ?? { pk: delta.pk, sk: delta.sk, type: 'AGGREGATE' };
      if (delta.name !== undefined && item.name === undefined) item.name = delta.name;
      item[delta.attribute] = Number(item[delta.attribute] ?? 0) + delta.delta;
      sums.set(id, item);
    }
  }
  return [...sums.values()];
}
