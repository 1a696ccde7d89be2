import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { PipelineSettings } from './types';

/** Largest SQS message: S3 event messages are at most 64 KB, and a backfill may enqueue bigger batches. */
const MAX_MESSAGE_SIZE_BYTES = 262_144;

/** What `createIngestQueues` returns. */
export interface IngestQueues {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
}

/**
 * The queue S3 notifies and the function consumes, and its dead-letter queue.
 *
 * Both use SSE-SQS: S3 cannot publish to a queue under the AWS-managed `aws/sqs` KMS key, whose policy
 * cannot grant S3, and SSE-SQS needs no key policy at all. The dead-letter queue keeps messages for the
 * SQS maximum of 14 days; a standard queue's message expires by its first enqueue time even after it moves,
 * so the dead-letter queue must outlive the source queue's 4 days.
 *
 * @example
 * ```ts
 * const { queue, deadLetterQueue } = createIngestQueues(pipeline, resolvePipelineSettings({}));
 * ```
 */
export function createIngestQueues(scope: Construct, settings: PipelineSettings): IngestQueues {
  const deadLetterQueue = new Queue(scope, 'DeadLetterQueue', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
  });
  Validations.of(deadLetterQueue).acknowledge({
    id: 'Serverless-SQSRedrivePolicy',
    reason: 'This is the end of the redrive chain: the ingest queue dead-letters here; operators redrive it.',
  });

  const queue = new Queue(scope, 'Queue', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    visibilityTimeout: settings.visibilityTimeout,
    retentionPeriod: Duration.days(4),
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
    deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: settings.maxReceiveCount },
  });
  return { queue, deadLetterQueue };
}
