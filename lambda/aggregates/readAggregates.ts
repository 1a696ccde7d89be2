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

/** Which day counters to read: those since a day, and at most the newest `newestPerShard` of each shard. */
export interface DayWindow {
  /** `YYYY-MM-DD`; every day when not given. */
  since?: string;
  /** Day items per shard, newest first (they sort by `<day>#<publication>`); all when not given. */
  newestPerShard?: number;
  /** `false`: the status counters alone (one BatchGetItem), `perDay` left empty. */
  days?: boolean;
}

/**
 * Reads the aggregates: the 8 status counter items (one BatchGetItem) and the day counters in the window
 * (8 queries, in parallel, reading only the day, name and count of each; none with `days: false`); undefined when no counter item exists (no consumer attached). The day items
 * grow with days × publications: a reader that shows a recent window reads only that.
 *
 * @example
 * const totals = await readAggregates(client, 'articles', '2026-01-01');
 * totals?.counts.PARSED;
 */
export async function readAggregates(
  client: DynamoDBDocumentClient,
  tableName: string,
  since: string | DayWindow = '0000-00-00',
): Promise<AggregateTotals | undefined> {
  const window = typeof since === 'string' ? { since } : since;
  const keys = Array.from({ length: AGGREGATE_SHARDS }, (_, shard) => aggregateKeys.statusCounter(shard));
  // The counters and the day items are read at once: waiting for one before the other doubles the latency.
  const counterRead = client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }));
  const perDay = new Map<string, { publication: string; day: string; count: number }>();
  // With `newestPerShard`: days up to this one are incomplete in some shard, and are left out.
  let cutoff = '';
  const daysRead = Promise.all(
    Array.from({ length: window.days === false ? 0 : AGGREGATE_SHARDS }, async (_, shard) => {
      let start: Record<string, unknown> | undefined;
      let read = 0;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk >= :since',
            // Only what is summed: the day items are the most numerous the overview reads.
            ProjectionExpression: 'sk, #name, articles',
            ExpressionAttributeNames: { '#name': 'name' },
            ExpressionAttributeValues: {
              ':pk': aggregateKeys.dayPartition(shard),
              ':since': window.since ?? '0000-00-00',
            },
            ExclusiveStartKey: start,
            ...(window.newestPerShard === undefined
              ? {}
              : { ScanIndexForward: false, Limit: window.newestPerShard - read }),
          }),
        );
        read += page.Items?.length ?? 0;
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
        if (start !== undefined && window.newestPerShard !== undefined && read >= window.newestPerShard) {
          // This shard has older days unread: its oldest day read may be partial, and older ones are missing.
          cutoff = String(start.sk).slice(0, 10) > cutoff ? String(start.sk).slice(0, 10) : cutoff;
          break;
        }
      } while (start !== undefined);
    }),
  );
  daysRead.catch(() => undefined);
  const items = (await counterRead).Responses?.[tableName] ?? [];
  if (items.length === 0) return undefined;
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<CountedStatus, number>;
  let articleCount = 0;
  for (const item of items) {
    for (const status of STATUSES) counts[status] += Number(item[status] ?? 0);
    articleCount += Number(item.ARTICLES ?? 0);
  }
  await daysRead;
  return {
    counts,
    articleCount,
    perDay: [...perDay.values()]
      .filter((row) => row.day > cutoff)
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
  };
}
