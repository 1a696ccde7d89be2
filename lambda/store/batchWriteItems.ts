import { setTimeout as sleep } from 'node:timers/promises';
import { BatchWriteCommand, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { backoffDelay } from './backoffDelay';
import { BATCH_WRITE_LIMIT } from './constants';
import { UnprocessedRequestsError } from './errors';
import { mapConcurrent } from './mapConcurrent';
import type { StoreContext } from './types';

/** A put or a delete of BatchWriteItem, in lib-dynamodb's native form. */
export type WriteRequest =
  | { PutRequest: { Item: { pk: string; sk: string } } }
  | { DeleteRequest: { Key: { pk: string; sk: string } } };

/**
 * Writes `requests` with BatchWriteItem, 25 a call and `context.concurrency` calls at once, retrying what
 * DynamoDB returns in `UnprocessedItems` with exponential back-off and full jitter. Two requests for one key
 * are folded into the last one (BatchWriteItem refuses duplicates). Throws {@link UnprocessedRequestsError}
 * when requests remain after `context.retry.maxAttempts`; the caller's retry (the message's) then
 * converges, since every request is idempotent.
 *
 * @example
 * ```ts
 * await batchWriteItems(context, items.map((Item) => ({ PutRequest: { Item } })));
 * ```
 */
export async function batchWriteItems(
  context: StoreContext,
  requests: readonly WriteRequest[],
): Promise<void> {
  const byKey = new Map<string, WriteRequest>();
  for (const request of requests) {
    const key = 'PutRequest' in request ? request.PutRequest.Item : request.DeleteRequest.Key;
    const id = `${key.pk}\u0000${key.sk}`;
    byKey.delete(id);
    byKey.set(id, request);
  }
  const unique = [...byKey.values()];
  const calls: WriteRequest[][] = [];
  for (let start = 0; start < unique.length; start += BATCH_WRITE_LIMIT) {
    calls.push(unique.slice(start, start + BATCH_WRITE_LIMIT));
  }
  await mapConcurrent(calls, context.concurrency, (call) => writeWithRetry(context, call));
}

async function writeWithRetry(context: StoreContext, requests: WriteRequest[]): Promise<void> {
  let pending = requests;
  for (let attempt = 1; ; attempt++) {
    const output = await context.client.send(
      new BatchWriteCommand({
        RequestItems: {
          [context.tableName]: pending as NonNullable<BatchWriteCommandInput['RequestItems']>[string],
        },
      }),
    );
    pending = (output.UnprocessedItems?.[context.tableName] ?? []) as WriteRequest[];
    if (pending.length === 0) return;
    if (attempt >= context.retry.maxAttempts) {
      throw new UnprocessedRequestsError('BatchWriteItem', pending.length);
    }
    await sleep(backoffDelay(attempt, context.retry));
  }
}
