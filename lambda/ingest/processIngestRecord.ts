import type { SQSRecord } from 'aws-lambda';
import { parseS3EventMessage } from '../s3/parseS3EventMessage';
import { MessageEventsFailedError } from './errors';
import { ingestObject } from './ingestObject';
import type { IngestDependencies, InvocationSettings, OutcomeCounts } from './types';

/**
 * Handles one SQS message of the batch: acknowledges an `s3:TestEvent`, ingests each S3 event of the
 * body, and throws when any failed, so only this message returns to the queue. On the message's last
 * allowed receive (`ApproximateReceiveCount` ≥ `MAX_RECEIVE_COUNT`) a failing event's source is first
 * recorded `FAILED` with the error, so a query finds it while the message waits in the dead-letter queue.
 * Each event's outcome is added to `counts`, the invocation's summary.
 *
 * @example
 * ```ts
 * await processIngestRecord(sqsRecord, dependencies, { leaseMs: 60_000 }, counts);
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
  const message = parseS3EventMessage(record.body);
  if (message.kind === 'test') {
    counts.testEvents += 1;
    logger.debug('Acknowledged s3:TestEvent', { messageId: record.messageId });
    return;
  }
  const errors: unknown[] = [];
  for (const event of message.events) {
    try {
      await ingestObject(event, dependencies, settings, counts);
    } catch (error) {
      errors.push(error);
      counts.failed += 1;
      const lastReceive = receiveCount >= config.maxReceiveCount;
      const logKeys = {
        messageId: record.messageId,
        receiveCount,
        lastReceive,
        bucket: event.bucket,
        key: event.key,
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
