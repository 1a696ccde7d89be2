import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { LeaseLostError } from './errors';
import { tableKeys } from './tableKeys';
import type { SourceEvent, SourceProgress, StoreContext } from './types';

/**
 * Records a write's progress on its source item, and announces the highest document the write is about
 * to store (added to `pendingDocumentCounts`, so that whoever writes the key next, after a crash or a
 * newer event, looks that far for leftovers), on condition that this writer still holds the lease. One
 * UpdateItem per batch of a write in slices: the checkpoint of the batch before, the announcement of the
 * next. Throws {@link LeaseLostError} when the lease was taken over.
 *
 * @example
 * ```ts
 * await checkpointSource(context, event, { owner, progress, announce: 200 });
 * ```
 */
export async function checkpointSource(
  context: StoreContext,
  event: SourceEvent,
  update: { owner: string; progress: SourceProgress; announce?: number },
): Promise<void> {
  try {
    await context.client.send(
      new UpdateCommand({
        TableName: context.tableName,
        Key: tableKeys.source(event.bucket, event.key),
        UpdateExpression:
          'SET progress = :progress' +
          (update.announce === undefined ? '' : ' ADD pendingDocumentCounts :announce'),
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: {
          ':owner': update.owner,
          ':progress': update.progress,
          ...(update.announce === undefined ? {} : { ':announce': new Set([update.announce]) }),
        },
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException')
      throw new LeaseLostError(event.bucket, event.key);
    throw error;
  }
}
