import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SCHEMA_VERSION } from './constants';
import { sequencerKey } from './sequencerKey';
import { tableKeys } from './tableKeys';
import type { SourceError, SourceEvent, StoreContext } from './types';

/** The failure to record. */
export interface SourceFailure {
  error: unknown;
  /** The message's receive count when it failed for the last time. */
  receiveCount: number;
  now: Date;
}

const MAX_MESSAGE_CHARS = 1_000;

/**
 * Marks a key `FAILED` with the error of the event's last allowed attempt, before its message goes to the
 * dead-letter queue, so `STATUS#FAILED` lists it. Its stored sequencer does not advance (a redrive of the
 * event is still newer and is processed) and its last committed records stay as they were; the progress of
 * a write in slices stays too (how far it got: a redrive or `reprocess` resumes from it). An event older
 * than the stored one records nothing: returns false then.
 *
 * @example
 * ```ts
 * await recordSourceFailure(context, event, { error, receiveCount: 5, now: new Date() });
 * ```
 */
export async function recordSourceFailure(
  context: StoreContext,
  event: SourceEvent,
  failure: SourceFailure,
): Promise<boolean> {
  const at = failure.now.toISOString();
  const error: SourceError = {
    name: failure.error instanceof Error ? failure.error.name : 'Error',
    message: (failure.error instanceof Error ? failure.error.message : String(failure.error)).slice(
      0,
      MAX_MESSAGE_CHARS,
    ),
    at,
    eventName: event.eventName,
    sequencer: event.sequencer,
    receiveCount: failure.receiveCount,
  };
  let eventSequencerKey: string | undefined;
  try {
    eventSequencerKey = sequencerKey(event.sequencer);
  } catch {
    // A malformed sequencer is what failed: record it without ordering.
  }
  try {
    await context.client.send(
      new UpdateCommand({
        TableName: context.tableName,
        Key: tableKeys.source(event.bucket, event.key),
        UpdateExpression:
          'SET #type = if_not_exists(#type, :type), schemaVersion = if_not_exists(schemaVersion, :schema), ' +
          '#bucket = if_not_exists(#bucket, :bucket), #key = if_not_exists(#key, :key), ' +
          '#status = :failed, #error = :error, processedAt = :at, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk ' +
          // A FAILED source must not expire like the DELETED tombstone it may replace.
          'REMOVE expiresAt',
        ...(eventSequencerKey === undefined
          ? {}
          : {
              // Nor over a write under way for a newer event (its progress is what a reader must see).
              ConditionExpression:
                '(attribute_not_exists(sequencerKey) OR sequencerKey <= :seq) AND ' +
                '(attribute_not_exists(progress) OR progress.sequencerKey <= :seq)',
            }),
        ExpressionAttributeNames: {
          '#type': 'type',
          '#bucket': 'bucket',
          '#key': 'key',
          '#status': 'status',
          '#error': 'error',
        },
        ExpressionAttributeValues: {
          ':type': 'SOURCE',
          ':schema': SCHEMA_VERSION,
          ':bucket': event.bucket,
          ':key': event.key,
          ':failed': 'FAILED',
          ':error': error,
          ':at': at,
          ':gsi2pk': tableKeys.statusPartition('FAILED'),
          ':gsi2sk': tableKeys.statusSortKey(at, event.bucket, event.key),
          ...(eventSequencerKey === undefined ? {} : { ':seq': eventSequencerKey }),
        },
      }),
    );
    return true;
  } catch (caught) {
    if ((caught as Error).name === 'ConditionalCheckFailedException') return false;
    throw caught;
  }
}
