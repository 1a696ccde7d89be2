/**
 * Maps `items` through `fn` with at most `limit` calls in flight; results keep the order of `items`.
 * The first rejection rejects the whole (calls already started run to their end).
 *
 * @example
 * ```ts
 * const pages = await mapConcurrent(ids, 8, (id) => queryPartition(id));
 * ```
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), items.length) }, worker));
  return results;
}
