import { parserVersionKey } from '../../lambda/store/parserVersionKey';
import type { StoredSource } from '../../lambda/store/types';

/** What `reprocess` does with one listed object. */
export type ReprocessPlan =
  | { action: 'send'; sequencer: string }
  | { action: 'skip'; reason: 'parser-not-older' | 'pending' };

/** The sequencer of an object that has no record yet: older than any S3 issues, so any real event wins. */
export const NO_RECORD_SEQUENCER = '0';

/**
 * Decides whether to re-enqueue an object and with which sequencer. A key with records carries its stored
 * sequencer, so the store rewrites it only for a newer parser and a later upload or delete (a larger
 * sequencer) is never undone; a `FAILED` key carries the sequencer of the event that failed (still newer
 * than the stored one, so it is processed again); a key with no record (a backfill) carries
 * {@link NO_RECORD_SEQUENCER}. A write left unfinished (its slice's lease has run out, or it was between
 * slices) is sent with its own event's sequencer, so the store resumes it from its checkpoint; one whose
 * slice still holds the key, or a key uploaded again after a delete, is pending: its own work is under way.
 * A `PROCESSING` key with no progress (a first write that stopped before its first checkpoint) goes with
 * {@link NO_RECORD_SEQUENCER}: the store takes it over once its lease has run out. With `parserOlderThan`,
 * only keys whose records were made by an older parser go.
 *
 * @example
 * planReprocess(source, { parserOlderThan: '2.0.0' }); // { action: 'send', sequencer: '0062E99A88DC407460' }
 */
export function planReprocess(
  source: StoredSource | undefined,
  options: { parserOlderThan?: string; now?: number } = {},
): ReprocessPlan {
  if (source?.status === 'DELETED') return { action: 'skip', reason: 'pending' };
  const progress = source?.progress ?? null;
  if (progress !== null && source?.status !== 'FAILED') {
    const held = progress.leaseExpiresAt !== null && progress.leaseExpiresAt >= (options.now ?? Date.now());
    return held ? { action: 'skip', reason: 'pending' } : { action: 'send', sequencer: progress.sequencer };
  }
  if (source?.status === 'PROCESSING') return { action: 'send', sequencer: NO_RECORD_SEQUENCER };
  if (options.parserOlderThan !== undefined) {
    const older =
      source?.parserVersion != null &&
      parserVersionKey(source.parserVersion) < parserVersionKey(options.parserOlderThan);
    if (!older) return { action: 'skip', reason: 'parser-not-older' };
  }
  if (source === undefined) return { action: 'send', sequencer: NO_RECORD_SEQUENCER };
  const sequencer =
    source.status === 'FAILED' ? (source.error?.sequencer ?? source.sequencer) : source.sequencer;
  return { action: 'send', sequencer: sequencer ?? NO_RECORD_SEQUENCER };
}
