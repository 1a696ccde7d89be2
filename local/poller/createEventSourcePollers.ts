import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import type { LambdaWorker } from '../lambda/LambdaWorker';
import type { LocalPipelineDefinition, SettledMessage } from '../types';
import { SqsEventSourcePoller } from './SqsEventSourcePoller';

// Lambda's SQS event source starts with five concurrent batches when no maximum is set.
const DEFAULT_CONCURRENCY = 5;

/**
 * One poller per enabled SQS event source mapping of the definition, configured from it: the queue's
 * scaled visibility timeout and redrive count, the mapping's batch size, window and concurrency (capped by
 * the function's reserved concurrency), the function's timeout, and how long an interrupted invocation's
 * messages stay away (at most the template's unscaled visibility timeout). Not started.
 *
 * @example
 * const pollers = createEventSourcePollers({ definition, sqs, queueUrls, workers, region, onSettled, onError });
 * for (const poller of pollers) poller.start();
 */
export function createEventSourcePollers(options: {
  definition: LocalPipelineDefinition;
  sqs: SQSClient;
  queueUrls: Map<string, string>;
  workers: Map<string, LambdaWorker>;
  region: string;
  onSettled: (messages: SettledMessage[]) => void;
  onError: (mappingLogicalId: string, error: unknown) => void;
  /** Seconds the failed messages of an interrupted invocation must stay hidden at least (see the poller). */
  holdAfterInterruption?: (messages: Message[]) => Promise<number>;
}): SqsEventSourcePoller[] {
  const { definition, sqs, queueUrls, workers, region, holdAfterInterruption } = options;
  return definition.eventSourceMappings.flatMap((mapping) => {
    const queue = definition.queues.find((candidate) => candidate.logicalId === mapping.queueLogicalId);
    const fn = definition.functions.find((candidate) => candidate.logicalId === mapping.functionLogicalId);
    const worker = workers.get(mapping.functionLogicalId);
    const queueUrl = queue === undefined ? undefined : queueUrls.get(queue.logicalId);
    if (
      !mapping.enabled ||
      queue === undefined ||
      queueUrl === undefined ||
      fn === undefined ||
      worker === undefined
    ) {
      return [];
    }
    return [
      new SqsEventSourcePoller({
        sqs,
        queueUrl,
        source: { queueArn: queue.queueArn, region },
        batchSize: mapping.batchSize,
        batchingWindowMs: mapping.batchingWindowMs,
        maximumConcurrency: Math.min(
          mapping.maximumConcurrency ?? DEFAULT_CONCURRENCY,
          fn.reservedConcurrency ?? Number.POSITIVE_INFINITY,
        ),
        reportBatchItemFailures: mapping.reportBatchItemFailures,
        visibilityTimeoutSeconds: Number(queue.attributes.VisibilityTimeout),
        invocationTimeoutSeconds: fn.timeoutSeconds,
        ...(queue.redrive !== undefined && { maxReceiveCount: queue.redrive.maxReceiveCount }),
        invoke: (event) => worker.invoke(event),
        ...(holdAfterInterruption !== undefined && {
          // Never longer than AWS would hide them: the template's own, unscaled, visibility timeout.
          holdAfterInterruption: async (messages: Message[]) =>
            Math.min(queue.templateVisibilityTimeoutSeconds, await holdAfterInterruption(messages)),
        }),
        onSettled: options.onSettled,
        onError: (error) => options.onError(mapping.logicalId, error),
      }),
    ];
  });
}
