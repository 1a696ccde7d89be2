/** The most an invocation keeps back for handing on and for the end of a file (docs/store.md). */
export const STOP_MARGIN_MS = 10_000;

/** Timing of one slice, as the write goes. */
export interface SliceTiming {
  /** Milliseconds left before the timeout, now; undefined outside Lambda (no deadline). */
  remainingMs: number | undefined;
  /** Milliseconds the invocation had when it started. */
  budgetMs: number | undefined;
  /** The slowest batch of this slice so far (0 before the first). */
  slowestBatchMs: number;
}

/**
 * Whether a write must stop before its next batch and hand the rest on: when what is left of the
 * invocation is under the stop margin plus twice the slowest batch so far (the next may be slower). The
 * margin is {@link STOP_MARGIN_MS}, or a quarter of the invocation's budget when that is smaller, so that
 * a fresh invocation always stores something, however short its timeout. It covers the hand-on (one
 * UpdateItem, one SendMessage, with the SDK's retries) and the end of a file (the documents past the new
 * count, the commit). Without a deadline it never stops.
 *
 * @example
 * ```ts
 * mustHandOn({ remainingMs: 9_000, budgetMs: 120_000, slowestBatchMs: 400 }); // true
 * mustHandOn({ remainingMs: 60_000, budgetMs: 120_000, slowestBatchMs: 400 }); // false
 * ```
 */
export function mustHandOn(timing: SliceTiming): boolean {
  if (timing.remainingMs === undefined) return false;
  const budget = timing.budgetMs ?? timing.remainingMs;
  const margin = Math.min(STOP_MARGIN_MS, budget / 4);
  return timing.remainingMs < margin + 2 * timing.slowestBatchMs;
}
