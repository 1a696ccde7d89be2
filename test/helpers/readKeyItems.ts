import { type DynamoDBDocumentClient, GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { articleId } from '../../lambda/store/articleId';
import { tableKeys } from '../../lambda/store/tableKeys';

/**
 * Every item that belongs to an object key, read consistently: the source item, the partitions of
 * documents 1..`maxDocuments` (articles, chunk items, schema 1 index items), then every author/entity
 * index row of those documents wherever it is (a consistent Scan by `id`, so a stale row in any partition
 * shows), in a stable order. Tests compare these snapshots to prove that a call changed nothing, or
 * exactly what it should.
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
  const ids = Array.from({ length: maxDocuments }, (_, position) => articleId(bucket, key, position + 1));
  const rows = scanIndexRows(client, tableName, ids);
  const sourceItem = (await source).Item;
  const articleItems = (await Promise.all(partitions)).flatMap((output) => output.Items ?? []);
  return [...(sourceItem === undefined ? [] : [sourceItem]), ...articleItems, ...(await rows)];
}

async function scanIndexRows(
  client: DynamoDBDocumentClient,
  tableName: string,
  ids: string[],
): Promise<Record<string, unknown>[]> {
  const values = Object.fromEntries(ids.map((id, index) => [`:id${index}`, id]));
  const rows: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: `#type = :index AND NOT begins_with(pk, :article) AND id IN (${Object.keys(values).join(', ')})`,
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':index': 'INDEX', ':article': 'ARTICLE#', ...values },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    rows.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey;
  } while (startKey !== undefined);
  const order = (row: Record<string, unknown>) => `${String(row.pk)}\u0000${String(row.sk)}`;
  return rows.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
