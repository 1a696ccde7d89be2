import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { CorruptArticleBodyError } from './errors';
import type { ArticleInput, ArticleItem, ChunkItem, StoredArticle } from './types';

/** Attributes of the table's layout, not of the record. */
const LAYOUT_ATTRIBUTES = [
  'pk',
  'sk',
  'type',
  'schemaVersion',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'bodyEncoding',
  'body',
  'chunkCount',
  'bodySha256',
  'indexPartitions',
  'staleIndexKeys',
] as const;

/**
 * The record an article item stands for: table attributes removed and a packed body unpacked, from the
 * item's `body` or from its chunk items (in any order; their bytes are checked against `bodySha256`).
 * Works on an item read from the table or a stream image after `unmarshall`, of any schemaVersion.
 *
 * @example
 * ```ts
 * const article = toStoredArticle(item, chunkItems);
 * if (article.status === 'PARSED') console.log(article.paragraphs.length);
 * ```
 */
export function toStoredArticle(item: ArticleItem, chunks: ChunkItem[] = []): StoredArticle {
  const record: Record<string, unknown> = { ...item };
  for (const attribute of LAYOUT_ATTRIBUTES) delete record[attribute];
  if (item.bodyEncoding === 'gzip-json') Object.assign(record, unpack(item, chunks));
  return record as unknown as StoredArticle;
}

function unpack(item: ArticleItem, chunks: ChunkItem[]): ArticleInput {
  let packed: Uint8Array;
  if (item.body !== undefined) {
    packed = item.body;
  } else {
    const ordered = [...chunks].sort((a, b) => a.index - b.index);
    packed = Buffer.concat(ordered.map((chunk) => chunk.data));
    const complete =
      ordered.length === item.chunkCount && ordered.every((chunk, index) => chunk.index === index);
    const sha256 = createHash('sha256').update(packed).digest('hex');
    if (!complete || sha256 !== item.bodySha256) throw new CorruptArticleBodyError(item.id);
  }
  return JSON.parse(gunzipSync(packed).toString('utf8')) as ArticleInput;
}
