import { batchGetItems } from './batchGetItems';
import { queryLookupPage } from './queryLookupPage';
import { tableKeys } from './tableKeys';
import { toStoredSource } from './toStoredSource';
import type { Page, PageOptions, SourceItem, StoreContext, StoredSource } from './types';

/**
 * Access pattern 5: the sources that were rejected, failed or deleted, most recently processed first,
 * with their reasons and errors, paginated: nothing is silently lost. `REJECTED` also lists the `PARSED`
 * sources of which some ZIP members could not be read (their `memberRejections` say which and why).
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
      return item !== undefined && isListed(item, status) ? [toStoredSource(item)] : [];
    }),
    cursor,
  };
}

/** Whether the item still belongs under `status`: the index is eventually consistent. */
function isListed(item: SourceItem, status: 'REJECTED' | 'FAILED' | 'DELETED'): boolean {
  if (item.status === status) return true;
  return status === 'REJECTED' && item.status === 'PARSED' && (item.memberRejectionCount ?? 0) > 0;
}
