import type { RetryOptions } from './types';

/**
 * Milliseconds to wait before retry number `attempt` (1 for the first retry): "full jitter", a random
 * delay up to an exponentially growing ceiling, so that writers throttled together do not retry together.
 *
 * @example
 * ```ts
 * await sleep(backoffDelay(attempt, { baseDelayMs: 50, maxDelayMs: 2_000 }));
 * ```
 */
export function backoffDelay(
  attempt: number,
  options: Required<Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>>,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.random() * ceiling;
}
