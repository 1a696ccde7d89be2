import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createIngestDependencies } from './createIngestDependencies';
import { loadIngestConfig } from './loadIngestConfig';
import { processIngestRecord } from './processIngestRecord';
import type { IngestDependencies } from './types';

// The stack sets POWERTOOLS_SERVICE_NAME and POWERTOOLS_METRICS_NAMESPACE; these are fallbacks for bare runs.
const serviceName = process.env.POWERTOOLS_SERVICE_NAME || 'article-pipeline';
const logger = new Logger({ serviceName });
const metrics = new Metrics({
  serviceName,
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || 'ArticlePipeline',
});
const tracer = new Tracer({ serviceName });

/** Past the invocation's end, in-flight requests may still land: the lease outlives it by this much. */
const LEASE_MARGIN_MS = 30_000;
/** Lease when the caller gives no Lambda context (local runs): Lambda's longest timeout. */
const DEFAULT_LEASE_MS = 15 * 60 * 1000;

let dependencies: IngestDependencies | undefined;

/**
 * The ingest function: an SQS batch of S3 event notifications in, partial batch failures out. Each
 * message is handled on its own (a failure returns only that message to the queue); settings are
 * validated and clients created on the first invocation of a container.
 *
 * @example
 * ```ts
 * // Lambda calls it; local mode imports it after setting the environment:
 * const { batchItemFailures } = await handler(sqsEvent, context);
 * ```
 */
export async function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  dependencies ??= createIngestDependencies(loadIngestConfig(process.env), { tracer, logger, metrics });
  const ready = dependencies;
  if (context !== undefined) logger.addContext(context);
  const segment = tracer.getSegment();
  const subsegment = segment?.addNewSubsegment('## processBatch');
  if (subsegment !== undefined) tracer.setSegment(subsegment);
  tracer.annotateColdStart();
  metrics.captureColdStartMetric();
  const remaining = context?.getRemainingTimeInMillis?.();
  const settings = { leaseMs: remaining === undefined ? DEFAULT_LEASE_MS : remaining + LEASE_MARGIN_MS };
  try {
    // One processor per invocation: its state must not be shared by invocations that overlap (local mode).
    return await processPartialResponse(
      event,
      (record: SQSRecord) => processIngestRecord(record, ready, settings),
      new BatchProcessor(EventType.SQS),
      // When every message failed, report each one instead of throwing: the outcome in SQS is the same.
      { context, throwOnFullBatchFailure: false },
    );
  } finally {
    // A batch of test events records none: publishing nothing would only log a warning.
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    subsegment?.close();
    if (segment !== undefined) tracer.setSegment(segment);
  }
}
