import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3EventForwarder } from '../events/S3EventForwarder';
import { readSourceState } from '../records/readSourceState';
import { listObjectKeys } from './listObjectKeys';

/** An object whose event local mode sent again, and what the last run left of it. */
export interface ReenqueuedObject {
  bucket: string;
  key: string;
  sequencer: string;
  /** `PROCESSING` when a write was under way; undefined when the object has no source record. */
  status?: string;
  /**
   * Epoch ms at which the lease that the last run's interrupted invocation left on the key ends, when it
   * had not ended at the start: the event is sent then, so that its first receive finds the key free.
   */
  leaseExpiresAt?: number;
}

/**
 * After a restart, sends an `ObjectCreated:Put` event again for every object of the bucket that has no
 * source record, or one still `PROCESSING`: its event was in the previous run's queue, which lived in
 * memory. Nothing uploaded is lost; an object that was processed is left alone. A key still under the
 * lease of the last run's killed invocation gets its event once that lease has expired (the run is gone,
 * so the lease can only expire), not at once, where it would only burn a receive.
 *
 * @example
 * const again = await reenqueueUnprocessedObjects({ s3, documents, tableName, bucket, forwarder });
 */
export async function reenqueueUnprocessedObjects(options: {
  s3: S3Client;
  documents: DynamoDBDocumentClient;
  tableName: string;
  bucket: string;
  forwarder: S3EventForwarder;
  now?: () => number;
}): Promise<ReenqueuedObject[]> {
  const { s3, documents, tableName, bucket, forwarder } = options;
  const now = options.now ?? Date.now;
  const reenqueued: ReenqueuedObject[] = [];
  for await (const object of listObjectKeys(s3, bucket)) {
    const state = await readSourceState(documents, tableName, bucket, object.key);
    // PROCESSING: a write was interrupted with the run that made it, and its message went with the queue.
    if (state.status !== undefined && state.status !== 'PROCESSING') continue;
    const leaseMs = (state.leaseExpiresAt ?? 0) - now();
    const sequencer = forwarder.forward(
      {
        eventName: 'ObjectCreated:Put',
        bucket,
        key: object.key,
        size: object.size,
        ...(object.eTag !== undefined && { eTag: object.eTag }),
      },
      // Past the lease's end by a second: a lease that ends now still holds.
      { delayMs: leaseMs >= 0 ? leaseMs + 1000 : 0 },
    );
    if (sequencer === undefined) continue;
    reenqueued.push({
      bucket,
      key: object.key,
      sequencer,
      ...(state.status !== undefined && { status: state.status }),
      ...(leaseMs >= 0 && { leaseExpiresAt: state.leaseExpiresAt }),
    });
  }
  return reenqueued;
}
