import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { backoffDelay } from '../../lambda/store/backoffDelay';
import { BATCH_GET_LIMIT } from '../../lambda/store/constants';
import { UnprocessedRequestsError } from '../../lambda/store/errors';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';

type Key = { pk: string; sk: string };

const ATTEMPTS = 8;
const RETRY = { baseDelayMs: 50, maxDelayMs: 2_000 };
/** BatchGetItem calls in flight. */
const CONCURRENCY = 8;

/**
 * Reads only the named attributes of items by key (BatchGetItem, 100 keys a call, eventually consistent,
 * `UnprocessedKeys` retried with back-off): the overview's sample needs a few attributes of each item, not
 * the whole item. Items found, in no particular order.
 *
 * @example
 * const items = await batchGetProjected(client, 'articles', keys, ['id', 'authors']);
 */
export async function batchGetProjected<T>(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
  attributes: readonly string[],
): Promise<T[]> {
  const names = Object.fromEntries(attributes.map((name, index) => [`#a${index}`, name]));
  const projection = Object.keys(names).join(', ');
  const calls: Key[][] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    calls.push(keys.slice(start, start + BATCH_GET_LIMIT));
  }
  const pages = await mapConcurrent(calls, CONCURRENCY, async (call) => {
    const found: T[] = [];
    let pending: Key[] = call;
    for (let attempt = 1; ; attempt++) {
      const output = await client.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: { Keys: pending, ProjectionExpression: projection, ExpressionAttributeNames: names },
          },
        }),
      );
      found.push(...((output.Responses?.[tableName] ?? []) as T[]));
      pending = (output.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
      if (pending.length === 0) return found;
      if (attempt >= ATTEMPTS) throw new UnprocessedRequestsError('BatchGetItem', pending.length);
      await sleep(backoffDelay(attempt, RETRY));
    }
  });
  return pages.flat();
}
