import type { S3Client } from '@aws-sdk/client-s3';
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { tableKeys } from '../../lambda/store/tableKeys';
import type { S3EventForwarder } from '../events/S3EventForwarder';
import { listObjectKeys } from './listObjectKeys';

/** An object whose event local mode sent again. */
export interface ReenqueuedObject {
  bucket: string;
  key: string;
  sequencer: string;
}

/**
 * After a restart, sends an `ObjectCreated:Put` event again for every object of the bucket that has no
 * source record, or one still `PROCESSING`: its event was in the previous run's queue, which lived in
 * memory. Nothing uploaded is lost; an object that was processed is left alone.
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
}): Promise<ReenqueuedObject[]> {
  const { s3, documents, tableName, bucket, forwarder } = options;
  const reenqueued: ReenqueuedObject[] = [];
  for await (const object of listObjectKeys(s3, bucket)) {
    const { Item } = await documents.send(
      new GetCommand({
        TableName: tableName,
        Key: tableKeys.source(bucket, object.key),
        ProjectionExpression: '#status',
        ExpressionAttributeNames: { '#status': 'status' },
      }),
    );
    // PROCESSING: a write was interrupted with the run that made it, and its message went with the queue.
    if (Item !== undefined && Item.status !== 'PROCESSING') continue;
    const sequencer = forwarder.forward({
      eventName: 'ObjectCreated:Put',
      bucket,
      key: object.key,
      size: object.size,
      ...(object.eTag !== undefined && { eTag: object.eTag }),
    });
    if (sequencer !== undefined) reenqueued.push({ bucket, key: object.key, sequencer });
  }
  return reenqueued;
}
