import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { aggregateDeltas } from './aggregateDeltas';
import { aggregateKeys } from './aggregateKeys';
import type { AggregateBatchResult, ChangeOutcome, ChangeRecord, CounterDelta } from './types';

/** A marker outlives the stream's 24-hour retention, so any redelivery still finds it. */
const MARKER_TTL_SECONDS = 2 * 24 * 60 * 60;
/** DynamoDB's limit on the items of one TransactWriteItems. */
export const MAX_TRANSACTION_ITEMS = 100;

interface Counted {
  index: number;
  change: ChangeRecord;
  deltas: CounterDelta[];
}

/**
 * Applies a batch of changes (one invocation's stream records, in stream order) exactly once, in as few
 * transactions as DynamoDB allows: each transaction puts the marker `AGG#EVENT#<eventID>` of every
 * counted change in it (on the condition that it does not exist) and adds the changes' deltas summed per
 * counter item, so ten articles of one day cost one day-item write, not ten. A batch whose markers and
 * counter items exceed {@link MAX_TRANSACTION_ITEMS} is cut into consecutive groups, one transaction each.
 * A redelivered change (at-least-once delivery, a retried or bisected batch, a concurrent poller) fails its
 * marker's condition: the transaction is cancelled whole, the changes whose markers exist are dropped as
 * duplicates and the rest is tried again. Any other failure stops the batch at that group: the result
 * says from which change nothing was applied (`failedFrom`), so the handler reports it as the first
 * failed item; every group before it is committed and its markers make a redelivery a no-op.
 *
 * @example
 * const result = await applyAggregateBatch(client, 'articles', changes, new Date());
 * result.outcomes; // ['applied', 'nothing', 'duplicate', …], one per change
 */
export async function applyAggregateBatch(
  client: DynamoDBDocumentClient,
  tableName: string,
  changes: readonly ChangeRecord[],
  now: Date,
): Promise<AggregateBatchResult> {
  const outcomes: ChangeOutcome[] = changes.map(() => 'nothing');
  const seen = new Set<string>();
  const counted: Counted[] = [];
  changes.forEach((change, index) => {
    const deltas = aggregateDeltas(change);
    if (deltas.length === 0) return;
    // The same change twice in one batch: a transaction may not write one marker twice.
    if (seen.has(change.eventId)) {
      outcomes[index] = 'duplicate';
      return;
    }
    seen.add(change.eventId);
    counted.push({ index, change, deltas });
  });
  let transactions = 0;
  for (const group of groupsOf(counted)) {
    let pending = group;
    while (pending.length > 0) {
      try {
        transactions++;
        await client.send(
          new TransactWriteCommand({ TransactItems: transactItems(tableName, pending, now) }),
        );
        for (const one of pending) outcomes[one.index] = 'applied';
        pending = [];
      } catch (error) {
        const duplicates = duplicateMarkers(error, pending.length);
        if (duplicates === undefined) {
          return { outcomes, transactions, failedFrom: group[0]?.index, error };
        }
        for (const position of duplicates) outcomes[(pending[position] as Counted).index] = 'duplicate';
        pending = pending.filter((_, position) => !duplicates.has(position));
      }
    }
  }
  return { outcomes, transactions };
}

/** Consecutive groups whose markers and distinct counter items fit one transaction. */
function groupsOf(counted: readonly Counted[]): Counted[][] {
  const groups: Counted[][] = [];
  let group: Counted[] = [];
  let items = new Set<string>();
  for (const one of counted) {
    const added = one.deltas.map(itemId).filter((id) => !items.has(id));
    if (group.length > 0 && group.length + 1 + new Set([...items, ...added]).size > MAX_TRANSACTION_ITEMS) {
      groups.push(group);
      group = [];
      items = new Set();
    }
    group.push(one);
    for (const delta of one.deltas) items.add(itemId(delta));
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function transactItems(tableName: string, group: readonly Counted[], now: Date) {
  const expiresAt = Math.floor(now.getTime() / 1000) + MARKER_TTL_SECONDS;
  return [
    // Markers first: a cancellation reason's position then names the change.
    ...group.map((one) => ({
      Put: {
        TableName: tableName,
        Item: { ...aggregateKeys.eventMarker(one.change.eventId), type: 'AGGREGATE', expiresAt },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    })),
    ...sumByItem(group.flatMap((one) => one.deltas)).map((item) => ({
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
  ];
}

/** Positions of the markers that already exist, or undefined when the cancellation was for another reason. */
function duplicateMarkers(error: unknown, markers: number): Set<number> | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  const duplicates = new Set<number>();
  for (const [position, reason] of reasons.entries()) {
    const code = reason?.Code ?? 'None';
    if (code === 'None') continue;
    if (code !== 'ConditionalCheckFailed' || position >= markers) return undefined;
    duplicates.add(position);
  }
  return duplicates.size > 0 ? duplicates : undefined;
}

function itemId(delta: CounterDelta): string {
  return `${delta.pk}\n${delta.sk}`;
}

/** A transaction may touch an item once: one update per item, its counters summed; a net zero moves nothing. */
function sumByItem(
  deltas: readonly CounterDelta[],
): { pk: string; sk: string; name?: string; counters: [string, number][] }[] {
  const items = new Map<string, { pk: string; sk: string; name?: string; counters: Map<string, number> }>();
  for (const delta of deltas) {
    const id = itemId(delta);
    const item = items.get(id) ?? { pk: delta.pk, sk: delta.sk, counters: new Map<string, number>() };
    if (delta.name !== undefined && item.name === undefined) item.name = delta.name;
    item.counters.set(delta.attribute, (item.counters.get(delta.attribute) ?? 0) + delta.delta);
    items.set(id, item);
  }
  return [...items.values()]
    .map(({ counters, ...item }) => ({ ...item, counters: [...counters].filter(([, sum]) => sum !== 0) }))
    .filter((item) => item.counters.length > 0);
}
