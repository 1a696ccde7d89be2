import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';

const SEGMENTS = 4;

/**
 * Counts a table's items (those matching `filter`, when given) with a parallel `Scan` that returns counts
 * only: the check that a run stored everything it should.
 *
 * @example
 * ```ts
 * const articles = await countTableItems(client, table, {
 *   FilterExpression: '#type = :type', ExpressionAttributeNames: { '#type': 'type' },
 *   ExpressionAttributeValues: { ':type': 'ARTICLE' },
 * });
 * ```
 */
export async function countTableItems(
  client: DynamoDBClient,
  tableName: string,
  filter: Pick<
    ScanCommandInput,
    'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
  > = {},
): Promise<number> {
  const documents = DynamoDBDocumentClient.from(client);
  const counts = await Promise.all(
    Array.from({ length: SEGMENTS }, async (_, segment) => {
      let count = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await documents.send(
          new ScanCommand({
            TableName: tableName,
            Select: 'COUNT',
            Segment: segment,
            TotalSegments: SEGMENTS,
            ExclusiveStartKey: startKey,
            ...filter,
          }),
        );
        count += page.Count ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey !== undefined);
      return count;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
