import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { LeaseLostError } from './errors';
import { tableKeys } from './tableKeys';
import type { SourceEvent, SourceItem, SourceProgress, StoreContext } from './types';

/** How a write that stored no records gives the key back. */
export type ReleaseMode =
  /** S3 holds what is stored: record the event's sequencer (no stale event may write after it), nothing else. */
  | 'unchanged'
  /** The write failed midway: end the lease now, but keep `pendingDocumentCounts` so a retry cleans up. */
  | 'abandoned'
  /**
   * A slice stops before its deadline and hands the rest on: end the lease, keep the progress and the
   * pending marks (the next slice resumes from the checkpoint); a lease found gone is an error here.
   */
  | 'handedOn';

/**
 * Ends this writer's lease on a key without committing records (a conditional UpdateItem: only the lease
 * owner may release). `unchanged` advances the stored sequencer and clears the pending marks;
 * `abandoned` and `handedOn` leave them (and the progress) for the retry or the next slice. An abandon that
 * finds the lease gone does nothing; a hand-on throws {@link LeaseLostError}.
 *
 * @example
 * ```ts
 * await releaseSource(context, event, { owner, mode: 'unchanged', sequencerKey });
 * ```
 */
export async function releaseSource(
  context: StoreContext,
  event: SourceEvent,
  release: { owner: string; mode: ReleaseMode; sequencerKey: string; progress?: SourceProgress },
): Promise<void> {
  const removeLease =
    'REMOVE leaseOwner, leaseExpiresAt, leaseSequencerKey, leaseParserVersionKey, leaseMessageId';
  const unchanged = release.mode === 'unchanged';
  try {
    await context.client.send(
      new UpdateCommand({
        TableName: context.tableName,
        Key: tableKeys.source(event.bucket, event.key),
        UpdateExpression: unchanged
          ? `SET sequencer = :sequencer, sequencerKey = :seq ${removeLease}, pendingDocumentCounts`
          : release.progress === undefined
            ? removeLease
            : `SET progress = :progress ${removeLease}`,
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: {
          ':owner': release.owner,
          ...(unchanged ? { ':sequencer': event.sequencer, ':seq': release.sequencerKey } : {}),
          ...(!unchanged && release.progress !== undefined ? { ':progress': release.progress } : {}),
        },
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    if (release.mode !== 'handedOn') return;
    // A hand-on whose answer was lost (the SDK retried it after DynamoDB applied it) finds no lease: done.
    // One that finds another writer's lease would send a continuation for a write no longer this one's.
    const output = await context.client.send(
      new GetCommand({
        TableName: context.tableName,
        Key: tableKeys.source(event.bucket, event.key),
        ConsistentRead: true,
      }),
    );
    if ((output.Item as SourceItem | undefined)?.leaseOwner !== undefined)
      throw new LeaseLostError(event.bucket, event.key);
  }
}
