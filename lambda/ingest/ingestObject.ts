import { performance } from 'node:perf_hooks';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { parseDocuments } from '../parser/parseDocuments';
import type { ParsedFileInfo, ParsePosition } from '../parser/types';
import { readCurrentObject } from '../s3/readCurrentObject';
import type { S3ObjectEvent } from '../s3/types';
import type { SourceWrite } from '../store/SourceWrite';
import type {
  ApplyResult,
  ArticleInput,
  FinishOutcome,
  MemberRejection,
  ObjectOutcome,
} from '../store/types';
import { buildContinuationBody } from './buildContinuationBody';
import { mustHandOn } from './mustHandOn';
import { resolvePublishedDate } from './resolvePublishedDate';
import type {
  IngestAction,
  IngestDependencies,
  InvocationSettings,
  MessageContext,
  OutcomeCounts,
} from './types';

type CurrentObject = Awaited<ReturnType<typeof readCurrentObject>>;
type CurrentPresent = Extract<CurrentObject, { state: 'present' }>;

/** The object a write reads, or none (a delete: `eTag` empty, which no real object has). */
function objectOf(current: CurrentObject): { versionId: string | null; eTag: string } {
  return current.state === 'absent' ? { versionId: null, eTag: '' } : current.metadata;
}

/**
 * Handles one S3 event, or one continuation of a write in slices: reads what its key holds now (the event
 * is a hint), rejects an object over the size limit unread, and otherwise parses the bytes document by
 * document and stores them batch by batch (`SourceWrite`), each article's `publishedDate` completed from the
 * object's metadata or key. A write resumes after the checkpoint of an earlier slice of the same event and
 * object. A delete (or an object rejected unread for its size) turns the earlier documents into tombstones
 * in slices the same way. Before each batch it checks the invocation's deadline; when it must stop, it records the checkpoint,
 * gives the key back and sends a continuation to its own queue (one WARN line). A continuation whose object
 * changed or went is acknowledged without writing: that change's own event wins. Logs bucket, key, version
 * and record ids, never text; counts files, articles, bytes and parse time.
 *
 * @example
 * ```ts
 * const action = await ingestObject(event, dependencies, settings, counts, { messageId });
 * ```
 */
export async function ingestObject(
  event: S3ObjectEvent,
  dependencies: IngestDependencies,
  settings: InvocationSettings,
  counts: OutcomeCounts,
  message: MessageContext,
): Promise<IngestAction> {
  const { config, metrics, s3, store } = dependencies;
  const current = await readCurrentObject(s3, event.bucket, event.key, { maxBytes: config.maxObjectBytes });
  const logKeys = {
    bucket: event.bucket,
    key: event.key,
    eventName: event.eventName,
    sequencer: event.sequencer,
    versionId: current.state === 'absent' ? null : current.metadata.versionId,
    messageId: message.messageId,
  };
  const { continuation } = message;
  const object = objectOf(current);
  if (
    continuation !== undefined &&
    (object.versionId !== continuation.versionId || object.eTag !== continuation.eTag)
  ) {
    // A newer version, a delete, or an upload after a delete arrived mid-way: its own event writes the key.
    return skipped(dependencies, counts, 'skipped-superseded', { ...logKeys, continuation: true });
  }
  if (current.state !== 'present') {
    const outcome: ObjectOutcome =
      current.state === 'absent'
        ? { kind: 'deleted' }
        : {
            kind: 'rejected',
            object: current.metadata,
            rejection: {
              code: 'TOO_LARGE',
              message: `The object is ${current.metadata.size} bytes, over the ${config.maxObjectBytes}-byte limit.`,
            },
          };
    return await removeDocuments(event, current, outcome, dependencies, settings, counts, message, logKeys);
  }

  const start = await store.beginWrite(
    event,
    { object: current.metadata, messageId: message.messageId, continuation: continuation !== undefined },
    { leaseMs: settings.leaseMs },
  );
  if (!start.claimed) return skipped(dependencies, counts, start.result.action, logKeys);
  // Each slice reads the object again: bytes read, not bytes stored.
  metrics.addMetric('objectBytes', MetricUnit.Bytes, current.bytes.byteLength);
  const { write } = start;
  try {
    return await writeDocuments(write, event, current, dependencies, settings, counts, logKeys);
  } catch (error) {
    await write.abandon(error);
    throw error;
  }
}

