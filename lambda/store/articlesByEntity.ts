import { LOOKUP_INDEX } from './constants';
import { queryShardedArticles } from './queryShardedArticles';
import { tableKeys } from './tableKeys';
import type { ArticleQueryOptions, EntityKind, Page, StoreContext, StoredArticle } from './types';

/**
 * Access pattern 4: the articles that mention a person, organization or place (by the canonical name
 * enrichment gives), matched case-insensitively, newest first, paginated.
 *
 * @example
 * ```ts
 * const page = await articlesByEntity(context, 'person', 'Mark Milley');
 * ```
 */
export function articlesByEntity(
  context: StoreContext,
  kind: EntityKind,
  name: string,
  options: ArticleQueryOptions = {},
): Promise<Page<StoredArticle>> {
  return queryShardedArticles(
    context,
    {
      indexName: LOOKUP_INDEX,
      partitionKey: 'gsi2pk',
      sortKey: 'gsi2sk',
      partition: (shard) => tableKeys.entityPartition(kind, name, shard),
    },
    options,
  );
}
