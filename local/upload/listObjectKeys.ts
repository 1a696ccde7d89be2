import { ListObjectsCommand, type S3Client } from '@aws-sdk/client-s3';

/**
 * Every object in a bucket, with its size and eTag, by ListObjects (v1) paging by marker.
 *
 * @example
 * for await (const object of listObjectKeys(s3, 'incoming')) console.log(object.key);
 */
export async function* listObjectKeys(
  s3: S3Client,
  bucket: string,
): AsyncGenerator<{ key: string; size: number; eTag?: string }> {
  let marker: string | undefined;
  do {
    const page = await s3.send(new ListObjectsCommand({ Bucket: bucket, Marker: marker }));
    const contents = page.Contents ?? [];
    for (const object of contents) {
      if (object.Key === undefined) continue;
      yield {
        key: object.Key,
        size: object.Size ?? 0,
        ...(object.ETag !== undefined && { eTag: object.ETag.replaceAll('"', '') }),
      };
    }
    marker = page.IsTruncated ? (page.NextMarker ?? contents.at(-1)?.Key) : undefined;
  } while (marker !== undefined);
}
