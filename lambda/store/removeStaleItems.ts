import { articleId } from './articleId';
import { batchWriteItems, type WriteRequest } from './batchWriteItems';
import { ARTICLE_SK, SCHEMA_VERSION } from './constants';
import { mapConcurrent } from './mapConcurrent';
import { queryAllItems } from './queryAllItems';
import { tableKeys } from './tableKeys';
import type { ArticleItem, ArticleSource, StoreContext } from './types';

/** What a write keeps, and how far back it must look for what an earlier version left. */
export interface StaleItemsScope {
  bucket: string;
  key: string;
  /** Sort keys the new version wrote, per article id (article, index and chunk items); other ids go. */
  kept: ReadonlyMap<string, ReadonlySet<string>>;
  /** Documents an earlier version or an interrupted write may have left: ids 1..previousRange are checked. */
  previousRange: number;
  /** ISO timestamp for tombstones. */
  deletedAt: string;
  /** TTL of tombstones, epoch seconds. */
  expiresAt: number;
}

interface PartitionEntry {
  sk: string;
  status?: string;
  source?: ArticleSource;
}

/**
 * Removes what no longer belongs to the key: in the partitions of documents the new version still has,
 * every item it did not write (an author or entity that changed, surplus chunks); in the partitions of
 * documents it no longer has, every index and chunk item, and the article becomes a `DELETED` tombstone
 * without its text. Reads each partition with a consistent Query, so leftovers of an interrupted write
 * are found as well as those of the last committed version.
 *
 * @example
 * ```ts
 * await removeStaleItems(context, { bucket, key, kept, previousRange: 5, deletedAt, expiresAt });
 * ```
 */
export async function removeStaleItems(context: StoreContext, scope: StaleItemsScope): Promise<void> {
  const indexes = Array.from({ length: scope.previousRange }, (_, position) => position + 1);
  const requests = await mapConcurrent(indexes, context.concurrency, async (documentIndex) => {
    const id = articleId(scope.bucket, scope.key, documentIndex);
    const entries = await queryAllItems<PartitionEntry>(context, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': tableKeys.article(id).pk },
      ExpressionAttributeNames: { '#status': 'status', '#source': 'source' },
      ProjectionExpression: 'sk, #status, #source',
      ConsistentRead: true,
    });
    const kept = scope.kept.get(id);
    return kept === undefined
      ? tombstoneRequests(entries, id, documentIndex, scope)
      : staleRequests(entries, id, kept);
  });
  await batchWriteItems(context, requests.flat());
}

function staleRequests(entries: PartitionEntry[], id: string, kept: ReadonlySet<string>): WriteRequest[] {
  return entries
    .filter((entry) => !kept.has(entry.sk))
    .map((entry) => ({ DeleteRequest: { Key: { pk: tableKeys.article(id).pk, sk: entry.sk } } }));
}

function tombstoneRequests(
  entries: PartitionEntry[],
  id: string,
  documentIndex: number,
  scope: StaleItemsScope,
): WriteRequest[] {
  const requests: WriteRequest[] = entries
    .filter((entry) => entry.sk !== ARTICLE_SK)
    .map((entry) => ({ DeleteRequest: { Key: { pk: tableKeys.article(id).pk, sk: entry.sk } } }));
  const article = entries.find((entry) => entry.sk === ARTICLE_SK);
  if (article !== undefined && article.status !== 'DELETED') {
    const tombstone: ArticleItem = {
      ...tableKeys.article(id),
      type: 'ARTICLE',
      schemaVersion: SCHEMA_VERSION,
      id,
      status: 'DELETED',
      source: article.source ?? { bucket: scope.bucket, key: scope.key, versionId: null, documentIndex },
      deletedAt: scope.deletedAt,
      expiresAt: scope.expiresAt,
    };
    requests.push({ PutRequest: { Item: tombstone } });
  }
  return requests;
}
