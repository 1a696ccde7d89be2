import { setTimeout as sleep } from 'node:timers/promises';

/** How {@link retryWithBackoff} retries. */
export interface BackoffOptions {
  /**
   * Attempts in all, the first included.
   * @default 3
   */
  attempts?: number;
  /**
   * Ceiling of the first wait; it doubles per attempt, and the wait is random below it (full jitter).
   * @default 250
   */
  baseDelayMs?: number;
  /** Errors that are not worth another try (bad credentials, a missing bucket) are thrown at once. */
  isRetryable?: (error: unknown) => boolean;
}

/**
 * Calls `operation` until it succeeds or the attempts run out, waiting with exponential back-off and full
 * jitter in between; throws the last error.
 *
 * @example
 * await retryWithBackoff(() => s3.send(new PutObjectCommand(input)), { attempts: 3 });
 */
export async function retryWithBackoff<T>(
  operation: () => Promise<T>,
  options: BackoffOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || options.isRetryable?.(error) === false) throw error;
      await sleep(Math.random() * baseDelayMs * 2 ** (attempt - 1));
    }
  }
}
