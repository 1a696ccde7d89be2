import type { WriteRequest } from './batchWriteItems';
import { SCHEMA_VERSION } from './constants';
import type { PreviousDocument } from './readPreviousDocuments';
import { tableKeys } from './tableKeys';
import type { ArticleItem, ArticleItems, ChunkItem, IndexRowKey } from './types';

/** What a rewrite knows besides the new items. */
export interface RewriteScope {
  bucket: string;
  key: string;
  /** The previous source item shows a write begun and not committed (`pendingDocumentCounts`). */
  interrupted: boolean;
  /** ISO timestamp for tombstones. */
  deletedAt: string;
  /** TTL of tombstones, epoch seconds. */
  expiresAt: number;
}

/** The writes of one version, by phase: each phase is complete before the next begins. */
export interface RewritePlan {
  /** Phase 1: chunk items, before the article items that point at them. */
  chunks: ChunkItem[];
  /** Phase 2: article items, listing their new rows and the earlier rows that may still exist. */
  articles: ArticleItem[];
  /**
   * Phase 3: the new index rows, and deletes of every earlier row, surplus chunk and schema 1 index item
   * the new version does not keep (of removed documents too).
   */
  rows: WriteRequest[];
  /** Phase 4: `DELETED` tombstones of documents the new version no longer has, once their rows are gone. */
  tombstones: ArticleItem[];
}

/**
 * Plans a write so that every index row that may exist is always listed by its article item
 * (`indexPartitions`, or `staleIndexKeys` while the source is uncommitted): rows are written only after the
 * article item that lists them, and an article item is overwritten only with the earlier rows it no
 * longer has carried over in `staleIndexKeys`, until phase 3 deletes them. A crash between phases thus
 * leaves nothing the next write cannot find (docs/store.md).
 *
 * @example
 * ```ts
 * const plan = planRewrite(items, await readPreviousDocuments(context, bucket, key, 3), scope);
 * ```
 */
export function planRewrite(
  items: readonly ArticleItems[],
  previous: readonly PreviousDocument[],
  scope: RewriteScope,
): RewritePlan {
  const previousById = new Map(previous.map((document) => [document.id, document]));
  const newIds = new Set(items.map((entry) => entry.article.id));
  const articles: ArticleItem[] = [];
  const rows: WriteRequest[] = [];
  for (const entry of items) {
    const earlier = previousById.get(entry.article.id);
    const written = new Set(entry.indexItems.map((row) => tableKeys.encodeRowKey(row)));
    const stale = earlier === undefined ? [] : possibleRows(earlier, scope.interrupted);
    // One entry per key: a batch that names a key twice is refused whole by DynamoDB.
    const staleIndexKeys = [
      ...new Set(stale.map((row) => tableKeys.encodeRowKey(row)).filter((row) => !written.has(row))),
    ];
    articles.push(staleIndexKeys.length === 0 ? entry.article : { ...entry.article, staleIndexKeys });
    rows.push(...entry.indexItems.map((Item) => ({ PutRequest: { Item } })));
    rows.push(...staleIndexKeys.map((row) => deleteOf(tableKeys.decodeRowKey(row))));
    const keptChunks = new Set(entry.chunks.map((chunk) => chunk.sk));
    rows.push(
      ...(earlier?.otherSortKeys ?? [])
        .filter((sk) => !keptChunks.has(sk))
        .map((sk) => deleteOf({ pk: entry.article.pk, sk })),
    );
  }
  const tombstones: ArticleItem[] = [];
  for (const document of previous) {
    if (newIds.has(document.id)) continue;
    const { pk } = tableKeys.article(document.id);
    rows.push(...possibleRows(document, scope.interrupted).map(deleteOf));
    rows.push(...document.otherSortKeys.map((sk) => deleteOf({ pk, sk })));
    const { article } = document;
    if (article === undefined || article.status === 'DELETED') continue;
    tombstones.push({
      ...tableKeys.article(document.id),
      type: 'ARTICLE',
      schemaVersion: SCHEMA_VERSION,
      id: document.id,
      status: 'DELETED',
      source: article.source ?? {
        bucket: scope.bucket,
        key: scope.key,
        versionId: null,
        documentIndex: document.documentIndex,
      },
      deletedAt: scope.deletedAt,
      expiresAt: scope.expiresAt,
    });
  }
  return { chunks: items.flatMap((entry) => entry.chunks), articles, rows, tombstones };
}

/**
 * Index rows of an earlier document that may exist: those its article item lists at its sort date, and,
 * when the last write was interrupted, the rows that write had not yet deleted (a committed write did).
 */
function possibleRows(document: PreviousDocument, interrupted: boolean): IndexRowKey[] {
  const { article } = document;
  if (article === undefined) return [];
  const listed =
    article.sortDate === undefined
      ? []
      : (article.indexPartitions ?? []).map((pk) => ({
          pk,
          sk: tableKeys.dateSortKey(article.sortDate as string, document.id),
        }));
  const stale = interrupted ? (article.staleIndexKeys ?? []).map((row) => tableKeys.decodeRowKey(row)) : [];
  return [...listed, ...stale];
}

function deleteOf(key: IndexRowKey): WriteRequest {
  return { DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } };
}
