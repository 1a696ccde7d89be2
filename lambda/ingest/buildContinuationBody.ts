import type { Continuation } from './types';

/** The `kind` of a continuation message body (S3's own messages have `Records` or `Event`). */
export const CONTINUATION_KIND = 'article-pipeline:continuation';

/**
 * The SQS message body that hands the rest of a file on to the next invocation: the write it continues
 * (bucket, key, the event's sequencer and name, the object's version and eTag) and, for logs, the
 * checkpoint and slice. The source item, not this body, holds the checkpoint the next slice trusts.
 *
 * @example
 * ```ts
 * await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: buildContinuationBody(continuation) }));
 * ```
 */
export function buildContinuationBody(continuation: Continuation): string {
  return JSON.stringify({ kind: CONTINUATION_KIND, version: 1, ...continuation });
}
