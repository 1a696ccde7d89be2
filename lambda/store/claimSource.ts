import { setTimeout as sleep } from 'node:timers/promises';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { backoffDelay } from './backoffDelay';
import { SCHEMA_VERSION } from './constants';
import { LeaseHeldError } from './errors';
import { tableKeys } from './tableKeys';
import type { ApplyAction, SourceEvent, SourceItem, StoreContext } from './types';

/** What a claim needs to know about the write it guards. */
export interface ClaimRequest {
  event: SourceEvent;
  sequencerKey: string;
  parserVersionKey: string;
  /** Random id of this write. */
  owner: string;
  /** Epoch milliseconds the lease ends at. */
  leaseExpiresAt: number;
  /**
   * Documents this write will store, when known before it starts: recorded until the commit, so a retry
   * after a crash finds them. A write in slices announces each batch instead (`SourceWrite`).
   */
  documentCount?: number;
  /** The SQS message this write processes, recorded with the lease (its own redelivery must not skip). */
  messageId?: string;
  /**
   * Continue a write in slices: claim only while the key's progress is that write's (same sequencer and
   * object, `objectTag`, a parser not newer); otherwise the write was finished or replaced, and this is
   * skipped.
   */
  continuation?: { objectTag: string };
  now: () => Date;
}

/** Why a claim wrote nothing. */
export type ClaimSkip = Exclude<ApplyAction, 'written' | 'skipped-unchanged'>;

export type ClaimResult =
  /** The key is this writer's; `previous` is the source item as it was (undefined for a new key). */
  | { claimed: true; previous: SourceItem | undefined }
  | { claimed: false; action: ClaimSkip; stored: SourceItem };

/**
 * Claims a key for one write: a conditional UpdateItem on the source item that succeeds only when the
 * event is newer than the stored one (or equal with a newer parser version) and no other write holds an
 * unexpired lease. A stale or duplicate event gets a skip, written nothing. While a writer for an older
 * event holds the key this waits with back-off; a writer for the same or a newer event makes this event
 * superseded (that writer read S3 after this event's change, with a parser at least as new). A claim
 * that finds its own lease was applied by an attempt whose answer was lost. Throws {@link LeaseHeldError}
 * when the older writer is not done after every retry.
 *
 * @example
 * ```ts
 * const claim = await claimSource(context, request);
 * if (!claim.claimed) return { action: claim.action, articleIds: claim.stored.articleIds ?? [] };
 * ```
 */
