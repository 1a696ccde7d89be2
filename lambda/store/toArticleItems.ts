import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { articleId } from './articleId';
import {
  CHUNK_BYTES,
  ITEM_SIZE_BUDGET,
  MAX_DISPLAY_COPY_CHARS,
  MAX_INDEXED_AUTHORS,
  MAX_INDEXED_ENTITIES,
  SCHEMA_VERSION,
} from './constants';
import { dynamoItemSize } from './dynamoItemSize';
import { ArticleTooLargeError } from './errors';
import { tableKeys } from './tableKeys';
import type {
  ArticleInput,
  ArticleItem,
  ArticleItems,
  ArticleWriteOptions,
  ChunkItem,
  EntityKind,
  IndexItem,
} from './types';

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

/**
 * Fields a packed article keeps outside its body too: the small ones consumers filter on (stream filters,
 * Athena over an export) or show in a list, so that they need not unpack.
 */
const PACKED_KEEPS = [
  'publication',
  'headline',
  'subheadline',
  'byline',
  'authors',
  'dateline',
  'publishedDate',
  'publishedDateSource',
  'language',
  'country',
  'section',
  'edition',
  'page',
  'wordCount',
  'statedWordCount',
  'contentHash',
] as const;

const DEFAULT_WRITE_OPTIONS: ArticleWriteOptions = { packArticleBodies: true, indexEntities: true };

const ENTITY_LISTS: ReadonlyArray<[EntityKind, 'people' | 'organizations' | 'places']> = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['place', 'places'],
];

/**
 * The items one parsed article is stored as: the article item (with its `byPublication` and `lookup`
 * index keys and the list of its index rows' partitions), one index row per author and (unless
 * `indexEntities` is false) per entity, keyed for its query, and the article's fields packed as
 * gzip-compressed JSON (every article when `packArticleBodies`, else only one too large for one item),
 * inline or split into chunk items (docs/store.md).
 *
 * @example
 * ```ts
 * const { article, indexItems, chunks } = toArticleItems(parsed, {
 *   bucket: 'incoming', key: 'a.txt', versionId: null, parserVersion: '1.0.0',
 *   processedAt: '2026-01-02T03:04:05.000Z', uploadDay: '2026-01-02',
 * }, { packArticleBodies: true, indexEntities: true });
 * ```
 */
export function toArticleItems(
  article: ArticleInput,
  context: ArticleItemsContext,
  options: ArticleWriteOptions = DEFAULT_WRITE_OPTIONS,
): ArticleItems {
  const id = articleId(context.bucket, context.key, article.documentIndex);
  const shard = tableKeys.shard(id);
  const sortDate = article.publishedDate ?? context.uploadDay;
  const dateSortKey = tableKeys.dateSortKey(sortDate, id);
  const indexItems = indexItemsOf(article, id, shard, dateSortKey, options.indexEntities);
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
    indexPartitions: indexItems.map((item) => item.pk),
  };
  const whole: ArticleItem = { ...envelope, ...article };
  const packed = options.packArticleBodies || dynamoItemSize({ ...whole }) > ITEM_SIZE_BUDGET;
  const { item, chunks } = packed ? packArticle(envelope, article) : { item: whole, chunks: [] };
  return { article: item, indexItems, chunks };
}

function packArticle(
  envelope: ArticleItem,
  article: ArticleInput,
): { item: ArticleItem; chunks: ChunkItem[] } {
  const kept: Partial<ArticleInput> = {};
  for (const field of PACKED_KEEPS) Object.assign(kept, { [field]: displayCopy(article[field]) });
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

/** A display copy kept beside the packed body: long text cut, long lists shortened (the body has them whole). */
function displayCopy<Value>(value: Value): Value {
  if (typeof value === 'string') {
    // UTF-16 length bounds the code points: only a long string is split (by code point, never a surrogate half).
    if (value.length <= MAX_DISPLAY_COPY_CHARS) return value;
    return Array.from(value).slice(0, MAX_DISPLAY_COPY_CHARS).join('') as Value;
  }
  if (Array.isArray(value)) return value.slice(0, MAX_INDEXED_AUTHORS).map(displayCopy) as Value;
  return value;
}

function indexItemsOf(
  article: ArticleInput,
  id: string,
  shard: number,
  dateSortKey: string,
  indexEntities: boolean,
): IndexItem[] {
  // By partition: two spellings of one name (case, spacing) are one row.
  const items = new Map<string, IndexItem>();
  const add = (pk: string, name: string) => {
    if (name.trim() === '' || items.has(pk)) return;
    items.set(pk, { pk, sk: dateSortKey, type: 'INDEX', schemaVersion: SCHEMA_VERSION, id, name });
  };
  for (const author of article.authors.slice(0, MAX_INDEXED_AUTHORS)) {
    add(tableKeys.authorPartition(author, shard), author);
  }
  // The vendor's own id: links one document across uploads, as the content hash does (one row, ~1 write unit).
  const vendorId = article.sourceDocumentId;
  if (vendorId !== undefined)
    add(tableKeys.sourceIdPartition(vendorId.vendor, vendorId.id), `${vendorId.vendor}:${vendorId.id}`);
  if (indexEntities) {
    for (const { kind, name } of mostMentioned(article))
      add(tableKeys.entityPartition(kind, name, shard), name);
  }
  return [...items.values()];
}

/** The article's {@link MAX_INDEXED_ENTITIES} most-mentioned entities; ties keep the enrichment's order. */
function mostMentioned(article: ArticleInput): Array<{ kind: EntityKind; name: string }> {
  const all = ENTITY_LISTS.flatMap(([kind, list]) =>
    (article.entities?.[list] ?? []).map((entity) => ({
      kind,
      name: entity.name,
      mentions: entity.mentions,
    })),
  );
  if (all.length <= MAX_INDEXED_ENTITIES) return all;
  return all
    .map((entity, position) => ({ ...entity, position }))
    .sort((a, b) => b.mentions - a.mentions || a.position - b.position)
    .slice(0, MAX_INDEXED_ENTITIES);
}
