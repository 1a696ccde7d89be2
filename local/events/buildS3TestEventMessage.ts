import { randomBytes } from 'node:crypto';

/**
 * Builds the `s3:TestEvent` message S3 sends to a queue whenever a bucket's notification configuration is
 * written (a deploy): no `Records`, so a handler must acknowledge it rather than fail on it.
 *
 * @example
 * JSON.parse(buildS3TestEventMessage('incoming', new Date())).Event; // 's3:TestEvent'
 */
export function buildS3TestEventMessage(bucket: string, time: Date): string {
  return JSON.stringify({
    Service: 'Amazon S3',
    Event: 's3:TestEvent',
    Time: time.toISOString(),
    Bucket: bucket,
    RequestId: randomBytes(8).toString('hex').toUpperCase(),
    HostId: randomBytes(48).toString('base64'),
  });
}
