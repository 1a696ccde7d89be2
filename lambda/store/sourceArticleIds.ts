import { articleId } from './articleId';
import type { SourceItem } from './types';

/**
 * The article ids of a source item: its `articleIds`, or, for an export too large to list them, the ids of
 * documents 1..`articleCount` (ids are derived from bucket, key and position).
 *
 * @example
 * ```ts
 * const ids = sourceArticleIds(sourceItem);
 * ```
 */
export function sourceArticleIds(
  item: Pick<SourceItem, 'bucket' | 'key' | 'articleIds' | 'articleCount'>,
): string[] {
  if (item.articleIds !== undefined) return item.articleIds;
  return Array.from({ length: item.articleCount ?? 0 }, (_, position) =>
    articleId(item.bucket, item.key, position + 1),
  );
}
