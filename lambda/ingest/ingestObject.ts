import { performance } from 'node:perf_hooks';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { parseFile } from '../parser/parseFile';
import { readCurrentObject } from '../s3/readCurrentObject';
import type { S3ObjectEvent } from '../s3/types';
import type { ApplyResult, ObjectOutcome } from '../store/types';
import { resolvePublishedDate } from './resolvePublishedDate';
import type { IngestDependencies, InvocationSettings, OutcomeCounts } from './types';

/**
 * Handles one S3 event: reads what its key holds now (the event is a hint), rejects an object over the
 * size limit unread, parses the bytes, completes each article's `publishedDate` from the object's metadata
 * or key, and has the store make the table match. Logs bucket, key, version and record ids, never text:
 * a rejection at WARN, every other outcome at DEBUG (the handler logs one INFO line per invocation from
 * `counts`, which this adds the event's outcome to); counts files, articles, bytes and parse time.
 *
 * @example
 * ```ts
 * const counts = { parsed: 0, rejected: 0, deleted: 0, skipped: 0, failed: 0, articles: 0, testEvents: 0 };
 * const result = await ingestObject(event, dependencies, { leaseMs: 60_000 }, counts);
 * ```
 */
export async function ingestObject(
  event: S3ObjectEvent,
  dependencies: IngestDependencies,
  settings: InvocationSettings,
  counts: OutcomeCounts,
): Promise<ApplyResult> {
  const { config, logger, metrics, s3, store } = dependencies;
  const current = await readCurrentObject(s3, event.bucket, event.key, { maxBytes: config.maxObjectBytes });
  let outcome: ObjectOutcome;
  if (current.state === 'absent') {
    outcome = { kind: 'deleted' };
  } else if (current.state === 'tooLarge') {
    outcome = {
      kind: 'rejected',
      object: current.metadata,
      rejection: {
        code: 'TOO_LARGE',
        message: `The object is ${current.metadata.size} bytes, over the ${config.maxObjectBytes}-byte limit.`,
      },
    };
  } else {
    metrics.addMetric('objectBytes', MetricUnit.Bytes, current.bytes.byteLength);
    const started = performance.now();
    const parsed = await parseFile(current.bytes, { maxBytes: config.maxObjectBytes });
    metrics.addMetric('parseTime', MetricUnit.Milliseconds, performance.now() - started);
    outcome = parsed.ok
      ? {
          kind: 'parsed',
          object: current.metadata,
          parse: { format: parsed.format, encoding: parsed.encoding, compressed: parsed.compressed },
          articles: parsed.articles.map((article) => ({
            ...article,
            ...resolvePublishedDate(article, {
              userMetadata: current.userMetadata,
              key: event.key,
              dateFromKey: config.dateFromKey,
            }),
          })),
        }
      : { kind: 'rejected', object: current.metadata, rejection: parsed.rejection };
  }

  const result = await store.apply(event, outcome, { leaseMs: settings.leaseMs });
  const logKeys = {
    bucket: event.bucket,
    key: event.key,
    eventName: event.eventName,
    sequencer: event.sequencer,
    versionId: outcome.kind === 'deleted' ? null : outcome.object.versionId,
    outcome: outcome.kind,
    action: result.action,
    articleIds: result.articleIds,
  };
  if (result.action !== 'written') {
    metrics.addMetric('eventsSkipped', MetricUnit.Count, 1);
    counts.skipped += 1;
    logger.debug('Event changed nothing', logKeys);
    return result;
  }
  if (outcome.kind === 'parsed') {
    metrics.addMetric('filesParsed', MetricUnit.Count, 1);
    metrics.addMetric('articlesParsed', MetricUnit.Count, outcome.articles.length);
    counts.parsed += 1;
    counts.articles += outcome.articles.length;
    logger.debug('Stored articles', logKeys);
  } else if (outcome.kind === 'rejected') {
    metrics.addMetric('filesRejected', MetricUnit.Count, 1);
    counts.rejected += 1;
    logger.warn('Rejected file', { ...logKeys, reason: outcome.rejection });
  } else {
    metrics.addMetric('filesDeleted', MetricUnit.Count, 1);
    counts.deleted += 1;
    logger.debug('Marked deleted', logKeys);
  }
  return result;
}
