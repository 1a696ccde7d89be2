import { BatchGetCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AGGREGATE_SHARDS, aggregateKeys } from './aggregateKeys';
import type { CountedStatus } from './types';

/** What the aggregates hold, summed over their shards. */
export interface AggregateTotals {
  counts: Record<CountedStatus, number>;
  articleCount: number;
  /** Articles per day and publication, oldest day first. */
  perDay: { publication: string; day: string; count: number }[];
}

const STATUSES: readonly CountedStatus[] = ['PARSED', 'REJECTED', 'FAILED', 'DELETED', 'PENDING'];

/**
 * Reads the aggregates: the 8 status counter items (one BatchGetItem) and the day counters since `since`
 * (8 queries); undefined when no counter item exists (no consumer attached).
 *
 * @example
 * const totals = await readAggregates(client, 'articles', '2026-01-01');
 * totals?.counts.PARSED;
 */
export async function readAggregates(
  client: DynamoDBDocumentClient,
  tableName: string,
  since = '0000-00-00',
): Promise<AggregateTotals | undefined> {
  const keys = Array.from({ length: AGGREGATE_SHARDS }, (_, shard) => aggregateKeys.statusCounter(shard));
  const answer = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }));
  const items = answer.Responses?.[tableName] ?? [];
  if (items.length === 0) return undefined;
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<CountedStatus, number>;
  let articleCount = 0;
  for (const item of items) {
    for (const status of STATUSES) counts[status] += Number(item[status] ?? 0);
    articleCount += Number(item.ARTICLES ?? 0);
  }
  const perDay = new Map<string, { publication: string; day: string; count: number }>();
  await Promise.all(
    Array.from({ length: AGGREGATE_SHARDS }, async (_, shard) => {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk >= :since',
            ExpressionAttributeValues: { ':pk': aggregateKeys.dayPartition(shard), ':since': since },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          const count = Number(item.articles ?? 0);
          if (count === 0) continue;
          const sk = String(item.sk);
          const row = perDay.get(sk) ?? {
            publication: String(item.name ?? ''),
            day: sk.slice(0, 10),
            count: 0,
          };
          row.count += count;
          perDay.set(sk, row);
        }
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
    }),
  );
  return {
    counts,
    articleCount,
    perDay: [...perDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
  };
}
