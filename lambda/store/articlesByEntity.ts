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
      // Index rows are keyed for this query in the table itself (docs/table-design.md).
      partitionKey: 'pk',
      sortKey: 'sk',
      partition: (shard) => tableKeys.entityPartition(kind, name, shard),
    },
    options,
  );
}
