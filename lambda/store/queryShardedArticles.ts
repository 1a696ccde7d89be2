import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { PUBLICATION_SHARDS } from './constants';
import { InvalidCursorError } from './errors';
import { getArticles } from './getArticles';
import { mapConcurrent } from './mapConcurrent';
import { pageCursor } from './pageCursor';
import type { ArticleQueryOptions, Page, StoreContext, StoredArticle } from './types';

/**
 * A sharded index: one partition per shard, sorted by `<sortDate>#<id>`; either a global secondary index
 * (`byPublication`) or the table's own keys (author and entity index rows: no `indexName`).
 */
export interface ShardedIndex {
  indexName?: string;
  partitionKey: 'gsi1pk' | 'pk';
  sortKey: 'gsi1sk' | 'sk';
  /** The partition of shard n. */
  partition(shard: number): string;
}

interface IndexEntry {
  id: string;
  sortKey: string;
}

const DEFAULT_LIMIT = 25;

/**
 * One page of articles from a sharded index, newest first: queries every shard (descending, in the date
 * range), merges by sort key and reads the page's articles. The cursor is the sort key of the page's last
 * article; sort keys are unique (they end with the id), so the next page starts right after it.
 *
 * @example
 * ```ts
 * const page = await queryShardedArticles(context, {
 *   indexName: 'byPublication', partitionKey: 'gsi1pk', sortKey: 'gsi1sk',
 *   partition: (shard) => tableKeys.publicationPartition('Albuquerque Journal', shard),
 * }, { limit: 10 });
 * ```
 */
export async function queryShardedArticles(
  context: StoreContext,
  index: ShardedIndex,
  options: ArticleQueryOptions = {},
): Promise<Page<StoredArticle>> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const before = options.cursor ? decodeBefore(options.cursor) : undefined;
  const shards = Array.from({ length: PUBLICATION_SHARDS }, (_, shard) => shard);
  const perShard = await mapConcurrent(shards, context.concurrency, (shard) =>
    queryShard(context, index, index.partition(shard), limit + 1, options, before),
  );
  const merged = perShard.flat().sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
  const page = merged.slice(0, limit);
  const articles = await getArticles(
    context,
    page.map((entry) => entry.id),
  );
  const last = page.at(-1);
  return {
    items: articles,
    cursor: merged.length > limit && last !== undefined ? pageCursor.encode({ before: last.sortKey }) : null,
  };
}

async function queryShard(
  context: StoreContext,
  index: ShardedIndex,
  partition: string,
  wanted: number,
  options: ArticleQueryOptions,
  before: string | undefined,
): Promise<IndexEntry[]> {
  const low = options.since;
  // `~` sorts after every character of an id, so the whole `until` day is included.
  const untilHigh = options.until === undefined ? undefined : `${options.until}#~`;
  const high = before !== undefined && (untilHigh === undefined || before <= untilHigh) ? before : untilHigh;
  const highIsCursor = high !== undefined && high === before;
  const values: Record<string, string> = { ':pk': partition };
  let condition = '#pk = :pk';
  if (low !== undefined && high !== undefined) {
    condition += ' AND #sk BETWEEN :low AND :high';
    Object.assign(values, { ':low': low, ':high': high });
  } else if (high !== undefined) {
    condition += highIsCursor ? ' AND #sk < :high' : ' AND #sk <= :high';
    values[':high'] = high;
  } else if (low !== undefined) {
    condition += ' AND #sk >= :low';
    values[':low'] = low;
  }
  const entries: IndexEntry[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await context.client.send(
      new QueryCommand({
        TableName: context.tableName,
        IndexName: index.indexName,
        KeyConditionExpression: condition,
        ExpressionAttributeNames: {
          '#pk': index.partitionKey,
          ...(condition.includes('#sk') ? { '#sk': index.sortKey } : {}),
        },
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        Limit: wanted + 1,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of output.Items ?? []) {
      const sortKey = item[index.sortKey] as string;
      // BETWEEN includes its upper bound: the cursor's own entry belongs to the previous page.
      if (highIsCursor && sortKey === before) continue;
      // The sort key ends with the id (`<sortDate>#<id>`, hex): the same in both kinds of index.
      entries.push({ id: sortKey.slice(sortKey.lastIndexOf('#') + 1), sortKey });
    }
    startKey = output.LastEvaluatedKey;
  } while (startKey !== undefined && entries.length < wanted);
  return entries.slice(0, wanted);
}

function decodeBefore(cursor: string): string {
  const { before } = pageCursor.decode(cursor);
  if (typeof before !== 'string') throw new InvalidCursorError();
  return before;
}
