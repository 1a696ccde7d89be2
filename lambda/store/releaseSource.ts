import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableKeys } from './tableKeys';
import type { SourceEvent, StoreContext } from './types';

/** How a write that stored no records gives the key back. */
export type ReleaseMode =
  /** S3 holds what is stored: record the event's sequencer (no stale event may write after it), nothing else. */
  | 'unchanged'
  /** The write failed midway: end the lease now, but keep `pendingDocumentCounts` so a retry cleans up. */
  | 'abandoned';

/**
 * Ends this writer's lease on a key without committing records (a conditional UpdateItem: only the lease
 * owner may release). `unchanged` advances the stored sequencer and clears the pending marks;
 * `abandoned` leaves them for the retry. A release that finds the lease gone does nothing.
 *
 * @example
 * ```ts
 * await releaseSource(context, event, { owner, mode: 'unchanged', sequencerKey });
 * ```
 */
export async function releaseSource(
  context: StoreContext,
  event: SourceEvent,
  release: { owner: string; mode: ReleaseMode; sequencerKey: string },
): Promise<void> {
  const removeLease = 'REMOVE leaseOwner, leaseExpiresAt, leaseSequencerKey, leaseParserVersionKey';
  const unchanged = release.mode === 'unchanged';
  try {
    await context.client.send(
      new UpdateCommand({
        TableName: context.tableName,
        Key: tableKeys.source(event.bucket, event.key),
        UpdateExpression: unchanged
          ? `SET sequencer = :sequencer, sequencerKey = :seq ${removeLease}, pendingDocumentCounts`
          : removeLease,
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: {
          ':owner': release.owner,
          ...(unchanged ? { ':sequencer': event.sequencer, ':seq': release.sequencerKey } : {}),
        },
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}
