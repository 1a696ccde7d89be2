import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { tableKeys } from '../../lambda/store/tableKeys';
import type { SourceState } from '../types';

/**
 * Reads the status, the lease and the checkpoint of one key's source item (a consistent read of three
 * attributes). Local mode reads the lease to keep a message away from a key that a killed invocation still
 * holds and to say what a restart found unfinished, and the checkpoint to tell a long write that is moving
 * from one that is stuck.
 *
 * @example
 * const { status, leaseExpiresAt } = await readSourceState(documents, tableName, 'incoming', 'big.txt');
 */
export async function readSourceState(
  documents: DynamoDBDocumentClient,
  tableName: string,
  bucket: string,
  key: string,
): Promise<SourceState> {
  const { Item } = await documents.send(
    new GetCommand({
      TableName: tableName,
      Key: tableKeys.source(bucket, key),
      ConsistentRead: true,
      ProjectionExpression: '#status, leaseExpiresAt, progress.documentsStored, progress.removedThrough',
      ExpressionAttributeNames: { '#status': 'status' },
    }),
  );
  if (Item === undefined) return {};
  return {
    ...(typeof Item.status === 'string' && { status: Item.status }),
    ...(typeof Item.leaseExpiresAt === 'number' && { leaseExpiresAt: Item.leaseExpiresAt }),
    ...(typeof Item.progress?.documentsStored === 'number' && {
      documentsStored: Item.progress.documentsStored,
      // A final failure keeps its progress (how far it got), but nothing writes any more.
      writing: Item.status !== 'FAILED',
      progressMark:
        Item.progress.documentsStored +
        (typeof Item.progress.removedThrough === 'number' ? Item.progress.removedThrough : 0),
    }),
  };
}
