import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { LOOKUP_INDEX } from './constants';
import { pageCursor } from './pageCursor';
import type { PageOptions, StoreContext } from './types';

const DEFAULT_LIMIT = 25;

/**
 * One page of table keys from one partition of the `lookup` index, descending; the cursor wraps
 * DynamoDB's `LastEvaluatedKey`.
 *
 * @example
 * ```ts
 * const { keys, cursor } = await queryLookupPage(context, 'STATUS#REJECTED', { limit: 50 });
 * ```
 */
export async function queryLookupPage(
  context: StoreContext,
  partition: string,
  options: PageOptions = {},
): Promise<{ keys: Array<{ pk: string; sk: string }>; cursor: string | null }> {
  const output = await context.client.send(
    new QueryCommand({
      TableName: context.tableName,
      IndexName: LOOKUP_INDEX,
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: false,
      Limit: options.limit ?? DEFAULT_LIMIT,
      ExclusiveStartKey: options.cursor ? pageCursor.decode(options.cursor) : undefined,
    }),
  );
  return {
    keys: (output.Items ?? []).map((item) => ({ pk: item.pk as string, sk: item.sk as string })),
    cursor: output.LastEvaluatedKey === undefined ? null : pageCursor.encode(output.LastEvaluatedKey),
  };
}
