import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './types';

/**
 * Every item a Query matches, following `LastEvaluatedKey` page by page.
 *
 * @example
 * ```ts
 * const items = await queryAllItems(context, {
 *   KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'ARTICLE#…' },
 * });
 * ```
 */
export async function queryAllItems<T = Record<string, unknown>>(
  context: StoreContext,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<T[]> {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await context.client.send(
      new QueryCommand({ ...input, TableName: context.tableName, ExclusiveStartKey: startKey }),
    );
    items.push(...((output.Items ?? []) as T[]));
    startKey = output.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
}
