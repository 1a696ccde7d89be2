import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getArticles } from './getArticles';
import { tableKeys } from './tableKeys';
import { toStoredSource } from './toStoredSource';
import type { SourceItem, SourceRecords, StoreContext } from './types';

/**
 * Access pattern 1: the status and records of an object key, read consistently (a user just uploaded it):
 * the source, then its articles by id. Undefined when the key was never seen.
 *
 * @example
 * ```ts
 * const records = await getSourceRecords(context, 'incoming', 'seeds/a.txt');
 * console.log(records?.source.status, records?.articles.length);
 * ```
 */
export async function getSourceRecords(
  context: StoreContext,
  bucket: string,
  key: string,
): Promise<SourceRecords | undefined> {
  const output = await context.client.send(
    new GetCommand({
      TableName: context.tableName,
      Key: tableKeys.source(bucket, key),
      ConsistentRead: true,
    }),
  );
  if (output.Item === undefined) return undefined;
  const source = toStoredSource(output.Item as SourceItem);
  const articles = await getArticles(context, source.articleIds, { consistentRead: true });
  return { source, articles };
}
