import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What a client read since the counter was last reset. */
export interface ReadCount {
  requests: number;
  /** Items (DynamoDB) or keys (S3 listings) the answers carried. */
  items: number;
}

/**
 * Counts the requests a client sends and the items its answers carry (a Query's or Scan's `Items`, a
 * GetItem's `Item`, a BatchGetItem's `Responses`, a ListObjectsV2's `KeyCount`), through a middleware on
 * its stack: how a page shows that it does not load a whole table or bucket.
 *
 * @example
 * const dynamoReads = countReads(clients.dynamo);
 * await fetch(url); dynamoReads.take(); // { requests: 3, items: 58 }
 */
export function countReads(client: S3Client | DynamoDBDocumentClient): { take(): ReadCount } {
  let count: ReadCount = { requests: 0, items: 0 };
  // Both stacks take the same initialize middleware; the union's overloads do not unify.
  (client.middlewareStack as S3Client['middlewareStack']).add(
    (next) => async (args) => {
      const result = await next(args);
      count.requests++;
      count.items += itemsIn(result.output as unknown as Record<string, unknown>);
      return result;
    },
    { step: 'initialize', name: 'benchCountReads' },
  );
  return {
    take() {
      const taken = count;
      count = { requests: 0, items: 0 };
      return taken;
    },
  };
}

function itemsIn(output: Record<string, unknown>): number {
  if (Array.isArray(output.Items)) return output.Items.length;
  if (output.Item !== undefined) return 1;
  if (output.Responses !== undefined && typeof output.Responses === 'object') {
    return Object.values(output.Responses as Record<string, unknown[]>).reduce(
      (sum, items) => sum + (Array.isArray(items) ? items.length : 0),
      0,
    );
  }
  if (typeof output.KeyCount === 'number') return output.KeyCount;
  return 0;
}
