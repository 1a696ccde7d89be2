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
      // Index rows are keyed for this query in the table itself (docs/table-design.md).
      partitionKey: 'pk',
      sortKey: 'sk',
      partition: (shard) => tableKeys.authorPartition(author, shard),
    },
    options,
  );
}
