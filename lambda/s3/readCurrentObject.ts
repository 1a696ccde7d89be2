import type { Readable } from 'node:stream';
import { GetObjectCommand, type GetObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectMetadata } from '../store/types';
import type { CurrentObject } from './types';

/** S3 error names that mean "no current object" (ListBucket granted, so a missing key is a 404). */
const ABSENT_ERRORS = new Set(['NoSuchKey', 'NoSuchVersion', 'NotFound']);

/**
 * What an object key holds now: one GetObject without a version id (S3 is the truth, the event only a
 * hint). A missing key, a deleted one, or a delete marker as its current version is `absent`. An object
 * over `maxBytes` is `tooLarge`, told by its Content-Length before its body is read (and its stream is
 * closed unread); a body that turns out longer than announced is cut off at the limit too. Every other
 * error (AccessDenied, throttling after the SDK's retries) is thrown.
 *
 * @example
 * ```ts
 * const current = await readCurrentObject(s3, 'incoming', 'a.txt', { maxBytes: 26_214_400 });
 * if (current.state === 'present') parseFile(current.bytes);
 * ```
 */
export async function readCurrentObject(
  s3: S3Client,
  bucket: string,
  key: string,
  options: { maxBytes: number },
): Promise<CurrentObject> {
  let output: GetObjectCommandOutput;
  try {
    output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (isAbsent(error)) return { state: 'absent' };
    throw error;
  }
  const body = output.Body as (Readable & AsyncIterable<Uint8Array>) | undefined;
  const metadata: ObjectMetadata = {
    versionId: output.VersionId ?? null,
    eTag: (output.ETag ?? '').replace(/^"|"$/g, ''),
    size: output.ContentLength ?? 0,
    lastModified: (output.LastModified ?? new Date()).toISOString(),
  };
  const userMetadata = output.Metadata ?? {};
  if (metadata.size > options.maxBytes) {
    body?.destroy();
    return { state: 'tooLarge', metadata, userMetadata };
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of body ?? []) {
    received += chunk.byteLength;
    if (received > options.maxBytes) {
      body?.destroy();
      return { state: 'tooLarge', metadata: { ...metadata, size: received }, userMetadata };
    }
    chunks.push(chunk);
  }
  return { state: 'present', metadata, userMetadata, bytes: Buffer.concat(chunks) };
}

function isAbsent(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  // A missing bucket is a 404 too, but it is a broken deployment, not a deleted object.
  return ABSENT_ERRORS.has(error.name) || (status === 404 && error.name !== 'NoSuchBucket');
}
