import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RemoteObject } from '../types';

/** The metadata key (`x-amz-meta-sha256`) under which uploads record their content's SHA-256. */
export const SHA256_METADATA_KEY = 'sha256';

/**
 * What the bucket holds under `key` (size, ETag, `sha256` metadata), or undefined when nothing.
 *
 * @example
 * const remote = await headRemoteObject(s3, 'incoming', '2021/a.txt');
 */
export async function headRemoteObject(
  s3: S3Client,
  bucket: string,
  key: string,
): Promise<RemoteObject | undefined> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return {
      size: head.ContentLength ?? -1,
      eTag: unquote(head.ETag),
      sha256: head.Metadata?.[SHA256_METADATA_KEY],
    };
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if ((error as Error).name === 'NotFound' || (error as Error).name === 'NoSuchKey' || status === 404) {
      return undefined;
    }
    throw error;
  }
}

function unquote(eTag: string | undefined): string {
  return (eTag ?? '').replaceAll('"', '');
}