export async function claimSource(context: StoreContext, request: ClaimRequest): Promise<ClaimResult> {
  const { event } = request;
  const key = tableKeys.source(event.bucket, event.key);
  const continuing = request.continuation !== undefined;
  const free = '(attribute_not_exists(leaseExpiresAt) OR leaseExpiresAt < :now)';
  const newer =
    '(attribute_not_exists(sequencerKey) OR sequencerKey < :seq OR ' +
    '(sequencerKey = :seq AND (attribute_not_exists(parserVersionKey) OR parserVersionKey < :parser)))';
  // A write under way for a newer event read S3 after this one: this one must not restart the key.
  const notBehindChain = '(attribute_not_exists(progress) OR progress.sequencerKey <= :seq)';
  // A continuation goes on with its own write; under a newer parser (a deploy mid-way) it starts over.
  const sameChain =
    'progress.sequencerKey = :seq AND progress.objectTag = :tag AND progress.parserVersionKey <= :parser';
  for (let attempt = 1; ; attempt++) {
    const nowMs = request.now().getTime();
    try {
      const output = await context.client.send(
        new UpdateCommand({
          TableName: context.tableName,
          Key: key,
          UpdateExpression:
            'SET #type = if_not_exists(#type, :type), schemaVersion = if_not_exists(schemaVersion, :schema), ' +
            '#bucket = if_not_exists(#bucket, :bucket), #key = if_not_exists(#key, :key), ' +
            '#status = if_not_exists(#status, :processing), ' +
            'leaseOwner = :owner, leaseExpiresAt = :until, leaseSequencerKey = :seq, leaseParserVersionKey = :parser, ' +
            'leaseMessageId = :message' +
            (request.documentCount === undefined ? '' : ' ADD pendingDocumentCounts :count'),
          ConditionExpression: continuing
            ? `attribute_exists(pk) AND ${free} AND ${newer} AND ${sameChain}`
            : `attribute_not_exists(pk) OR (${free} AND ${newer} AND ${notBehindChain})`,
          ExpressionAttributeNames: {
            '#type': 'type',
            '#bucket': 'bucket',
            '#key': 'key',
            '#status': 'status',
          },
          ExpressionAttributeValues: {
            ':type': 'SOURCE',
            ':schema': SCHEMA_VERSION,
            ':bucket': event.bucket,
            ':key': event.key,
            ':processing': 'PROCESSING',
            ':owner': request.owner,
            ':until': request.leaseExpiresAt,
            ':seq': request.sequencerKey,
            ':message': request.messageId ?? '-',
            ...(request.documentCount === undefined ? {} : { ':count': new Set([request.documentCount]) }),
            ...(continuing ? { ':tag': request.continuation?.objectTag } : {}),
            ':now': nowMs,
            ':parser': request.parserVersionKey,
          },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return { claimed: true, previous: output.Attributes as SourceItem | undefined };
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }

    const stored = await readSource(context, key);
    if (stored === undefined) continue; // deleted by TTL in between: claim again
    // The SDK retried a claim that DynamoDB had applied (its answer lost to a timeout or a reset): the key is
    // this writer's. The stored item stands in for the one before the claim; its pending counts now include
    // this write's, so the write reads and cleans as after an interrupted write: more than needed, never less.
    if (stored.leaseOwner === request.owner) return { claimed: true, previous: stored };
    const skip = skipReason(stored, request);
    if (skip !== undefined) return { claimed: false, action: skip, stored };
    if (attempt >= context.retry.maxAttempts) throw new LeaseHeldError(event.bucket, event.key);
    await sleep(backoffDelay(attempt, context.retry));
  }
}

function skipReason(stored: SourceItem, request: ClaimRequest): ClaimSkip | undefined {
  const storedSequencer = stored.sequencerKey;
  if (storedSequencer !== undefined && storedSequencer > request.sequencerKey) return 'skipped-older';
  if (
    storedSequencer === request.sequencerKey &&
    (stored.parserVersionKey ?? '') >= request.parserVersionKey
  ) {
    return 'skipped-duplicate';
  }
  const progress = stored.progress;
  if (progress !== undefined && progress.sequencerKey > request.sequencerKey) return 'skipped-older';
  if (
    request.continuation !== undefined &&
    (progress === undefined ||
      progress.sequencerKey !== request.sequencerKey ||
      progress.objectTag !== request.continuation.objectTag)
  ) {
    // The write this continues was finished, or replaced by a write of a newer event: nothing left to do.
    return 'skipped-superseded';
  }
  // A write by a newer parser (a function older than the chain's runs this): wait, then retry later.
  const leaseHeld = stored.leaseExpiresAt !== undefined && stored.leaseExpiresAt >= request.now().getTime();
  if (!leaseHeld) return undefined;
  const holderSequencer = stored.leaseSequencerKey ?? '';
  // Only a holder for a newer event (or the same one under a newer parser) makes this one superseded. A
  // holder for the same event may be a duplicate of this message, or this very message's earlier receive,
  // and may have died (a timeout, a crash, a killed worker): acknowledging this message could drop the only
  // one left to finish the key. Wait, then fail it back to the queue; once the lease has run out, it takes over.
  const holderIsNewer =
    holderSequencer > request.sequencerKey ||
    (holderSequencer === request.sequencerKey &&
      (stored.leaseParserVersionKey ?? '') > request.parserVersionKey);
  if (holderIsNewer) return 'skipped-superseded';
  return undefined;
}

async function readSource(
  context: StoreContext,
  key: { pk: string; sk: string },
): Promise<SourceItem | undefined> {
  const output = await context.client.send(
    new GetCommand({ TableName: context.tableName, Key: key, ConsistentRead: true }),
  );
  return output.Item as SourceItem | undefined;
}
