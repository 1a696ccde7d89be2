import type { AwsClientSettings } from '../../lambda/ingest/types';

/**
 * A client's settings for tests: back-off delays a thousand times shorter and 2 s timeouts, so that a test
 * of a hung connection ends soon; the attempts, and which errors are retried, stay the function's. The
 * timeouts still leave local servers on a busy machine ample time.
 *
 * @example
 * ```ts
 * const client = new DynamoDBClient({ endpoint, ...awsClientConfig(fastClientSettings(AWS_CLIENT_SETTINGS.dynamodb)) });
 * ```
 */
export function fastClientSettings(settings: AwsClientSettings): AwsClientSettings {
  return { ...settings, delayScale: 0.001, requestTimeoutMs: 2_000, socketTimeoutMs: 2_000 };
}
