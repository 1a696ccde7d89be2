import { BY_PUBLICATION_INDEX } from './constants';
import { queryShardedArticles } from './queryShardedArticles';
import { tableKeys } from './tableKeys';
import type { ArticleQueryOptions, Page, StoreContext, StoredArticle } from './types';

/**
 * Access pattern 2: a publication's articles, newest first by `publishedDate` (the upload day for those
 * without one), across the publication's index shards, paginated; `since`/`until` bound the date.
 * The name matches case-insensitively.
 *
 * @example
 * ```ts
 * const page = await articlesByPublication(context, 'Albuquerque Journal', { limit: 20, since: '2021-01-01' });
 * const next = await articlesByPublication(context, 'Albuquerque Journal', { limit: 20, cursor: page.cursor });
 * ```
 */
export function articlesByPublication(
  context: StoreContext,
  publication: string,
  options: ArticleQueryOptions = {},
): Promise<Page<StoredArticle>> {
  return queryShardedArticles(
    context,
    {
      indexName: BY_PUBLICATION_INDEX,
      partitionKey: 'gsi1pk',
      sortKey: 'gsi1sk',
      partition: (shard) => tableKeys.publicationPartition(publication, shard),
    },
    options,
  );
}
