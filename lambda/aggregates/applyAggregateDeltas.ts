import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { aggregateDeltas } from './aggregateDeltas';
import { aggregateKeys } from './aggregateKeys';
import type { ChangeRecord, CounterDelta } from './types';

/** A marker outlives the stream's 24-hour retention, so any redelivery still finds it. */
const MARKER_TTL_SECONDS = 2 * 24 * 60 * 60;

/**
 * Applies one change's counter deltas exactly once: one transaction puts the change's marker (on the
 * condition that it does not exist) and adds the deltas. A redelivered change (the stream and the event
 * source deliver at least once) fails the condition and changes nothing. Returns what it did.
 *
 * @example
 * await applyAggregateDeltas(client, 'articles', change, new Date()); // 'applied' | 'duplicate' | 'nothing'
 */
export async function applyAggregateDeltas(
  client: DynamoDBDocumentClient,
  tableName: string,
  change: ChangeRecord,
  now: Date,
): Promise<'applied' | 'duplicate' | 'nothing'> {
  const deltas = aggregateDeltas(change);
  if (deltas.length === 0) return 'nothing';
  const marker = aggregateKeys.eventMarker(change.eventId);
  try {
    await client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...marker,
                type: 'AGGREGATE',
                expiresAt: Math.floor(now.getTime() / 1000) + MARKER_TTL_SECONDS,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...groupByItem(deltas).map((item) => ({
            Update: {
              TableName: tableName,
              Key: { pk: item.pk, sk: item.sk },
              UpdateExpression: `SET #type = :type${item.name === undefined ? '' : ', #name = if_not_exists(#name, :name)'} ADD ${item.counters.map((_, index) => `#c${index} :d${index}`).join(', ')}`,
              ExpressionAttributeNames: {
                '#type': 'type',
                ...Object.fromEntries(item.counters.map(([attribute], index) => [`#c${index}`, attribute])),
                ...(item.name === undefined ? {} : { '#name': 'name' }),
              },
              ExpressionAttributeValues: {
                ':type': 'AGGREGATE',
                ...Object.fromEntries(item.counters.map(([, delta], index) => [`:d${index}`, delta])),
                ...(item.name === undefined ? {} : { ':name': item.name }),
              },
            },
          })),
        ],
      }),
    );
    return 'applied';
  } catch (error) {
    if (
      error instanceof TransactionCanceledException &&
      error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
    ) {
      return 'duplicate';
    }
    throw error;
  }
}

/** A transaction may touch an item once: one update per item, with all its counters. */
function groupByItem(
  deltas: readonly CounterDelta[],
): { pk: string; sk: string; name?: string; counters: [string, number][] }[] {
  const items = new Map<string, { pk: string; sk: string; name?: string; counters: [string, number][] }>();
  for (const delta of deltas) {
    const id = `${delta.pk}\n${delta.sk}`;
    const item = items.get(id) ?? { pk: delta.pk, sk: delta.sk, counters: [] };
    if (delta.name !== undefined) item.name = delta.name;
    item.counters.push([delta.attribute, delta.delta]);
    items.set(id, item);
  }
  return [...items.values()];
}
