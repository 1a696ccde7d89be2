import {
  MAX_LISTED_ARTICLE_IDS,
  MAX_MEMBER_REJECTION_MESSAGE_CHARS,
  MAX_RECORDED_MEMBER_REJECTIONS,
  SCHEMA_VERSION,
} from './constants';
import { tableKeys } from './tableKeys';
import type { FinishOutcome, MemberRejection, SourceEvent, SourceItem } from './types';

/** What a committed source item records besides the event and the outcome. */
export interface SourceItemContext {
  sequencerKey: string;
  parserVersion: string;
  parserVersionKey: string;
  /** ISO timestamp of this write. */
  processedAt: string;
  articleIds: string[];
  /** TTL of a `DELETED` source, epoch seconds. */
  expiresAt: number;
}

/**
 * The source item a write commits: `PARSED` with its article ids, `REJECTED` with the reason, or
 * `DELETED` (a tombstone that expires); a source that is not `PARSED` is in the `lookup` index under
 * `STATUS#<status>`. The ZIP members that could not be read are recorded (the first
 * {@link MAX_RECORDED_MEMBER_REJECTIONS}, and their count), and a `PARSED` source with any is listed under
 * `STATUS#REJECTED` too, so the rejected-sources query (access pattern 5) finds it. Written whole, it also
 * ends the write's lease.
 *
 * @example
 * ```ts
 * const item = toSourceItem(event, { kind: 'deleted' }, context);
 * item.status; // 'DELETED'
 * ```
 */
export function toSourceItem(
  event: SourceEvent,
  outcome: FinishOutcome,
  context: SourceItemContext,
): SourceItem {
  const base: SourceItem = {
    ...tableKeys.source(event.bucket, event.key),
    type: 'SOURCE',
    schemaVersion: SCHEMA_VERSION,
    bucket: event.bucket,
    key: event.key,
    status: 'PARSED',
    sequencer: event.sequencer,
    sequencerKey: context.sequencerKey,
    eventName: event.eventName,
    articleCount: context.articleIds.length,
    ...(context.articleIds.length <= MAX_LISTED_ARTICLE_IDS ? { articleIds: context.articleIds } : {}),
    parserVersion: context.parserVersion,
    parserVersionKey: context.parserVersionKey,
    processedAt: context.processedAt,
  };
  if (outcome.kind === 'deleted') {
    return {
      ...base,
      status: 'DELETED',
      versionId: null,
      eTag: null,
      size: null,
      lastModified: null,
      expiresAt: context.expiresAt,
      ...statusIndex('DELETED', event, context.processedAt),
    };
  }
  const object = {
    versionId: outcome.object.versionId,
    eTag: outcome.object.eTag,
    size: outcome.object.size,
    lastModified: outcome.object.lastModified,
  };
  const members = memberRejectionsOf(outcome.memberRejections ?? []);
  if (outcome.kind === 'rejected') {
    return {
      ...base,
      ...object,
      status: 'REJECTED',
      reason: outcome.rejection,
      ...members,
      ...statusIndex('REJECTED', event, context.processedAt),
    };
  }
  return {
    ...base,
    ...object,
    ...outcome.parse,
    ...members,
    ...(members.memberRejectionCount === undefined
      ? {}
      : statusIndex('REJECTED', event, context.processedAt)),
  };
}

/** The attributes recording unreadable members: none when every member was read. */
function memberRejectionsOf(
  rejections: readonly MemberRejection[],
): Pick<SourceItem, 'memberRejections' | 'memberRejectionCount'> {
  if (rejections.length === 0) return {};
  return {
    memberRejections: rejections.slice(0, MAX_RECORDED_MEMBER_REJECTIONS).map((rejection) => ({
      member: rejection.member,
      code: rejection.code,
      message: rejection.message.slice(0, MAX_MEMBER_REJECTION_MESSAGE_CHARS),
    })),
    memberRejectionCount: rejections.length,
  };
}

function statusIndex(status: 'REJECTED' | 'DELETED', event: SourceEvent, processedAt: string) {
  return {
    gsi2pk: tableKeys.statusPartition(status),
    gsi2sk: tableKeys.statusSortKey(processedAt, event.bucket, event.key),
  };
}