/** Parses the object after the checkpoint and stores it batch by batch; finishes, or hands on in time. */
async function writeDocuments(
  write: SourceWrite,
  event: S3ObjectEvent,
  current: CurrentPresent,
  dependencies: IngestDependencies,
  settings: InvocationSettings,
  counts: OutcomeCounts,
  logKeys: Record<string, unknown>,
): Promise<IngestAction> {
  const { config, metrics } = dependencies;
  const resumeAfter = write.resumeAfter;
  const documents = parseDocuments(current.bytes, {
    maxBytes: config.maxObjectBytes,
    // With the resume point recorded at the checkpoint, the parser skips the text before it unread.
    ...(resumeAfter > 0 ? { resumeAfter: write.resumePosition } : {}),
  });
  const canHandOn = config.ingestQueueUrl !== undefined;
  let file: ParsedFileInfo | undefined;
  // Every slice parses the members from the start, so the last one sees every unreadable member.
  const memberRejections: MemberRejection[] = [];
  const members = () => (memberRejections.length === 0 ? {} : { memberRejections });
  let batch: ArticleInput[] = [];
  let batchEnd: ParsePosition | undefined;
  let slowestBatchMs = 0;
  let parseMs = 0;
  let written = 0;
  const store = async () => {
    const started = performance.now();
    await write.writeBatch(batch, batchEnd);
    slowestBatchMs = Math.max(slowestBatchMs, performance.now() - started);
    written += batch.length;
    batch = [];
  };
  const iterator = documents[Symbol.asyncIterator]();
  try {
    for (;;) {
      const pulled = performance.now();
      const step = await iterator.next();
      parseMs += performance.now() - pulled;
      if (step.done) break;
      const parsed = step.value;
      if (parsed.kind === 'rejected') {
        const outcome: FinishOutcome = {
          kind: 'rejected',
          object: current.metadata,
          rejection: parsed.rejection,
          ...members(),
        };
        const unchanged = await write.skipIfUnchanged(outcome);
        if (unchanged !== undefined) return recordOutcome(dependencies, counts, outcome, unchanged, logKeys);
        // A rejected re-upload of a big file turns every earlier document into a tombstone: in slices too.
        if (!(await removeInTime(write, 0, dependencies, settings, () => slowestBatchMs))) {
          return await handOn(write, event, current, dependencies, counts, { ...logKeys, totalDocuments: 0 });
        }
        const result = await write.finish(outcome);
        return recordOutcome(dependencies, counts, outcome, result, logKeys);
      }
      if (parsed.kind === 'file') {
        file = { format: parsed.format, encoding: parsed.encoding, compressed: parsed.compressed };
        if (parsed.expectedDocuments !== undefined) write.expectDocuments(parsed.expectedDocuments);
        const unchanged =
          resumeAfter === 0
            ? await write.skipIfUnchanged({ kind: 'parsed', object: current.metadata, parse: file })
            : undefined;
        if (unchanged !== undefined) return skipped(dependencies, counts, unchanged.action, logKeys);
        continue;
      }
      if (parsed.kind === 'member-rejected') {
        const { member, rejection } = parsed;
        memberRejections.push({ member, code: rejection.code, message: rejection.message });
        continue;
      }
      if (parsed.kind !== 'article') continue; // an open set of kinds: ignore one this code does not know
      // The safe point: between batches, every document before it stored with its rows.
      const timing =
        batch.length === 0 && canHandOn
          ? { remainingMs: settings.remainingMs(), budgetMs: settings.budgetMs, slowestBatchMs }
          : undefined;
      if (timing !== undefined && mustHandOn(timing)) {
        metrics.addMetric('articlesParsed', MetricUnit.Count, written);
        counts.articles += written;
        return await handOn(write, event, current, dependencies, counts, {
          ...logKeys,
          remainingMs: timing.remainingMs,
          storedThisSlice: written,
        });
      }
      batchEnd = parsed.position;
      batch.push({
        ...parsed.article,
        ...resolvePublishedDate(parsed.article, {
          userMetadata: current.userMetadata,
          key: event.key,
          dateFromKey: config.dateFromKey,
        }),
      });
      if (batch.length >= config.writeBatchDocuments) await store();
    }
    await store();
  } finally {
    metrics.addMetric('parseTime', MetricUnit.Milliseconds, parseMs);
    await iterator.return?.();
  }
  if (file === undefined) throw new Error('The parser gave neither a file nor a rejection');
  const outcome: FinishOutcome = { kind: 'parsed', object: current.metadata, parse: file, ...members() };
  // A rewrite with far fewer documents than before may have thousands to remove: that may take slices too.
  const total = write.resumeAfter;
  if (!(await removeInTime(write, total, dependencies, settings, () => slowestBatchMs))) {
    metrics.addMetric('articlesParsed', MetricUnit.Count, written);
    counts.articles += written;
    return await handOn(write, event, current, dependencies, counts, {
      ...logKeys,
      remainingMs: settings.remainingMs(),
      storedThisSlice: written,
      totalDocuments: total,
    });
  }
  const result = await write.finish(outcome);
  metrics.addMetric('articlesParsed', MetricUnit.Count, written);
  counts.articles += written;
  return recordOutcome(dependencies, counts, outcome, result, logKeys, { countArticles: false });
}

