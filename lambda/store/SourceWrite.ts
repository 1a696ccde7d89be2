import { randomUUID } from 'node:crypto';
import type { ParsePosition } from '../parser/types';
import { articleId } from './articleId';
import { batchWriteItems, type WriteRequest } from './batchWriteItems';
import { checkpointSource } from './checkpointSource';
import { claimSource } from './claimSource';
import { commitSource } from './commitSource';
import { LeaseLostError } from './errors';
import { objectTagOf } from './objectTagOf';
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
  ArticleInput,
  ArticleWriteOptions,
  FinishOutcome,
  ObjectMetadata,
  SourceEvent,
  SourceItem,
  SourceProgress,
  StoreContext,
} from './types';

/** Settings of one write. */
export interface SourceWriteOptions extends ArticleWriteOptions {
  parserVersion: string;
  /** Days a `DELETED` article or source is kept before DynamoDB's TTL removes it. */
  deletedRetentionDays: number;
  /** How long this write (or this slice of it) may hold the key: longer than it can run. */
  leaseMs: number;
  now: () => Date;
}

/** What a write is asked to do. */
export interface SourceWriteRequest {
  /** The object S3 holds and the write stores; none for a delete (its progress then names no object). */
  object?: ObjectMetadata;
  /** The SQS message the write processes (recorded with the lease). */
  messageId?: string;
  /**
   * The write is a continuation of a write in slices: it claims the key only while the key's progress is
   * that write's (same sequencer, parser and `object`), and is skipped otherwise.
   */
  continuation?: boolean;
  /**
   * Documents the write stores, when known before it starts: a whole write, recorded at the claim, with no
   * checkpoints. Without it the write is one that may run in slices: it announces each batch and records a
   * checkpoint a later slice resumes after.
   */
  documentCount?: number;
}

export type SourceWriteStart =
  | { claimed: false; result: ApplyResult }
  | { claimed: true; write: SourceWrite };

const SECONDS_PER_DAY = 86_400;

/** What a write without an object (a delete) records as its object: no real eTag is empty. */
const NO_OBJECT = { versionId: null, eTag: '' } as const;

/**
 * One write of a key's records, in as many batches and slices as it needs (docs/store.md): `begin` claims
 * the key (stale, duplicate and superseded events write nothing), `writeBatch` stores documents in order
 * (reading the earlier items of exactly those documents first, so no stale row survives; with the parser's
 * position of the last, which the next slice resumes from), `handOn` records
 * the checkpoint and gives the key back for the next slice, `finish` removes the documents the new version
 * no longer has and commits the source item. A write that runs in slices resumes after the checkpoint of
 * an earlier slice of the same event, parser and object, never writing a document before it twice.
 *
 * @example
 * ```ts
 * const start = await SourceWrite.begin(context, event, { object }, options);
 * if (!start.claimed) return start.result;
 * await start.write.writeBatch(articles);
 * await start.write.finish({ kind: 'parsed', object, parse });
 * ```
 */
export class SourceWrite {
  readonly #context: StoreContext;
  readonly #event: SourceEvent;
  readonly #options: SourceWriteOptions;
  readonly #owner: string;
  readonly #sequencerKey: string;
  readonly #parserVersionKey: string;
  readonly #previous: SourceItem | undefined;
  readonly #object: ObjectMetadata | undefined;
  readonly #processedAt: string;
  readonly #expiresAt: number;
  /** Present for a write that may run in slices. */
  #progress: SourceProgress | undefined;
  /** The highest document this write recorded in `pendingDocumentCounts`. */
  #announced: number;
  /** Documents 1..this are stored (earlier slices included). */
  #stored: number;
  #rows: number;
  #surplusRemoved = false;

