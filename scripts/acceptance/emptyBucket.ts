import { DeleteObjectsCommand, ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';

/**
 * Deletes every object version and delete marker of a bucket, 1,000 a call, so that CloudFormation can
 * delete it; returns how many it deleted. For teardown of a dev stack only.
 *
 * @example
 * ```ts
 * await emptyBucket(s3, 'articlepipelineacceptance-x1-accesslogs');
 * ```
 */
export async function emptyBucket(s3: S3Client, bucket: string): Promise<number> {
  let deleted = 0;
  let keyMarker: string | undefined;
  let versionIdMarker: string | undefined;
  for (;;) {
    const page = await s3.send(
      new ListObjectVersionsCommand({
        Bucket: bucket,
        KeyMarker: keyMarker,
        VersionIdMarker: versionIdMarker,
      }),
    );
    const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((version) => ({
      Key: version.Key ?? '',
      VersionId: version.VersionId,
    }));
    if (objects.length > 0) {
      await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }));
      deleted += objects.length;
    }
    if (!page.IsTruncated) return deleted;
    keyMarker = page.NextKeyMarker;
    versionIdMarker = page.NextVersionIdMarker;
  }
}
