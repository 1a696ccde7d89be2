import { sourceArticleIds } from './sourceArticleIds';
import type { SourceItem, StoredProgress, StoredSource } from './types';

/**
 * The record a source item stands for, without table keys and lease attributes; absent fields are null.
 *
 * @example
 * ```ts
 * const source = toStoredSource(item);
 * if (source.status === 'REJECTED') console.log(source.reason?.message);
 * ```
 */
export function toStoredSource(item: SourceItem): StoredSource {
  const articleIds = sourceArticleIds(item);
  return {
    bucket: item.bucket,
    key: item.key,
    status: item.status,
    versionId: item.versionId ?? null,
    eTag: item.eTag ?? null,
    size: item.size ?? null,
    lastModified: item.lastModified ?? null,
    sequencer: item.sequencer ?? null,
    eventName: item.eventName ?? null,
    articleIds,
    articleCount: item.articleCount ?? articleIds.length,
    parserVersion: item.parserVersion ?? null,
    processedAt: item.processedAt ?? null,
    format: item.format ?? null,
    encoding: item.encoding ?? null,
    compressed: item.compressed ?? null,
    reason: item.reason ?? null,
    memberRejections: item.memberRejections ?? [],
    memberRejectionCount: item.memberRejectionCount ?? item.memberRejections?.length ?? 0,
    error: item.error ?? null,
    expiresAt: item.expiresAt ?? null,
    progress: progressOf(item),
  };
}

function progressOf(item: SourceItem): StoredProgress | null {
  const progress = item.progress;
  if (progress === undefined) return null;
  const leaseHeld = item.leaseSequencerKey === progress.sequencerKey && item.leaseExpiresAt !== undefined;
  return {
    sequencer: progress.sequencer,
    versionId: progress.versionId ?? null,
    eTag: progress.eTag,
    parserVersion: progress.parserVersion,
    startedAt: progress.startedAt,
    updatedAt: progress.updatedAt,
    documentsStored: progress.documentsStored,
    indexRowsWritten: progress.indexRowsWritten,
    totalDocuments: progress.totalDocuments ?? null,
    expectedDocuments: progress.expectedDocuments ?? null,
    slices: progress.slices,
    leaseExpiresAt: leaseHeld ? (item.leaseExpiresAt ?? null) : null,
  };
}
