// zod/mini: the classic API costs about 300 ms of cold start to load (bench/coldStartBench.ts), mini 14 ms.
import * as z from 'zod/mini';
import { parseS3EventMessage } from '../s3/parseS3EventMessage';
import { CONTINUATION_KIND } from './buildContinuationBody';
import type { IngestMessage } from './types';

const continuationSchema = z.object({
  kind: z.literal(CONTINUATION_KIND),
  version: z.literal(1),
  bucket: z.string().check(z.minLength(1)),
  key: z.string().check(z.minLength(1)),
  sequencer: z.string().check(z.minLength(1)),
  eventName: z.string().check(z.minLength(1)),
  versionId: z.nullable(z.string()),
  eTag: z.string(),
  resumeAfter: z.number().check(z.int(), z.nonnegative()),
  slice: z.number().check(z.int(), z.positive()),
});

/**
 * Reads a message of the ingest queue: a continuation that the function sent itself
 * (`buildContinuationBody`), or what S3 writes (`parseS3EventMessage`: an `s3:TestEvent`, or S3 event
 * records with their keys decoded). Throws `MalformedEventMessageError` (or `InvalidKeyEncodingError`)
 * for anything else: such a message can never succeed.
 *
 * @example
 * ```ts
 * const message = parseIngestMessage(record.body);
 * if (message.kind === 'continuation') console.log(message.continuation.resumeAfter);
 * ```
 */
export function parseIngestMessage(body: string): IngestMessage {
  // A continuation names its kind; anything else is read as S3 writes it, with S3's errors.
  if (body.includes(CONTINUATION_KIND)) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    const parsed = continuationSchema.safeParse(json);
    if (parsed.success) {
      const { kind: _kind, version: _version, ...continuation } = parsed.data;
      return { kind: 'continuation', continuation };
    }
  }
  return parseS3EventMessage(body);
}