  private constructor(
    context: StoreContext,
    event: SourceEvent,
    request: SourceWriteRequest,
    options: SourceWriteOptions,
    claim: {
      owner: string;
      sequencerKey: string;
      parserVersionKey: string;
      previous: SourceItem | undefined;
    },
  ) {
    this.#context = context;
    this.#event = event;
    this.#options = options;
    this.#owner = claim.owner;
    this.#sequencerKey = claim.sequencerKey;
    this.#parserVersionKey = claim.parserVersionKey;
    this.#previous = claim.previous;
    this.#object = request.object;
    const now = options.now();
    this.#announced = request.documentCount ?? 0;
    this.#stored = 0;
    this.#rows = 0;
    let startedAt = now.toISOString();
    if (request.documentCount === undefined) {
      const earlier = claim.previous?.progress;
      const object = request.object ?? NO_OBJECT;
      const objectTag = objectTagOf(object);
      const resumes =
        earlier !== undefined &&
        earlier.sequencerKey === claim.sequencerKey &&
        earlier.parserVersionKey === claim.parserVersionKey &&
        earlier.objectTag === objectTag;
      if (resumes) {
        startedAt = earlier.startedAt;
        this.#stored = earlier.documentsStored;
        this.#rows = earlier.indexRowsWritten;
      }
      this.#progress = {
        sequencer: event.sequencer,
        sequencerKey: claim.sequencerKey,
        parserVersion: options.parserVersion,
        parserVersionKey: claim.parserVersionKey,
        objectTag,
        versionId: object.versionId,
        eTag: object.eTag,
        startedAt,
        updatedAt: now.toISOString(),
        documentsStored: this.#stored,
        indexRowsWritten: this.#rows,
        ...(resumes && earlier.totalDocuments !== undefined
          ? { totalDocuments: earlier.totalDocuments }
          : {}),
        ...(resumes && earlier.position !== undefined ? { position: earlier.position } : {}),
        ...(resumes && earlier.expectedDocuments !== undefined
          ? { expectedDocuments: earlier.expectedDocuments }
          : {}),
        ...(resumes && earlier.removedThrough !== undefined
          ? { removedThrough: earlier.removedThrough }
          : {}),
        slices: resumes ? earlier.slices + 1 : 1,
      };
    }
    this.#processedAt = startedAt;
    this.#expiresAt = Math.floor(now.getTime() / 1000) + options.deletedRetentionDays * SECONDS_PER_DAY;
  }

  /** Claims the key for a write of `event`; a skipped claim says why and what is stored. */
  static async begin(
    context: StoreContext,
    event: SourceEvent,
    request: SourceWriteRequest,
    options: SourceWriteOptions,
  ): Promise<SourceWriteStart> {
    const claimKeys = {
      owner: randomUUID(),
      sequencerKey: sequencerKey(event.sequencer),
      parserVersionKey: parserVersionKey(options.parserVersion),
    };
    const claim = await claimSource(context, {
      event,
      ...claimKeys,
      leaseExpiresAt: options.now().getTime() + options.leaseMs,
      ...(request.documentCount === undefined ? {} : { documentCount: request.documentCount }),
      ...(request.messageId === undefined ? {} : { messageId: request.messageId }),
      ...(request.continuation
        ? { continuation: { objectTag: objectTagOf(request.object ?? NO_OBJECT) } }
        : {}),
      now: options.now,
    });
    if (!claim.claimed)
      return { claimed: false, result: { action: claim.action, articleIds: sourceArticleIds(claim.stored) } };
    return {
      claimed: true,
      write: new SourceWrite(context, event, request, options, { ...claimKeys, previous: claim.previous }),
    };
  }

  /** Documents stored by earlier slices of this write: the next document to write follows them. */
  get resumeAfter(): number {
    return this.#stored;
  }

  /**
   * Where the parser resumes: the recorded position of the last document stored (with its resume point),
   * or just its index when none was recorded for it.
   */
  get resumePosition(): ParsePosition {
    const position = this.#progress?.position;
    return position?.documentIndex === this.#stored ? position : { documentIndex: this.#stored };
  }

  /** How far the write has got (undefined for a whole write). */
  get progress(): SourceProgress | undefined {
    return this.#progress;
  }

  /**
   * Records how many documents the file says it holds (the parser's `expectedDocuments`), for progress
   * reports: kept in memory, stored with the next checkpoint. Does nothing for a whole write.
   */
  expectDocuments(count: number): void {
    if (this.#progress === undefined || this.#progress.expectedDocuments === count) return;
    this.#progress = { ...this.#progress, expectedDocuments: count };
  }

  /**
   * When S3 holds what is stored (same version and eTag, same status, parser not newer, nothing left
   * unfinished), records only the event's sequencer, gives the key back and returns `skipped-unchanged`;
   * otherwise returns undefined and the write goes on.
   */
  async skipIfUnchanged(outcome: FinishOutcome): Promise<ApplyResult | undefined> {
    const previous = this.#previous;
    if (previous === undefined || !isUnchanged(previous, outcome, this.#parserVersionKey)) return undefined;
    await releaseSource(this.#context, this.#event, {
      owner: this.#owner,
      mode: 'unchanged',
      sequencerKey: this.#sequencerKey,
    });
    return { action: 'skipped-unchanged', articleIds: sourceArticleIds(previous) };
  }

  /**
   * Stores the next documents, in order and after the ones already stored: records the checkpoint so far
   * and announces the highest of them (a write in slices), reads the earlier items of these documents,
   * then writes chunks, article items and index rows (with the stale rows' deletes), each phase complete
   * before the next.
   */
  async writeBatch(articles: readonly ArticleInput[], position?: ParsePosition): Promise<void> {
    if (articles.length === 0) return;
    const indexes = articles.map((article) => article.documentIndex);
    const from = Math.min(...indexes);
    const to = Math.max(...indexes);
    if (this.#progress !== undefined) {
      this.#progress = { ...this.#progress, updatedAt: this.#options.now().toISOString() };
      await checkpointSource(this.#context, this.#event, {
        owner: this.#owner,
        progress: this.#progress,
        ...(to > this.#announced ? { announce: to } : {}),
      });
    }
    this.#announced = Math.max(this.#announced, to);
    const object = this.#object;
    if (object === undefined) throw new Error('A write without an object stores no articles');
    const items = articles.map((article) =>
      toArticleItems(
        article,
        {
          bucket: this.#event.bucket,
          key: this.#event.key,
          versionId: object.versionId,
          parserVersion: this.#options.parserVersion,
          processedAt: this.#processedAt,
          uploadDay: object.lastModified.slice(0, 10),
        },
        this.#options,
      ),
    );
    // A key never written before has nothing to find; otherwise read what the earlier version and any
    // interrupted write left in these documents' partitions, before writing over the items that list it.
    const previousDocuments =
      this.#previous === undefined
        ? []
        : await readPreviousDocuments(this.#context, this.#event.bucket, this.#event.key, { from, to });
    const plan = planRewrite(items, previousDocuments, this.#scope());
    // Chunks before the article items that point at them; article items before the rows they list.
    await batchWriteItems(this.#context, plan.chunks.map(put));
    await batchWriteItems(this.#context, plan.articles.map(put));
    await batchWriteItems(this.#context, plan.rows);
    this.#stored = Math.max(this.#stored, to);
    this.#rows += items.reduce((sum, entry) => sum + entry.indexItems.length, 0);
    if (this.#progress !== undefined) {
      const { position: _earlier, ...progress } = this.#progress;
      this.#progress = {
        ...progress,
        documentsStored: this.#stored,
        indexRowsWritten: this.#rows,
        // Only the position of the last document stored: any other would resume in the wrong place.
        ...(position?.documentIndex === this.#stored ? { position } : {}),
      };
    }
  }

  /**
   * Stops a write in slices at a safe point: records the checkpoint (every document stored so far, with
   * its rows, and the file's document count once known) and gives the key back, so that the continuation, or a newer event, can claim it at once.
   * Throws {@link LeaseLostError} if the lease was taken over.
   */
  async handOn(options: { totalDocuments?: number } = {}): Promise<SourceProgress> {
    const progress = this.#progress;
    if (progress === undefined) throw new Error('Only a write in slices hands on');
    this.#progress = {
      ...progress,
      updatedAt: this.#options.now().toISOString(),
      ...(options.totalDocuments === undefined ? {} : { totalDocuments: options.totalDocuments }),
    };
    await releaseSource(this.#context, this.#event, {
      owner: this.#owner,
      mode: 'handedOn',
      sequencerKey: this.#sequencerKey,
      progress: this.#progress,
    });
    return this.#progress;
  }

  /**
   * Removes every document past the new count (`total`: the documents stored, or 0 for a rejection) that the
   * earlier version or an interrupted write may have left: their rows and chunks first, then `DELETED`
   * tombstones, `chunk` documents at a time. Before each chunk after the first it asks `mustStop`; true
   * means it stopped there (hand on: the next slice removes the rest, finding those done as tombstones).
   * Returns whether every surplus document is removed.
   */
  async removeSurplus(
    total: number,
    options: { mustStop?: () => boolean; chunk?: number } = {},
  ): Promise<boolean> {
    const previous = this.#previous;
    if (this.#surplusRemoved || previous === undefined) return true;
    const range = Math.max(previousRange(previous), this.#announced);
    const chunk = options.chunk ?? 100;
    // An earlier slice of this write may have removed some already (its checkpoint says how far).
    const start = Math.max(total, this.#progress?.removedThrough ?? 0) + 1;
    for (let from = start; from <= range; from += chunk) {
      if (from > start && options.mustStop?.()) return false;
      const to = Math.min(range, from + chunk - 1);
      const removed = await readPreviousDocuments(this.#context, this.#event.bucket, this.#event.key, {
        from,
        to,
      });
      const plan = planRewrite([], removed, this.#scope());
      // Rows gone before a tombstone drops the list of them.
      await batchWriteItems(this.#context, plan.rows);
      await batchWriteItems(this.#context, plan.tombstones.map(put));
      if (this.#progress !== undefined)
        this.#progress = { ...this.#progress, totalDocuments: total, removedThrough: to };
    }
    this.#surplusRemoved = true;
    return true;
  }

  /**
   * Ends the write: removes the documents past the new count (unless {@link removeSurplus} did), and
   * commits the source item, which ends the lease and drops the progress. For `parsed`, the documents
   * 1..`resumeAfter` are the file's (all batches written).
   */
  async finish(outcome: FinishOutcome): Promise<ApplyResult> {
    const total = outcome.kind === 'parsed' ? this.#stored : 0;
    await this.removeSurplus(total);
    const articleIds = Array.from({ length: total }, (_, at) =>
      articleId(this.#event.bucket, this.#event.key, at + 1),
    );
    const sourceItem = toSourceItem(this.#event, outcome, {
      sequencerKey: this.#sequencerKey,
      parserVersion: this.#options.parserVersion,
      parserVersionKey: this.#parserVersionKey,
      processedAt: this.#processedAt,
      articleIds,
      expiresAt: this.#expiresAt,
    });
    await commitSource(this.#context, sourceItem, this.#owner);
    return { action: 'written', articleIds };
  }

  /**
   * Gives the key back after a failure, so the retry need not wait for the lease to run out; the pending
   * marks and the progress stay, so the retry cleans up, or resumes. Never throws; does nothing after a
   * lost lease.
   */
  async abandon(error: unknown): Promise<void> {
    if (error instanceof LeaseLostError) return;
    await releaseSource(this.#context, this.#event, {
      owner: this.#owner,
      mode: 'abandoned',
      sequencerKey: this.#sequencerKey,
    }).catch(() => undefined);
  }

  #scope() {
    const previous = this.#previous;
    return {
      bucket: this.#event.bucket,
      key: this.#event.key,
      interrupted: previous?.pendingDocumentCounts !== undefined || previous?.progress !== undefined,
      deletedAt: this.#options.now().toISOString(),
      expiresAt: this.#expiresAt,
    };
  }
}

/** S3 holds what is stored, stored by a parser at least as new, and no write was left unfinished. */
function isUnchanged(previous: SourceItem, outcome: FinishOutcome, currentParserKey: string): boolean {
  if (previous.pendingDocumentCounts !== undefined || previous.progress !== undefined) return false;
  if ((previous.parserVersionKey ?? '') < currentParserKey) return false;
  if (outcome.kind === 'deleted') return previous.status === 'DELETED';
  const sameObject =
    previous.eTag === outcome.object.eTag && (previous.versionId ?? null) === outcome.object.versionId;
  if (outcome.kind === 'rejected') {
    return sameObject && previous.status === 'REJECTED' && previous.reason?.code === outcome.rejection.code;
  }
  return sameObject && previous.status === 'PARSED';
}

/** Documents an earlier version or an interrupted write may have left: 1..this. */
function previousRange(previous: SourceItem | undefined): number {
  if (previous === undefined) return 0;
  const committed = previous.articleCount ?? previous.articleIds?.length ?? 0;
  return Math.max(committed, ...(previous.pendingDocumentCounts ?? []));
}

function put(item: { pk: string; sk: string }): WriteRequest {
  return { PutRequest: { Item: item } };
}
