import { batchGetItems } from './batchGetItems';
import { queryLookupPage } from './queryLookupPage';
import { tableKeys } from './tableKeys';
import { toStoredSource } from './toStoredSource';
import type { Page, PageOptions, SourceItem, StoreContext, StoredSource } from './types';

/**
 * Access pattern 5: the sources that were rejected, failed or deleted, most recently processed first,
 * with their reasons and errors, paginated: nothing is silently lost.
 *
 * @example
 * ```ts
 * const { items } = await sourcesByStatus(context, 'REJECTED');
 * for (const source of items) console.log(source.key, source.reason?.code);
 * ```
 */
export async function sourcesByStatus(
  context: StoreContext,
  status: 'REJECTED' | 'FAILED' | 'DELETED',
  options: PageOptions = {},
): Promise<Page<StoredSource>> {
  const { keys, cursor } = await queryLookupPage(context, tableKeys.statusPartition(status), options);
  const items = await batchGetItems<SourceItem>(context, keys);
  const byPk = new Map(items.map((item) => [item.pk, item]));
  return {
    // The index is eventually consistent: drop a source whose status changed since.
    items: keys.flatMap((key) => {
      const item = byPk.get(key.pk);
      return item !== undefined && item.status === status ? [toStoredSource(item)] : [];
    }),
    cursor,
  };
}
