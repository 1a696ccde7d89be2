import { getArticles } from './getArticles';
import { queryLookupPage } from './queryLookupPage';
import { tableKeys } from './tableKeys';
import type { Page, PageOptions, StoreContext, StoredArticle } from './types';

/**
 * Access pattern 6: the articles with the same `contentHash` (one wire story in several files), paginated.
 *
 * @example
 * ```ts
 * const { items } = await articlesByContentHash(context, article.contentHash);
 * ```
 */
export async function articlesByContentHash(
  context: StoreContext,
  contentHash: string,
  options: PageOptions = {},
): Promise<Page<StoredArticle>> {
  const { keys, cursor } = await queryLookupPage(context, tableKeys.hashPartition(contentHash), options);
  const articles = await getArticles(
    context,
    keys.map((key) => key.pk.slice('ARTICLE#'.length)),
  );
  return { items: articles, cursor };
}
