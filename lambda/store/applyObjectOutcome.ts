import { randomUUID } from 'node:crypto';
import { batchWriteItems, type WriteRequest } from './batchWriteItems';
import { claimSource } from './claimSource';
import { commitSource } from './commitSource';
import { LeaseLostError } from './errors';
import { parserVersionKey } from './parserVersionKey';
import { planRewrite } from './planRewrite';
import { readPreviousDocuments } from './readPreviousDocuments';
import { releaseSource } from './releaseSource';
import { sequencerKey } from './sequencerKey';
import { sourceArticleIds } from './sourceArticleIds';
import { toArticleItems } from './toArticleItems';
import { toSourceItem } from './toSourceItem';
import type {
  ApplyResult,
  ArticleItems,
  ArticleWriteOptions,
  ObjectOutcome,
  SourceEvent,
  SourceItem,
  StoreContext,
} from './types';

/** Settings of one write. */
export interface ApplyOptions extends ArticleWriteOptions {
  parserVersion: string;
  /** Days a `DELETED` article or source is kept before DynamoDB's TTL removes it. */
  deletedRetentionDays: number;
  /** How long this write may hold the key: longer than it can run (the Lambda's remaining time). */
  leaseMs: number;
  now: () => Date;
}

const SECONDS_PER_DAY = 86_400;

/**
 * Makes the table match what an S3 event's key holds now (docs/store.md): claims the key for the event
 * (stale and duplicate events write nothing), reads what an earlier version or an interrupted write left,
 * writes the chunk, article and index items in phases that remove what the new version no longer has,
 * and commits the source item last. A crash at any point leaves the previous commit in place and the
 * next attempt converges.
 *
 * @example
 * ```ts
 * const result = await applyObjectOutcome(context, event, { kind: 'deleted' }, {
 *   parserVersion: '1.0.0', deletedRetentionDays: 30, leaseMs: 60_000, now: () => new Date(),
 *   packArticleBodies: true, indexEntities: true,
 * });
 * ```
 */
export async function applyObjectOutcome(
  context: StoreContext,
  event: SourceEvent,
  outcome: ObjectOutcome,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const eventSequencerKey = sequencerKey(event.sequencer);
  const currentParserKey = parserVersionKey(options.parserVersion);
  const articles = outcome.kind === 'parsed' ? outcome.articles : [];
  const owner = randomUUID();
  const claim = await claimSource(context, {
    event,
    sequencerKey: eventSequencerKey,
    parserVersionKey: currentParserKey,
    owner,
    leaseExpiresAt: options.now().getTime() + options.leaseMs,
    documentCount: Math.max(0, ...articles.map((article) => article.documentIndex)),
    now: options.now,
  });
  if (!claim.claimed) return { action: claim.action, articleIds: sourceArticleIds(claim.stored) };
  const { previous } = claim;
  if (previous !== undefined && isUnchanged(previous, outcome, currentParserKey)) {
    await releaseSource(context, event, { owner, mode: 'unchanged', sequencerKey: eventSequencerKey });
    return { action: 'skipped-unchanged', articleIds: sourceArticleIds(previous) };
  }

  try {
    const now = options.now();
    const processedAt = now.toISOString();
    const expiresAt = Math.floor(now.getTime() / 1000) + options.deletedRetentionDays * SECONDS_PER_DAY;
    const items: ArticleItems[] =
      outcome.kind === 'parsed'
        ? articles.map((article) =>
            toArticleItems(
              article,
              {
                bucket: event.bucket,
                key: event.key,
                versionId: outcome.object.versionId,
                parserVersion: options.parserVersion,
                processedAt,
                uploadDay: outcome.object.lastModified.slice(0, 10),
              },
              options,
            ),
          )
        : [];
    // A key never written before has nothing to find; otherwise read what the earlier version and any
    // interrupted write left, before writing over the article items that list it.
    const previousDocuments =
      previous === undefined
        ? []
        : await readPreviousDocuments(context, event.bucket, event.key, previousRange(previous));
    const plan = planRewrite(items, previousDocuments, {
      bucket: event.bucket,
      key: event.key,
      interrupted: previous?.pendingDocumentCounts !== undefined,
      deletedAt: processedAt,
      expiresAt,
    });
    // Each phase completes before the next (planRewrite says why): chunks before the article items that
    // point at them; article items before the index rows they list; rows gone before a tombstone drops the
    // list of them.
    await batchWriteItems(context, plan.chunks.map(put));
    await batchWriteItems(context, plan.articles.map(put));
    await batchWriteItems(context, plan.rows);
    await batchWriteItems(context, plan.tombstones.map(put));
    const articleIds = items.map((entry) => entry.article.id);
    const sourceItem = toSourceItem(event, outcome, {
      sequencerKey: eventSequencerKey,
      parserVersion: options.parserVersion,
      parserVersionKey: currentParserKey,
      processedAt,
      articleIds,
      expiresAt,
    });
    await commitSource(context, sourceItem, owner);
    return { action: 'written', articleIds };
  } catch (error) {
    // Give the key back at once so the retry need not wait for the lease to run out; the pending marks
    // stay, so the retry cleans up whatever this attempt wrote.
    if (!(error instanceof LeaseLostError)) {
      await releaseSource(context, event, {
        owner,
        mode: 'abandoned',
        sequencerKey: eventSequencerKey,
      }).catch(() => undefined);
    }
    throw error;
  }
}

/** S3 holds what is stored, stored by a parser at least as new, and no write was left unfinished. */
function isUnchanged(previous: SourceItem, outcome: ObjectOutcome, currentParserKey: string): boolean {
  if (previous.pendingDocumentCounts !== undefined) return false;
  if ((previous.parserVersionKey ?? '') < currentParserKey) return false;
  if (outcome.kind === 'deleted') return previous.status === 'DELETED';
  const sameObject =
    previous.eTag === outcome.object.eTag && (previous.versionId ?? null) === outcome.object.versionId;
  if (outcome.kind === 'rejected') {
    return sameObject && previous.status === 'REJECTED' && previous.reason?.code === outcome.rejection.code;
  }
  return sameObject && previous.status === 'PARSED';
}

function previousRange(previous: SourceItem): number {
  const committed = previous.articleCount ?? previous.articleIds?.length ?? 0;
  return Math.max(committed, ...(previous.pendingDocumentCounts ?? []));
}

function put(item: { pk: string; sk: string }): WriteRequest {
  return { PutRequest: { Item: item } };
}
