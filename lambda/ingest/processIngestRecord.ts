import type { SQSRecord } from 'aws-lambda';
import type { S3ObjectEvent } from '../s3/types';
import { MessageEventsFailedError } from './errors';
import { ingestObject } from './ingestObject';
import { parseIngestMessage } from './parseIngestMessage';
import type {
  Continuation,
  IngestDependencies,
  IngestMessage,
  InvocationSettings,
  OutcomeCounts,
} from './types';

/**
 * Handles one SQS message of the batch: acknowledges an `s3:TestEvent`, ingests each S3 event of the
 * body, or goes on with the write a continuation hands on, and throws when any failed, so only this
 * message returns to the queue. A body that is neither is logged at ERROR (`Unreadable message`) and
 * fails, to end in the dead-letter queue. On the message's last allowed receive (`ApproximateReceiveCount`
 * ≥ `MAX_RECEIVE_COUNT`) a failing event's source is first recorded `FAILED` with the error (and, for a
 * write in slices, how far it got), so a query finds it while the message waits in the dead-letter queue.
 * Each event's outcome is added to `counts`, the invocation's summary.
 *
 * @example
 * ```ts
 * await processIngestRecord(sqsRecord, dependencies, settings, counts);
 * ```
 */
export async function processIngestRecord(
  record: SQSRecord,
  dependencies: IngestDependencies,
  settings: InvocationSettings,
  counts: OutcomeCounts,
): Promise<void> {
  const { config, logger, store } = dependencies;
  const receiveCount = Number(record.attributes.ApproximateReceiveCount ?? '1');
  const lastReceive = receiveCount >= config.maxReceiveCount;
  let message: IngestMessage;
  try {
    message = parseIngestMessage(record.body);
  } catch (error) {
    logger.error('Unreadable message: not an S3 event notification or a continuation', {
      messageId: record.messageId,
      receiveCount,
      lastReceive,
      error: error as Error,
    });
    throw error;
  }
  if (message.kind === 'test') {
    counts.testEvents += 1;
    logger.debug('Acknowledged s3:TestEvent', { messageId: record.messageId });
    return;
  }
  const work: Array<{ event: S3ObjectEvent; continuation?: Continuation }> =
    message.kind === 'records'
      ? message.events.map((event) => ({ event }))
      : [{ event: eventOf(message.continuation), continuation: message.continuation }];
  const errors: unknown[] = [];
  for (const { event, continuation } of work) {
    try {
      await ingestObject(event, dependencies, settings, counts, {
        messageId: record.messageId,
        ...(continuation === undefined ? {} : { continuation }),
      });
    } catch (error) {
      errors.push(error);
      counts.failed += 1;
      const logKeys = {
        messageId: record.messageId,
        receiveCount,
        lastReceive,
        bucket: event.bucket,
        key: event.key,
        ...(continuation === undefined ? {} : { continuation: true, slice: continuation.slice }),
      };
      logger.error('Event failed', { ...logKeys, error: error as Error });
      if (lastReceive) {
        try {
          const recorded = await store.recordFailure(event, error, receiveCount);
          logger.warn(recorded ? 'Recorded source FAILED' : 'Event is stale; FAILED not recorded', logKeys);
        } catch (recordError) {
          logger.error('Could not record FAILED', { ...logKeys, error: recordError as Error });
        }
      }
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new MessageEventsFailedError(errors);
}

/** The S3 event a continuation goes on with. */
function eventOf(continuation: Continuation): S3ObjectEvent {
  return {
    bucket: continuation.bucket,
    key: continuation.key,
    sequencer: continuation.sequencer,
    eventName: continuation.eventName,
    versionId: continuation.versionId,
    eventTime: null,
  };
}
