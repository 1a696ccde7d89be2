import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import type { RemoteObject } from '../types';

/**
 * Every object under `prefix`, by key, with size and ETag: one ListObjectsV2 call per 1,000 objects, far
 * cheaper than a HeadObject per file when a big folder is uploaded again.
 *
 * @example
 * const remote = await listRemoteObjects(s3, 'incoming', '2021/');
 * remote.get('2021/a.txt')?.eTag;
 */
export async function listRemoteObjects(
  s3: S3Client,
  bucket: string,
  prefix: string,
): Promise<Map<string, RemoteObject>> {
  const objects = new Map<string, RemoteObject>();
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket, Prefix: prefix })) {
    for (const object of page.Contents ?? []) {
      if (object.Key === undefined) continue;
      objects.set(object.Key, { size: object.Size ?? -1, eTag: (object.ETag ?? '').replaceAll('"', '') });
    }
  }
  return objects;
}
