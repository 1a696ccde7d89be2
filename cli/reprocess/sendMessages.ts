import {
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';
import { explainError } from '../explainError';
import { retryWithBackoff } from '../retryWithBackoff';

/** SQS takes at most 10 messages per SendMessageBatch. */
const BATCH = 10;

class EntriesNotAcceptedError extends Error {
  override name = 'EntriesNotAcceptedError';
}

/**
 * Sends message bodies to a queue, 10 a call with a few calls in flight. Entries SQS fails on its side are
 * sent again with back-off; entries it refuses as the sender's fault are not. Returns how many were not
 * sent in the end. An error the user must fix (credentials, a missing queue) is thrown.
 *
 * @example
 * const notSent = await sendMessages(sqs, queueUrl, bodies);
 */
export async function sendMessages(
  sqs: SQSClient,
  queueUrl: string,
  bodies: readonly string[],
  options: { concurrency?: number; attempts?: number; onSent?: (count: number) => void } = {},
): Promise<number> {
  const batches: string[][] = [];
  for (let start = 0; start < bodies.length; start += BATCH) batches.push(bodies.slice(start, start + BATCH));
  const notSent = await mapConcurrent(batches, options.concurrency ?? 8, async (batch) => {
    let pending: SendMessageBatchRequestEntry[] = batch.map((body, index) => ({
      Id: String(index),
      MessageBody: body,
    }));
    let refused = 0;
    try {
      await retryWithBackoff(
        async () => {
          const answer = await sqs.send(
            new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: pending }),
          );
          options.onSent?.(answer.Successful?.length ?? 0);
          const failed = answer.Failed ?? [];
          refused += failed.filter((entry) => entry.SenderFault).length;
          const retryable = new Set(failed.filter((entry) => !entry.SenderFault).map((entry) => entry.Id));
          pending = pending.filter((entry) => retryable.has(entry.Id));
          if (pending.length > 0)
            throw new EntriesNotAcceptedError(`${pending.length} message(s) not accepted`);
        },
        { attempts: options.attempts ?? 4, isRetryable: (error) => explainError(error) === undefined },
      );
    } catch (error) {
      if (explainError(error) !== undefined) throw error;
    }
    return refused + pending.length;
  });
  return notSent.reduce((sum, count) => sum + count, 0);
}
