import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { articleId } from '../../lambda/store/articleId';
import { tableKeys } from '../../lambda/store/tableKeys';

/**
 * Every item that belongs to an object key, read consistently: the source item and the partitions of
 * documents 1..`maxDocuments` (articles, index and chunk items), in a stable order. Tests compare these
 * snapshots to prove that a call changed nothing, or exactly what it should.
 *
 * @example
 * ```ts
 * const before = await readKeyItems(documentClient, 'articles', 'incoming', 'a.txt');
 * ```
 */
export async function readKeyItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  bucket: string,
  key: string,
  maxDocuments = 8,
): Promise<Record<string, unknown>[]> {
  const source = client.send(
    new GetCommand({ TableName: tableName, Key: tableKeys.source(bucket, key), ConsistentRead: true }),
  );
  const partitions = Array.from({ length: maxDocuments }, (_, position) =>
    client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': tableKeys.article(articleId(bucket, key, position + 1)).pk },
        ConsistentRead: true,
      }),
    ),
  );
  const sourceItem = (await source).Item;
  const articleItems = (await Promise.all(partitions)).flatMap((output) => output.Items ?? []);
  return [...(sourceItem === undefined ? [] : [sourceItem]), ...articleItems];
}
