import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableKeys } from '../../lambda/store/tableKeys';
import { toStoredArticle } from '../../lambda/store/toStoredArticle';
import type { ArticleItem, StoredArticle } from '../../lambda/store/types';
import { batchGetProjected } from './batchGetProjected';

/** What the sample reads, at most: keys of the bucket's first listing page, and their articles. */
export interface SampleLimits {
  sources: number;
  articles: number;
}

/** The attributes the overview's tops count: a packed article's entities are in its body. */
const ARTICLE_ATTRIBUTES = [
  'id',
  'status',
  'publication',
  'sortDate',
  'authors',
  'entities',
  'bodyEncoding',
  'body',
  'chunkCount',
];

/**
 * The articles the overview's top authors and entities are counted over: those of the parsed sources
 * among the first `limits.sources` keys of the bucket's listing, at most `limits.articles`, read with
 * projections (the source's status and article ids; the article's counted fields and packed body), one
 * listing call and a few BatchGetItem calls whatever the table's size. An article stored in chunks (a
 * very long one) is counted by its authors only: its chunks are not read for a sample.
 *
 * @example
 * const sample = await readSampleArticles(s3, dynamo, 'articles', 'incoming', { sources: 100, articles: 500 });
 */
export async function readSampleArticles(
  s3: S3Client,
  dynamo: DynamoDBDocumentClient,
  tableName: string,
  bucket: string,
  limits: SampleLimits,
): Promise<StoredArticle[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: limits.sources }));
  const keys = (listed.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [object.Key]));
  const sources = await batchGetProjected<{ key: string; status: string; articleIds?: string[] }>(
    dynamo,
    tableName,
    keys.map((key) => tableKeys.source(bucket, key)),
    ['key', 'status', 'articleIds'],
  );
  const byKey = new Map(sources.map((source) => [source.key, source]));
  const ids = keys
    .flatMap((key) => {
      const source = byKey.get(key);
      return source?.status === 'PARSED' ? (source.articleIds ?? []) : [];
    })
    .slice(0, limits.articles);
  const items = await batchGetProjected<ArticleItem>(
    dynamo,
    tableName,
    ids.map((id) => tableKeys.article(id)),
    ARTICLE_ATTRIBUTES,
  );
  return items.map((item) => {
    if (item.body !== undefined || item.chunkCount === undefined) return toStoredArticle(item);
    const { bodyEncoding: _packed, chunkCount: _chunks, ...outside } = item;
    return toStoredArticle(outside as ArticleItem);
  });
}
