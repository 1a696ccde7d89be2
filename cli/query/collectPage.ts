import type { Page } from '../../lambda/store/types';

/** How {@link collectPage} reads and filters. */
export interface CollectOptions<T> {
  limit: number;
  cursor: string | null;
  /** Reads one page of the underlying listing. */
  fetch: (limit: number, cursor: string | null) => Promise<Page<T>>;
  /** Keeps a record (a date range the index cannot apply). */
  accept: (item: T) => boolean;
  /** True for a record past which nothing can be accepted (the listing is ordered): stop reading. */
  isPastEnd?: (item: T) => boolean;
}

/**
 * One page of up to `limit` accepted records from a listing that is filtered after reading: reads pages
 * of just the number still missing, so a page never ends mid-way through what was read and the returned
 * cursor continues exactly after the last record looked at.
 *
 * @example
 * const page = await collectPage({ limit: 25, cursor: null, fetch: (limit, cursor) => store.sourcesByStatus('FAILED', { limit, cursor }), accept: inRange });
 */
export async function collectPage<T>(options: CollectOptions<T>): Promise<Page<T>> {
  const items: T[] = [];
  let cursor = options.cursor;
  do {
    const page = await options.fetch(options.limit - items.length, cursor);
    cursor = page.cursor;
    for (const item of page.items) {
      if (options.isPastEnd?.(item) === true) return { items, cursor: null };
      if (options.accept(item)) items.push(item);
    }
  } while (cursor !== null && items.length < options.limit);
  return { items, cursor };
}
