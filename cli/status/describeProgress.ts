import type { StoredProgress } from '../../lambda/store/types';

const count = (value: number) => value.toLocaleString('en-US');

/**
 * How far a write in slices has got, in words: `3,000 of 5,715 documents` once the total is known or the
 * file says how many it holds (Nexis separator lines, a Nexis Uni cover page; a stated count already passed
 * is ignored), else `3,000 documents so far`; with the slice, and a word when the slice that held the key
 * stopped without handing on (its lease ran out: `reprocess` resumes it).
 *
 * @example
 * describeProgress(progress, Date.now()); // '3,000 of 5,715 documents (slice 2)'
 */
export function describeProgress(progress: StoredProgress, now: number): string {
  const expected = progress.expectedDocuments ?? null;
  const total =
    progress.totalDocuments ?? (expected !== null && expected >= progress.documentsStored ? expected : null);
  const stored =
    total === null
      ? `${count(progress.documentsStored)} documents so far`
      : `${count(progress.documentsStored)} of ${count(total)} documents`;
  const stalled = progress.leaseExpiresAt !== null && progress.leaseExpiresAt < now;
  return `${stored} (slice ${progress.slices}${stalled ? ', its writer stopped: reprocess resumes it' : ''})`;
}
