import { SourceWrite, type SourceWriteOptions } from './SourceWrite';
import type { ApplyResult, ObjectOutcome, SourceEvent, StoreContext } from './types';

/** Settings of one write. */
export type ApplyOptions = SourceWriteOptions;

/**
 * Makes the table match what an S3 event's key holds now, in one go (docs/store.md): claims the key for
 * the event (stale and duplicate events write nothing), writes the chunk, article and index items of every
 * document in phases that remove what the new version no longer has, and commits the source item last. A
 * crash at any point leaves the previous commit in place and the next attempt converges. The ingest
 * function writes large files in slices instead (`SourceWrite`).
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
  const articles = outcome.kind === 'parsed' ? outcome.articles : [];
  const start = await SourceWrite.begin(
    context,
    event,
    {
      ...(outcome.kind === 'deleted' ? {} : { object: outcome.object }),
      documentCount: Math.max(0, ...articles.map((article) => article.documentIndex)),
    },
    options,
  );
  if (!start.claimed) return start.result;
  const { write } = start;
  try {
    const unchanged = await write.skipIfUnchanged(outcome);
    if (unchanged !== undefined) return unchanged;
    await write.writeBatch(articles);
    return await write.finish(outcome);
  } catch (error) {
    await write.abandon(error);
    throw error;
  }
}
