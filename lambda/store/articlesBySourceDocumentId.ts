import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { getArticles } from './getArticles';
import { pageCursor } from './pageCursor';
import { tableKeys } from './tableKeys';
import type { Page, PageOptions, StoreContext, StoredArticle } from './types';

const DEFAULT_LIMIT = 25;

/**
 * The articles that carry a vendor's document id (`sourceDocumentId`: Factiva AN, ProQuest document ID,
 * Nexis document id…), across uploads, newest first, paginated: one document downloaded in several
 * exports. Vendor and id match case-insensitively, and the vendor is part of the key.
 *
 * @example
 * ```ts
 * const { items } = await articlesBySourceDocumentId(context, 'factiva', 'WSJO000020190502ef5200001');
 * ```
 */
export async function articlesBySourceDocumentId(
  context: StoreContext,
  vendor: string,
  id: string,
  options: PageOptions = {},
): Promise<Page<StoredArticle>> {
  const output = await context.client.send(
    new QueryCommand({
      TableName: context.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': tableKeys.sourceIdPartition(vendor, id) },
      ProjectionExpression: 'id',
      ScanIndexForward: false,
      Limit: options.limit ?? DEFAULT_LIMIT,
      ExclusiveStartKey: options.cursor ? pageCursor.decode(options.cursor) : undefined,
    }),
  );
  const ids = (output.Items ?? []).map((item) => item.id as string);
  return {
    items: await getArticles(context, ids),
    cursor: output.LastEvaluatedKey === undefined ? null : pageCursor.encode(output.LastEvaluatedKey),
  };
}
