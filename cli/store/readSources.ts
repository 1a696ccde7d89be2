import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from '../../lambda/store/batchGetItems';
import { tableKeys } from '../../lambda/store/tableKeys';
import { toStoredSource } from '../../lambda/store/toStoredSource';
import type { SourceItem, StoredSource } from '../../lambda/store/types';

/**
 * The source records of many keys of one bucket at once (BatchGetItem, 100 keys a call, consistent),
 * by key; keys without a record are absent. `status` and `reprocess` read thousands of keys this way
 * instead of one GetItem each.
 *
 * @example
 * const sources = await readSources(dynamo, 'articles', 'incoming', ['a.txt', 'b.txt']);
 * sources.get('a.txt')?.status; // 'PARSED'
 */
export async function readSources(
  client: DynamoDBDocumentClient,
  tableName: string,
  bucket: string,
  keys: readonly string[],
): Promise<Map<string, StoredSource>> {
  const items = await batchGetItems<SourceItem>(
    { client, tableName, concurrency: 8, retry: { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 2_000 } },
    keys.map((key) => tableKeys.source(bucket, key)),
    { consistentRead: true },
  );
  return new Map(items.map((item) => [item.key, toStoredSource(item)]));
}
