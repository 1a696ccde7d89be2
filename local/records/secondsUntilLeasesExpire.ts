import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { decodeMessageKey } from '../events/decodeMessageKey';
import { readSourceState } from './readSourceState';

/**
 * The whole seconds from now until the last of the leases on the messages' keys has expired (with a second
 * to spare, since a lease that ends at `now` still holds), or 0 when none is held. S3 event messages and the
 * continuations of a write in slices name their key; other messages name none and count 0.
 *
 * @example
 * const seconds = await secondsUntilLeasesExpire(documents, tableName, messages.map((m) => m.Body ?? ''));
 */
export async function secondsUntilLeasesExpire(
  documents: DynamoDBDocumentClient,
  tableName: string,
  bodies: string[],
  now: () => number = Date.now,
): Promise<number> {
  const keys = new Map<string, { bucket: string; key: string }>();
  for (const body of bodies) {
    const identity = decodeMessageKey(body);
    if (identity !== undefined) keys.set(`${identity.bucket}/${identity.key}`, identity);
  }
  const states = await Promise.all(
    [...keys.values()].map(({ bucket, key }) => readSourceState(documents, tableName, bucket, key)),
  );
  const latest = Math.max(0, ...states.map((state) => state.leaseExpiresAt ?? 0));
  const remainingMs = latest - now();
  return remainingMs < 0 ? 0 : Math.ceil(remainingMs / 1000) + 1;
}
