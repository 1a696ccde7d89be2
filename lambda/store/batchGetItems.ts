import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { backoffDelay } from './backoffDelay';
import { BATCH_GET_LIMIT } from './constants';
import { UnprocessedRequestsError } from './errors';
import { mapConcurrent } from './mapConcurrent';
import type { StoreContext } from './types';

type Key = { pk: string; sk: string };

/**
 * Reads items by key with BatchGetItem, 100 keys a call, retrying `UnprocessedKeys` with back-off.
 * Returns the items found, in no particular order (missing keys are absent).
 *
 * @example
 * ```ts
 * const items = await batchGetItems<ArticleItem>(context, ids.map((id) => tableKeys.article(id)));
 * ```
 */
export async function batchGetItems<T>(
  context: StoreContext,
  keys: readonly Key[],
  options: { consistentRead?: boolean } = {},
): Promise<T[]> {
  const unique = [...new Map(keys.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
  const calls: Key[][] = [];
  for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
    calls.push(unique.slice(start, start + BATCH_GET_LIMIT));
  }
  const pages = await mapConcurrent(calls, context.concurrency, async (call) => {
    const found: T[] = [];
    let pending: Key[] = call;
    for (let attempt = 1; ; attempt++) {
      const output = await context.client.send(
        new BatchGetCommand({
          RequestItems: { [context.tableName]: { Keys: pending, ConsistentRead: options.consistentRead } },
        }),
      );
      found.push(...((output.Responses?.[context.tableName] ?? []) as T[]));
      pending = (output.UnprocessedKeys?.[context.tableName]?.Keys ?? []) as Key[];
      if (pending.length === 0) return found;
      if (attempt >= context.retry.maxAttempts)
        throw new UnprocessedRequestsError('BatchGetItem', pending.length);
      await sleep(backoffDelay(attempt, context.retry));
    }
  });
  return pages.flat();
}
