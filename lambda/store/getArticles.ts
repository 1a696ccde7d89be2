import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batchGetItems';
import { CorruptArticleBodyError } from './errors';
import { mapConcurrent } from './mapConcurrent';
import { queryAllItems } from './queryAllItems';
import { tableKeys } from './tableKeys';
import { toStoredArticle } from './toStoredArticle';
import type { ArticleItem, ChunkItem, StoreContext, StoredArticle } from './types';

/** Reads of a chunked article that met a rewrite in progress before giving up. */
const TORN_READ_ATTEMPTS = 3;

/**
 * Articles by id, in the order asked (ids not found are left out), whole: a packed article is unpacked and
 * a chunked one reassembled from its chunk items. A chunked article read while a rewrite replaces its
 * chunks is read again.
 *
 * @example
 * ```ts
 * const [article] = await getArticles(context, [id]);
 * ```
 */
export async function getArticles(
  context: StoreContext,
  ids: readonly string[],
  options: { consistentRead?: boolean } = {},
): Promise<StoredArticle[]> {
  const items = await batchGetItems<ArticleItem>(
    context,
    ids.map((id) => tableKeys.article(id)),
    options,
  );
  const byId = new Map(items.map((item) => [item.id, item]));
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  return mapConcurrent(found, context.concurrency, (item) => wholeArticle(context, item));
}

async function wholeArticle(context: StoreContext, first: ArticleItem): Promise<StoredArticle> {
  let item: ArticleItem | undefined = first;
  for (let attempt = 1; ; attempt++) {
    if (item.chunkCount === undefined) return toStoredArticle(item);
    const chunks = await queryAllItems<ChunkItem>(context, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :chunk)',
      ExpressionAttributeValues: { ':pk': item.pk, ':chunk': 'CHUNK#' },
      ConsistentRead: true,
    });
    try {
      return toStoredArticle(item, chunks);
    } catch (error) {
      if (!(error instanceof CorruptArticleBodyError) || attempt >= TORN_READ_ATTEMPTS) throw error;
    }
    const reread = await context.client.send(
      new GetCommand({ TableName: context.tableName, Key: tableKeys.article(item.id), ConsistentRead: true }),
    );
    item = reread.Item as ArticleItem | undefined;
    if (item === undefined) throw new CorruptArticleBodyError(first.id);
  }
}
