import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createIngestDependencies } from './createIngestDependencies';
import { loadIngestConfig } from './loadIngestConfig';
import { loadTracer } from './loadTracer';
import { processIngestRecord } from './processIngestRecord';
import type { IngestDependencies, InvocationSettings, OutcomeCounts } from './types';

// The stack sets POWERTOOLS_SERVICE_NAME and POWERTOOLS_METRICS_NAMESPACE; these are fallbacks for bare runs.
const serviceName = process.env.POWERTOOLS_SERVICE_NAME || 'article-pipeline';
const logger = new Logger({ serviceName });
const metrics = new Metrics({
  serviceName,
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || 'ArticlePipeline',
});

/** Past the invocation's end, in-flight requests may still land: the lease outlives it by this much. */
const LEASE_MARGIN_MS = 30_000;
/** Lease when the caller gives no Lambda context (local runs): Lambda's longest timeout. */
const DEFAULT_LEASE_MS = 15 * 60 * 1000;

/** What the first invocation of a container prepares. */
interface Prepared {
  dependencies: IngestDependencies;
  /** Absent outside Lambda or with tracing turned off: the X-Ray SDK is then never loaded. */
  tracer: Tracer | undefined;
}

let prepared: Promise<Prepared> | undefined;

async function prepare(): Promise<Prepared> {
  // Settings first: a bad environment fails fast, before anything loads.
  const config = loadIngestConfig(process.env);
  const tracer = await loadTracer(process.env, serviceName);
  return { tracer, dependencies: createIngestDependencies(config, { tracer, logger, metrics }) };
}

/**
 * The ingest function: an SQS batch of S3 event notifications in, partial batch failures out. Each
 * message is handled on its own (a failure returns only that message to the queue); settings are
 * validated and clients created on the first invocation of a container. Logs one INFO line per
 * invocation (`Processed batch`: messages, failed messages and the events' outcomes counted); each
 * event's own line is DEBUG, or WARN/ERROR for a rejection or a failure.
 *
 * @example
 * ```ts
 * // Lambda calls it; local mode imports it after setting the environment:
 * const { batchItemFailures } = await handler(sqsEvent, context);
 * ```
 */
export async function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  // Overlapping first invocations (local mode) share one preparation; a failed one is retried next time.
  prepared ??= prepare().catch((error: unknown) => {
    prepared = undefined;
    throw error;
  });
  const { dependencies: ready, tracer } = await prepared;
  if (context !== undefined) logger.addContext(context);
  const segment = tracer?.getSegment();
  const subsegment = segment?.addNewSubsegment('## processBatch');
  if (subsegment !== undefined) tracer?.setSegment(subsegment);
  tracer?.annotateColdStart();
  metrics.captureColdStartMetric();
  const remainingMs = () => context?.getRemainingTimeInMillis?.();
  const budgetMs = remainingMs();
  const settings: InvocationSettings = {
    leaseMs: budgetMs === undefined ? DEFAULT_LEASE_MS : budgetMs + LEASE_MARGIN_MS,
    remainingMs,
    budgetMs,
  };
  const counts: OutcomeCounts = {
    parsed: 0,
    rejected: 0,
    deleted: 0,
    skipped: 0,
    failed: 0,
    articles: 0,
    testEvents: 0,
    handedOn: 0,
  };
  try {
    // One processor per invocation: its state must not be shared by invocations that overlap (local mode).
    const response = await processPartialResponse(
      event,
      (record: SQSRecord) => processIngestRecord(record, ready, settings, counts),
      new BatchProcessor(EventType.SQS),
      // When every message failed, report each one instead of throwing: the outcome in SQS is the same.
      { context, throwOnFullBatchFailure: false },
    );
    // Counts only: the per-event lines (DEBUG) carry keys and ids, and text is never logged.
    logger.info('Processed batch', {
      messages: event.Records.length,
      failedMessages: response.batchItemFailures.length,
      ...counts,
    });
    // Once per invocation, whatever happened: the alarms and the dashboard read these two.
    metrics.addMetric('messagesFailed', MetricUnit.Count, response.batchItemFailures.length);
    metrics.addMetric('invocationsStoppedEarly', MetricUnit.Count, counts.handedOn > 0 ? 1 : 0);
    return response;
  } finally {
    // A batch of test events records none: publishing nothing would only log a warning.
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    subsegment?.close();
    if (segment !== undefined) tracer?.setSegment(segment);
  }
}
