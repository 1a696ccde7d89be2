import { LOOKUP_INDEX } from './constants';
import { queryShardedArticles } from './queryShardedArticles';
import { tableKeys } from './tableKeys';
import type { ArticleQueryOptions, Page, StoreContext, StoredArticle } from './types';

/**
 * Access pattern 3: the articles of an author, matched case-insensitively, newest first, paginated.
 *
 * @example
 * ```ts
 * const page = await articlesByAuthor(context, 'robert burns');
 * ```
 */
export function articlesByAuthor(
  context: StoreContext,
  author: string,
  options: ArticleQueryOptions = {},
): Promise<Page<StoredArticle>> {
  return queryShardedArticles(
    context,
    {
      indexName: LOOKUP_INDEX,
      partitionKey: 'gsi2pk',
      sortKey: 'gsi2sk',
      partition: (shard) => tableKeys.authorPartition(author, shard),
    },
    options,
  );
}
