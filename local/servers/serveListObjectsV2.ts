import { createRequire } from 'node:module';
import { encodeS3EventKey } from '../events/encodeS3EventKey';
import type { ObjectKeyQuery } from './pageObjectKeys';
import type { KoaContext, KoaNext } from './routeAnyObjectKey';

/** What this module uses of s3rver's store. */
interface ListingStore {
  getBucket(bucket: string): Promise<unknown>;
  listObjects(
    bucket: string,
    query: ObjectKeyQuery,
  ): Promise<{
    objects: { key: string; size: number; lastModifiedDate: Date; metadata: Record<string, unknown> }[];
    commonPrefixes: string[];
    isTruncated: boolean;
  }>;
}
type S3ErrorConstructor = new (code: string, message: string, detail?: Record<string, unknown>) => Error;

const BUCKET_PATH = /^\/([^/]+)\/?$/;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Koa middleware for s3rver, before its router: answers ListObjectsV2 itself. s3rver's own answer encrypts
 * its continuation token with DES, which Node's OpenSSL 3 refuses without `--openssl-legacy-provider`, so a
 * truncated page was a 500, and it ignores `encoding-type=url`. Here the token is the page's last key in
 * base64url, keys are URL-encoded when asked, and the rest of the answer is s3rver's, from the same store.
 *
 * @example
 * s3rver.middleware.splice(-1, 0, serveListObjectsV2);
 */
export async function serveListObjectsV2(ctx: KoaContext, next: KoaNext): Promise<unknown> {
  const match = BUCKET_PATH.exec(ctx.path);
  const bucket = match?.[1];
  if (ctx.method !== 'GET' || bucket === undefined || single(ctx.query['list-type']) !== '2') return next();
  const S3Error = createRequire(import.meta.url)('s3rver/lib/models/error') as S3ErrorConstructor;
  const store = ctx.store as ListingStore;
  if (!(await store.getBucket(bucket))) {
    throw new S3Error('NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
  }
  const prefix = single(ctx.query.prefix) ?? '';
  const delimiter = single(ctx.query.delimiter) ?? '';
  const token = single(ctx.query['continuation-token']);
  const startAfter = single(ctx.query['start-after']);
  const requestedMaxKeys = single(ctx.query['max-keys']);
  const maxKeys = requestedMaxKeys === undefined ? 1000 : Number(requestedMaxKeys);
  if (!Number.isInteger(maxKeys) || maxKeys < 0) {
    throw new S3Error('InvalidArgument', 'Provided max-keys not an integer or within integer range', {
      ArgumentName: 'max-keys',
      ArgumentValue: requestedMaxKeys,
    });
  }
  const after = token === undefined ? startAfter : Buffer.from(token, 'base64url').toString('utf8');
  const result =
    maxKeys === 0
      ? { objects: [], commonPrefixes: [], isTruncated: false }
      : await store.listObjects(bucket, {
          prefix,
          delimiter,
          maxKeys: Math.min(1000, maxKeys),
          ...(after !== undefined && { startAfter: after }),
        });
  const last = result.objects.at(-1);
  // With `encoding-type=url` (the AWS CLI asks for it) S3 URL-encodes every key and prefix it returns.
  const urlEncoded = single(ctx.query['encoding-type']) === 'url';
  const encode = (text: string) => (urlEncoded ? encodeS3EventKey(text) : text);
  const encodeOptional = (text: string | undefined) => (text === undefined ? undefined : encode(text));
  ctx.body = {
    ListBucketResult: {
      '@': { xmlns: 'http://doc.s3.amazonaws.com/2006-03-01/' },
      Name: bucket,
      Prefix: encode(prefix),
      StartAfter: token === undefined ? encodeOptional(startAfter) : undefined,
      ContinuationToken: token,
      NextContinuationToken:
        result.isTruncated && last !== undefined
          ? Buffer.from(last.key, 'utf8').toString('base64url')
          : undefined,
      KeyCount: result.objects.length + result.commonPrefixes.length,
      MaxKeys: maxKeys,
      Delimiter: delimiter === '' ? undefined : encode(delimiter),
      EncodingType: urlEncoded ? 'url' : undefined,
      IsTruncated: result.isTruncated,
      Contents: result.objects.map((object) => ({
        Key: encode(object.key),
        LastModified: object.lastModifiedDate.toISOString(),
        ETag: object.metadata.etag,
        Size: object.size,
        StorageClass: 'STANDARD',
      })),
      CommonPrefixes: result.commonPrefixes.map((commonPrefix) => ({ Prefix: encode(commonPrefix) })),
    },
  };
  return undefined;
}