/**
 * Makes the key's records say it holds no article (deleted, or rejected unread for its size), in slices:
 * every earlier document becomes a tombstone, its rows deleted first, a batch's worth at a time, and the
 * invocation hands the rest on before its deadline, as a write of documents does. A source of 20,000
 * articles takes as many invocations as it needs; the source is committed once, at the end.
 */
async function removeDocuments(
  event: S3ObjectEvent,
  current: Exclude<CurrentObject, CurrentPresent>,
  outcome: Exclude<FinishOutcome, { kind: 'parsed' }>,
  dependencies: IngestDependencies,
  settings: InvocationSettings,
  counts: OutcomeCounts,
  message: MessageContext,
  logKeys: Record<string, unknown>,
): Promise<IngestAction> {
  const start = await dependencies.store.beginWrite(
    event,
    {
      ...(current.state === 'absent' ? {} : { object: current.metadata }),
      messageId: message.messageId,
      continuation: message.continuation !== undefined,
    },
    { leaseMs: settings.leaseMs },
  );
  if (!start.claimed) return skipped(dependencies, counts, start.result.action, logKeys);
  const { write } = start;
  try {
    const unchanged = await write.skipIfUnchanged(outcome);
    if (unchanged !== undefined) return recordOutcome(dependencies, counts, outcome, unchanged, logKeys);
    if (!(await removeInTime(write, 0, dependencies, settings, () => 0))) {
      return await handOn(write, event, current, dependencies, counts, { ...logKeys, totalDocuments: 0 });
    }
    const result = await write.finish(outcome);
    return recordOutcome(dependencies, counts, outcome, result, logKeys);
  } catch (error) {
    await write.abandon(error);
    throw error;
  }
}

/**
 * Removes the documents past `total` a batch's worth at a time, checking the deadline between chunks (when
 * the function can hand on; the slowest chunk counts as a batch does); false when it must stop and hand
 * the rest on.
 */
