import { gunzipSync } from 'node:zlib';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { dynamoItemBytes } from './dynamoItemBytes';
import type { RecordedRequest } from './types';

/** What packing did to the article items a workload put, and what they would cost plain. */
export interface PackingProjection {
  /** Article items put. */
  articles: number;
  /** Of them packed (`bodyEncoding: 'gzip-json'` with an inline `body`). */
  packed: number;
  /** Table write units of the article items as put (measured sizes). */
  measuredUnits: number;
  /** Table write units of the same items stored plain: every field an attribute, no `body`. */
  plainUnits: number;
  /** Bytes of the article JSON before gzip, and of `body`, summed over the packed items. */
  jsonBytes: number;
  bodyBytes: number;
}

/**
 * A projection, not a measurement: the table write units per article item if the store wrote articles
 * plain (`packArticleBodies: false`), from the packed items the function really put: each `body` is
 * gunzipped, its fields become attributes again (as the store writes them, through `marshall`) and the
 * item is sized by DynamoDB's rules. Also the gzip ratio the workload got (JSON bytes ÷ body bytes).
 *
 * @example
 * ```ts
 * const { measuredUnits, plainUnits, jsonBytes, bodyBytes } = projectPlainArticles(requests);
 * ```
 */
export function projectPlainArticles(requests: readonly RecordedRequest[]): PackingProjection {
  const projection: PackingProjection = {
    articles: 0,
    packed: 0,
    measuredUnits: 0,
    plainUnits: 0,
    jsonBytes: 0,
    bodyBytes: 0,
  };
  for (const item of requests.flatMap((request) => request.putItems) as Record<string, AttributeValue>[]) {
    if (item.type?.S !== 'ARTICLE' || item.status?.S !== 'PARSED') continue;
    projection.articles += 1;
    const units = Math.ceil(dynamoItemBytes(item) / 1024);
    projection.measuredUnits += units;
    const body = item.body?.B as Uint8Array | string | undefined;
    if (item.bodyEncoding?.S !== 'gzip-json' || body === undefined) {
      projection.plainUnits += units;
      continue;
    }
    // The SDK sends binary as base64 in its JSON.
    const packed = typeof body === 'string' ? Buffer.from(body, 'base64') : Buffer.from(body);
    const json = gunzipSync(packed);
    projection.packed += 1;
    projection.jsonBytes += json.byteLength;
    projection.bodyBytes += packed.byteLength;
    const { body: _body, bodyEncoding: _encoding, ...kept } = item;
    const fields = marshall(JSON.parse(json.toString('utf8')) as Record<string, unknown>, {
      removeUndefinedValues: true,
    });
    projection.plainUnits += Math.ceil(dynamoItemBytes({ ...kept, ...fields }) / 1024);
  }
  return projection;
}
