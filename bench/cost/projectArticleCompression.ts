import { gzipSync } from 'node:zlib';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { dynamoItemBytes } from './dynamoItemBytes';
import type { RecordedRequest } from './types';

/** Attributes a packed article keeps in the clear (keys, envelope, and what lists and filters show). */
const KEPT = new Set([
  'pk',
  'sk',
  'type',
  'schemaVersion',
  'id',
  'status',
  'source',
  'parserVersion',
  'processedAt',
  'sortDate',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'publication',
  'headline',
  'publishedDate',
  'publishedDateSource',
  'contentHash',
]);

/**
 * A projection, not a measurement: the table write units per article item if every article's body (all
 * but {@link KEPT}) were stored gzip-compressed, as the store already does for articles too large for one
 * item. Estimated from the article items the function really put, compressing their wire JSON.
 *
 * @example
 * ```ts
 * const { measured, packed } = projectArticleCompression(requests);
 * ```
 */
export function projectArticleCompression(requests: readonly RecordedRequest[]): {
  articles: number;
  measuredUnits: number;
  packedUnits: number;
} {
  let articles = 0;
  let measuredUnits = 0;
  let packedUnits = 0;
  for (const item of requests.flatMap((request) => request.putItems) as Record<string, AttributeValue>[]) {
    if (item.type?.S !== 'ARTICLE') continue;
    articles += 1;
    measuredUnits += Math.ceil(dynamoItemBytes(item) / 1024);
    const kept = Object.fromEntries(Object.entries(item).filter(([name]) => KEPT.has(name)));
    const body = Object.fromEntries(Object.entries(item).filter(([name]) => !KEPT.has(name)));
    const packed = gzipSync(JSON.stringify(body), { level: 6 });
    packedUnits += Math.ceil((dynamoItemBytes(kept) + 'body'.length + packed.length) / 1024);
  }
  return { articles, measuredUnits, packedUnits };
}