function removeInTime(
  write: SourceWrite,
  total: number,
  dependencies: IngestDependencies,
  settings: InvocationSettings,
  slowestBatchMs: () => number,
): Promise<boolean> {
  const { config } = dependencies;
  const canHandOn = config.ingestQueueUrl !== undefined;
  // Asked before each chunk after the first: the time since the last ask is a chunk's.
  let asked = performance.now();
  let slowestChunkMs = 0;
  const mustStop = () => {
    const now = performance.now();
    slowestChunkMs = Math.max(slowestChunkMs, now - asked);
    asked = now;
    return (
      canHandOn &&
      mustHandOn({
        remainingMs: settings.remainingMs(),
        budgetMs: settings.budgetMs,
        slowestBatchMs: Math.max(slowestBatchMs(), slowestChunkMs),
      })
    );
  };
  return write.removeSurplus(total, { mustStop, chunk: config.writeBatchDocuments });
}

/** Records the checkpoint, gives the key back, and sends the continuation to the function's own queue. */
async function handOn(
  write: SourceWrite,
  event: S3ObjectEvent,
  current: CurrentObject,
  dependencies: IngestDependencies,
  counts: OutcomeCounts,
  logKeys: Record<string, unknown>,
): Promise<IngestAction> {
  const { config, logger, sqs } = dependencies;
  const totalDocuments = logKeys.totalDocuments as number | undefined;
  const progress = await write.handOn(totalDocuments === undefined ? {} : { totalDocuments });
  // Sent after the key is given back: if the send fails, this message fails and its retry resumes.
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: config.ingestQueueUrl,
      MessageBody: buildContinuationBody({
        bucket: event.bucket,
        key: event.key,
        sequencer: event.sequencer,
        eventName: event.eventName,
        ...objectOf(current),
        resumeAfter: progress.documentsStored,
        slice: progress.slices + 1,
      }),
    }),
  );
  counts.handedOn += 1;
  logger.warn('Stopped early to hand on: the rest of the file continues in a new invocation', {
    ...logKeys,
    documentsStored: progress.documentsStored,
    indexRowsWritten: progress.indexRowsWritten,
    slice: progress.slices,
  });
  return 'handed-on';
}

function skipped(
  dependencies: IngestDependencies,
  counts: OutcomeCounts,
  action: ApplyResult['action'],
  logKeys: Record<string, unknown>,
): IngestAction {
  dependencies.metrics.addMetric('eventsSkipped', MetricUnit.Count, 1);
  counts.skipped += 1;
  dependencies.logger.debug('Event changed nothing', { ...logKeys, action });
  return action;
}

function recordOutcome(
  dependencies: IngestDependencies,
  counts: OutcomeCounts,
  outcome: FinishOutcome,
  result: ApplyResult,
  logKeys: Record<string, unknown>,
  options: { countArticles: boolean } = { countArticles: true },
): IngestAction {
  const { logger, metrics } = dependencies;
  if (result.action !== 'written') return skipped(dependencies, counts, result.action, logKeys);
  const keys = { ...logKeys, outcome: outcome.kind, action: result.action, articleIds: result.articleIds };
  if (outcome.kind === 'parsed') {
    metrics.addMetric('filesParsed', MetricUnit.Count, 1);
    counts.parsed += 1;
    if (options.countArticles) counts.articles += result.articleIds.length;
    logger.debug('Stored articles', keys);
  } else if (outcome.kind === 'rejected') {
    metrics.addMetric('filesRejected', MetricUnit.Count, 1);
    counts.rejected += 1;
    logger.warn('Rejected file', { ...keys, reason: outcome.rejection });
  } else {
    metrics.addMetric('filesDeleted', MetricUnit.Count, 1);
    counts.deleted += 1;
    logger.debug('Marked deleted', keys);
  }
  const rejectedMembers = outcome.kind === 'deleted' ? [] : (outcome.memberRejections ?? []);
  if (rejectedMembers.length > 0) {
    metrics.addMetric('membersRejected', MetricUnit.Count, rejectedMembers.length);
    // Names and codes only (a message may quote a member's name again; never article text).
    logger.warn('Rejected ZIP members', {
      ...logKeys,
      membersRejected: rejectedMembers.length,
      members: rejectedMembers.slice(0, 10).map(({ member, code }) => ({ member, code })),
    });
  }
  return result.action;
}
