// s3rver has no object versions (ListObjectVersions is not implemented), so the paging of `emptyBucket`
// is checked against a stubbed client: what S3 would answer for a versioned bucket of two pages.
import { DeleteObjectsCommand, ListObjectVersionsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyBucket } from '../../scripts/acceptance/emptyBucket';

const s3 = mockClient(S3Client);
afterEach(() => s3.reset());

describe('emptyBucket', () => {
  it('deletes every version and delete marker, page by page, following the markers', async () => {
    s3.on(ListObjectVersionsCommand, { Bucket: 'logs', KeyMarker: undefined })
      .resolves({
        IsTruncated: true,
        NextKeyMarker: 'b.txt',
        NextVersionIdMarker: 'v2',
        Versions: [
          { Key: 'a.txt', VersionId: 'v1' },
          { Key: 'b.txt', VersionId: 'v2' },
        ],
        DeleteMarkers: [{ Key: 'a.txt', VersionId: 'm1' }],
      })
      .on(ListObjectVersionsCommand, { Bucket: 'logs', KeyMarker: 'b.txt', VersionIdMarker: 'v2' })
      .resolves({ IsTruncated: false, Versions: [{ Key: 'c.txt', VersionId: 'null' }] });
    s3.on(DeleteObjectsCommand).resolves({});

    const deleted = await emptyBucket(new S3Client({ region: 'us-east-1' }), 'logs');

    expect(deleted).toBe(4);
    expect(s3.commandCalls(DeleteObjectsCommand).map((call) => call.args[0].input)).toEqual([
      {
        Bucket: 'logs',
        Delete: {
          Objects: [
            { Key: 'a.txt', VersionId: 'v1' },
            { Key: 'b.txt', VersionId: 'v2' },
            { Key: 'a.txt', VersionId: 'm1' },
          ],
          Quiet: true,
        },
      },
      { Bucket: 'logs', Delete: { Objects: [{ Key: 'c.txt', VersionId: 'null' }], Quiet: true } },
    ]);
  });

  it('sends no delete for an empty bucket', async () => {
    s3.on(ListObjectVersionsCommand).resolves({ IsTruncated: false });
    expect(await emptyBucket(new S3Client({ region: 'us-east-1' }), 'empty')).toBe(0);
    expect(s3.commandCalls(DeleteObjectsCommand)).toHaveLength(0);
  });
});
