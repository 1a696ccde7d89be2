import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { articleItemSchema, type ParsedStoredArticle, toStoredArticle } from '../../schema';
import type { ArticleChange } from './types';

/**
 * What an `ARTICLE` stream record means for an index of articles: an INSERT or MODIFY of a `PARSED` article
 * is an upsert (unpacked when its fields are gzip-packed in `body`; to be read from the table when they
 * are in chunk items), of a `DELETED` one a removal; a REMOVE (the TTL expiring a tombstone) a removal too.
 * Records of other item types give undefined: subscribe with `types: ['ARTICLE']` and they never arrive.
 * The item is checked against the published schema, which strips attributes a newer release may add.
 *
 * @example
 * const change = toArticleChange(record);
 * if (change?.kind === 'upsert') await index.put(change.article.id, change.article);
 */
export function toArticleChange(record: DynamoDBRecord): ArticleChange | undefined {
  const image = record.eventName === 'REMOVE' ? record.dynamodb?.OldImage : record.dynamodb?.NewImage;
  if (image === undefined) return undefined;
  // aws-lambda's AttributeValue type and the SDK's describe the same JSON.
  const raw = unmarshall(image as Record<string, AttributeValue>);
  if (raw.type !== 'ARTICLE') return undefined;
  const item = articleItemSchema.parse(raw);
  if (record.eventName === 'REMOVE')
    return { kind: 'remove', id: item.id, source: item.source, reason: 'expired' };
  if (item.status === 'DELETED')
    return { kind: 'remove', id: item.id, source: item.source, reason: 'deleted' };
  if (item.bodyEncoding === 'gzip-json' && item.body === undefined) return { kind: 'read', id: item.id };
  return { kind: 'upsert', article: toStoredArticle(item) as ParsedStoredArticle };
}
