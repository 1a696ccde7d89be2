import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { articleId } from './articleId';
import { CHUNK_BYTES, ITEM_SIZE_BUDGET, SCHEMA_VERSION } from './constants';
import { dynamoItemSize } from './dynamoItemSize';
import { ArticleTooLargeError } from './errors';
import { tableKeys } from './tableKeys';
import type { ArticleInput, ArticleItem, ArticleItems, ChunkItem, EntityKind, IndexItem } from './types';

/** Where and when an article is being written. */
export interface ArticleItemsContext {
  bucket: string;
  key: string;
  versionId: string | null;
  parserVersion: string;
  /** ISO timestamp of this write. */
  processedAt: string;
  /** `YYYY-MM-DD` of the upload: the sort date of an article without `publishedDate`. */
  uploadDay: string;
}

/** Fields a packed article keeps outside its body, for display and stream filters. */
const PACKED_KEEPS = [
  'publication',
  'headline',
  'publishedDate',
  'publishedDateSource',
  'contentHash',
] as const;

const ENTITY_LISTS: ReadonlyArray<[EntityKind, 'people' | 'organizations' | 'places']> = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['place', 'places'],
];

/**
 * The items one parsed article is stored as: the article item (with its `byPublication` and `lookup`
 * index keys), one index item per author and per entity, and, for an article too large for one item,
 * its fields packed as gzip-compressed JSON, inline or split into chunk items (docs/store.md).
 *
 * @example
 * ```ts
 * const { article, indexItems, chunks } = toArticleItems(parsed, {
 *   bucket: 'incoming', key: 'a.txt', versionId: null, parserVersion: '1.0.0',
 *   processedAt: '2026-01-02T03:04:05.000Z', uploadDay: '2026-01-02',
 * });
 * ```
 */
export function toArticleItems(article: ArticleInput, context: ArticleItemsContext): ArticleItems {
  const id = articleId(context.bucket, context.key, article.documentIndex);
  const shard = tableKeys.shard(id);
  const sortDate = article.publishedDate ?? context.uploadDay;
  const dateSortKey = tableKeys.dateSortKey(sortDate, id);
  const envelope: ArticleItem = {
    ...tableKeys.article(id),
    type: 'ARTICLE',
    schemaVersion: SCHEMA_VERSION,
    id,
    status: 'PARSED',
    source: {
      bucket: context.bucket,
      key: context.key,
      versionId: context.versionId,
      documentIndex: article.documentIndex,
    },
    parserVersion: context.parserVersion,
    processedAt: context.processedAt,
    sortDate,
    ...(article.publication === null
      ? {}
      : { gsi1pk: tableKeys.publicationPartition(article.publication, shard), gsi1sk: dateSortKey }),
    gsi2pk: tableKeys.hashPartition(article.contentHash),
    gsi2sk: id,
  };
  const whole: ArticleItem = { ...envelope, ...article };
  const packed = dynamoItemSize({ ...whole }) > ITEM_SIZE_BUDGET;
  const { item, chunks } = packed ? packArticle(envelope, article) : { item: whole, chunks: [] };
  return { article: item, indexItems: indexItemsOf(article, id, shard, dateSortKey), chunks };
}

function packArticle(
  envelope: ArticleItem,
  article: ArticleInput,
): { item: ArticleItem; chunks: ChunkItem[] } {
  const kept: Partial<ArticleInput> = {};
  for (const field of PACKED_KEEPS) Object.assign(kept, { [field]: article[field] });
  const body = gzipSync(JSON.stringify(article));
  const item: ArticleItem = { ...envelope, ...kept, bodyEncoding: 'gzip-json' };
  const outside = dynamoItemSize({ ...item });
  if (outside > ITEM_SIZE_BUDGET) throw new ArticleTooLargeError(envelope.id, outside);
  if (outside + body.byteLength + 'body'.length <= ITEM_SIZE_BUDGET)
    return { item: { ...item, body }, chunks: [] };

  const chunks: ChunkItem[] = [];
  for (let offset = 0; offset < body.byteLength; offset += CHUNK_BYTES) {
    const index = chunks.length;
    chunks.push({
      pk: envelope.pk,
      sk: tableKeys.chunkSk(index),
      type: 'CHUNK',
      schemaVersion: SCHEMA_VERSION,
      id: envelope.id,
      index,
      data: body.subarray(offset, offset + CHUNK_BYTES),
    });
  }
  const bodySha256 = createHash('sha256').update(body).digest('hex');
  return { item: { ...item, chunkCount: chunks.length, bodySha256 }, chunks };
}

function indexItemsOf(article: ArticleInput, id: string, shard: number, dateSortKey: string): IndexItem[] {
  const items = new Map<string, IndexItem>();
  const add = (sk: string, name: string, gsi2pk: string) => {
    if (name.trim() === '' || items.has(sk)) return;
    items.set(sk, {
      ...tableKeys.article(id),
      sk,
      type: 'INDEX',
      schemaVersion: SCHEMA_VERSION,
      id,
      name,
      gsi2pk,
      gsi2sk: dateSortKey,
    });
  };
  for (const author of article.authors) {
    add(tableKeys.authorSk(author), author, tableKeys.authorPartition(author, shard));
  }
  for (const [kind, list] of ENTITY_LISTS) {
    for (const entity of article.entities?.[list] ?? []) {
      add(
        tableKeys.entitySk(kind, entity.name),
        entity.name,
        tableKeys.entityPartition(kind, entity.name, shard),
      );
    }
  }
  return [...items.values()];
}
