// zod/mini: the classic API costs about 300 ms of cold start to load (bench/coldStartBench.ts), mini 14 ms.
import * as z from 'zod/mini';
import { decodeS3EventKey } from './decodeS3EventKey';
import { MalformedEventMessageError } from './errors';
import type { S3EventMessage } from './types';

const testEventSchema = z.object({ Event: z.literal('s3:TestEvent') });

const recordSchema = z.object({
  eventSource: z.literal('aws:s3'),
  eventName: z.string().check(z.minLength(1)),
  eventTime: z.optional(z.string()),
  s3: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: z.object({
      key: z.string().check(z.minLength(1)),
      sequencer: z.string().check(z.minLength(1)),
      versionId: z.optional(z.string()),
    }),
  }),
});

const notificationSchema = z.object({ Records: z.array(recordSchema).check(z.minLength(1)) });

/**
 * Reads an SQS message body written by an S3 event notification, exactly as S3 sends it: the
 * `s3:TestEvent` that a configuration change sends, or `Records` of `aws:s3` events, keys decoded.
 * Throws {@link MalformedEventMessageError} for anything else: such a message can never succeed, and goes
 * to the dead-letter queue after its retries.
 *
 * @example
 * ```ts
 * const message = parseS3EventMessage(record.body);
 * if (message.kind === 'test') return;
 * for (const event of message.events) console.log(event.bucket, event.key);
 * ```
 */
export function parseS3EventMessage(body: string): S3EventMessage {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new MalformedEventMessageError('The message body is not JSON', { cause: error });
  }
  if (testEventSchema.safeParse(json).success) return { kind: 'test' };
  const parsed = notificationSchema.safeParse(json);
  if (!parsed.success) {
    throw new MalformedEventMessageError(
      `The message body is not an S3 event notification: ${z.prettifyError(parsed.error)}`,
    );
  }
  return {
    kind: 'records',
    events: parsed.data.Records.map((record) => ({
      bucket: record.s3.bucket.name,
      key: decodeS3EventKey(record.s3.object.key),
      sequencer: record.s3.object.sequencer,
      eventName: record.eventName.replace(/^s3:/, ''),
      versionId: record.s3.object.versionId ?? null,
      eventTime: record.eventTime ?? null,
    })),
  };
}
