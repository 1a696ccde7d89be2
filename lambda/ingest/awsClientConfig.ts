import { StandardRetryStrategy } from '@smithy/core/retry';
import type { AwsClientSettings } from './types';

/** The SDK's largest back-off ceiling. */
const MAX_DELAY_MS = 20_000;

/**
 * The retry and HTTP settings of one SDK client (S3, DynamoDB or SQS), to spread into its constructor. Each
 * call makes a new retry strategy, so each client has its own retry quota. The request timeout throws
 * (`throwOnRequestTimeout`; without it the SDK only logs a warning), so the SDK retries the call.
 *
 * @example
 * ```ts
 * const s3 = new S3Client({ forcePathStyle, ...awsClientConfig(AWS_CLIENT_SETTINGS.s3) });
 * ```
 */
export function awsClientConfig(settings: AwsClientSettings) {
  return {
    maxAttempts: settings.maxAttempts,
    retryStrategy: new StandardRetryStrategy({
      maxAttempts: settings.maxAttempts,
      baseDelay: settings.transientBaseDelayMs,
      // The SDK's own back-off unless scaled: its formula, every delay multiplied.
      ...(settings.delayScale === 1 ? {} : { backoff: scaledBackoff(settings.delayScale) }),
    }),
    requestHandler: {
      connectionTimeout: settings.connectionTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: settings.socketTimeoutMs,
    },
  };
}

/** Full jitter as the SDK computes it (a random delay up to the base doubled per retry), times `scale`. */
function scaledBackoff(scale: number): {
  setDelayBase(delayBase: number): void;
  computeNextBackoffDelay(retryCount: number): number;
} {
  let base = 0;
  return {
    setDelayBase(delayBase) {
      base = delayBase;
    },
    computeNextBackoffDelay(retryCount) {
      return Math.floor(Math.random() * Math.min(base * 2 ** retryCount, MAX_DELAY_MS) * scale);
    },
  };
}
