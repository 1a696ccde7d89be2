import { setTimeout as sleep } from 'node:timers/promises';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';
import { BenchCheckError } from '../support/errors';

/** BatchWriteItem's limit per call. */
const ITEMS_PER_CALL = 25;
/** Calls one object keeps in flight: the store's default `concurrency`. */
const CALLS_PER_OBJECT = 8;
const MAX_ATTEMPTS = 10;

type Item = Record<string, unknown> & { pk: string; sk: string };

/**
 * Plain `BatchWriteItem` of the same items the store writes, with no claim, lease, condition or commit:
 * each object's items in calls of 25 (8 in flight per object, as the store sends them), `concurrency`
 * objects at once, unprocessed items retried. Returns the wall time in ms: the floor the store's
 * guarantees are measured against.
 *
 * @example
 * ```ts
 * const ms = await writeWithBatchWrite(client, 'bench-bare', itemsByObject, 100);
 * ```
 */
export async function writeWithBatchWrite(
  client: DynamoDBClient,
  tableName: string,
  itemsByObject: readonly (readonly Item[])[],
  concurrency: number,
): Promise<number> {
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const write = async (items: Item[]) => {
    let pending = items.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new BenchCheckError(`${pending.length} items stayed unprocessed`);
      if (attempt > 1) await sleep(Math.min(1_000, 25 * 2 ** attempt));
      const output = await documents.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (output.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  };
  const started = performance.now();
  await mapConcurrent(itemsByObject, concurrency, (items) => {
    const calls: Item[][] = [];
    for (let start = 0; start < items.length; start += ITEMS_PER_CALL) {
      calls.push(items.slice(start, start + ITEMS_PER_CALL));
    }
    return mapConcurrent(calls, CALLS_PER_OBJECT, write);
  });
  return performance.now() - started;
}
