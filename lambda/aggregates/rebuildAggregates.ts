import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { aggregateItemsOf } from './aggregateItemsOf';
import { AGGREGATE_SHARDS, aggregateKeys } from './aggregateKeys';

/** What {@link rebuildAggregates} did. */
export interface RebuildSummary {
  /** Source and article items counted. */
  itemsCounted: number;
  /** Counter items written with their recounted values. */
  countersWritten: number;
  /** Counter items that counted something no longer in the table, deleted. */
  countersDeleted: number;
}

const SCAN_SEGMENTS = 4;
const ITEMS_PER_CALL = 25;
const MAX_ATTEMPTS = 8;

/**
 * Recounts the browser's aggregates from what the table holds, and writes them: a parallel scan reads
 * every source and article item (only the attributes the counts need), {@link aggregateItemsOf} turns them
 * into counter items, each is put with its recounted value, and a counter item the recount no longer has
 * is deleted. Idempotent: a second run on the same table writes the same values. The per-change markers
 * are left alone. For a table that existed before the consumer was attached (the stream keeps only 24
 * hours), or to repair counters: run it while nothing is being ingested and the consumer has caught up,
 * since a change the consumer applies during the scan may be counted twice or not at all (docs/browse.md).
 *
 * @example
 * const summary = await rebuildAggregates(documents, 'articles');
 * summary.countersWritten; // 9
 */
export async function rebuildAggregates(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<RebuildSummary> {
  const counted: Record<string, unknown>[] = [];
  await Promise.all(
    Array.from({ length: SCAN_SEGMENTS }, async (_, segment) => {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new ScanCommand({
            TableName: tableName,
            Segment: segment,
            TotalSegments: SCAN_SEGMENTS,
            FilterExpression: '#type IN (:source, :article)',
            ProjectionExpression: 'pk, #type, #status, sortDate, publication',
            ExpressionAttributeNames: { '#type': 'type', '#status': 'status' },
            ExpressionAttributeValues: { ':source': 'SOURCE', ':article': 'ARTICLE' },
            ExclusiveStartKey: start,
          }),
        );
        counted.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
    }),
  );
  const recounted = aggregateItemsOf(counted);
  const keep = new Set(recounted.map((item) => `${item.pk}\n${item.sk}`));
  const stale = (await existingCounterKeys(client, tableName)).filter(
    (key) => !keep.has(`${key.pk}\n${key.sk}`),
  );
  await writeAll(client, tableName, [
    ...recounted.map((Item) => ({ PutRequest: { Item } })),
    ...stale.map((Key) => ({ DeleteRequest: { Key } })),
  ]);
  return { itemsCounted: counted.length, countersWritten: recounted.length, countersDeleted: stale.length };
}

/** The keys of the counter items there are now: the status items and every day item of every shard. */
async function existingCounterKeys(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<{ pk: string; sk: string }[]> {
  const statusKeys = Array.from({ length: AGGREGATE_SHARDS }, (_, shard) =>
    aggregateKeys.statusCounter(shard),
  );
  const found = await client.send(
    new BatchGetCommand({
      RequestItems: { [tableName]: { Keys: statusKeys, ProjectionExpression: 'pk, sk' } },
    }),
  );
  const keys = (found.Responses?.[tableName] ?? []).map((item) => ({
    pk: String(item.pk),
    sk: String(item.sk),
  }));
  await Promise.all(
    Array.from({ length: AGGREGATE_SHARDS }, async (_, shard) => {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': aggregateKeys.dayPartition(shard) },
            ProjectionExpression: 'pk, sk',
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) keys.push({ pk: String(item.pk), sk: String(item.sk) });
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
    }),
  );
  return keys;
}

type WriteRequest = NonNullable<
  NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']>[string]
>[number];

async function writeAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: WriteRequest[],
): Promise<void> {
  for (let start = 0; start < requests.length; start += ITEMS_PER_CALL) {
    let pending = requests.slice(start, start + ITEMS_PER_CALL);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`${pending.length} counter writes stayed unprocessed`);
      if (attempt > 1)
        await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt)));
      const output = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (output.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    }
  }
}
