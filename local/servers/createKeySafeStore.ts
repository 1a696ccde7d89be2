import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { decodeStoreKeyName } from './decodeStoreKeyName';
import { encodeStoreKeyName, HASHED_NAME_MARK } from './encodeStoreKeyName';
import { type ObjectKeyQuery, pageObjectKeys } from './pageObjectKeys';

/** What this module uses of s3rver's untyped `FilesystemStore`. */
interface FilesystemStore {
  rootDirectory: string;
  getBucketPath(bucket: string): string;
  getMetadata(bucket: string, key: string): Promise<Record<string, unknown>>;
  putObject(object: { bucket: string; key: string }): Promise<unknown>;
  copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    replacementMetadata?: unknown,
  ): Promise<unknown>;
}
type FilesystemStoreConstructor = new (rootDirectory: string) => FilesystemStore;
type S3ObjectConstructor = new (
  bucket: string,
  key: string,
  content: null,
  metadata: Record<string, unknown>,
) => unknown;

const OBJECT_SUFFIX = '._S3rver_object';
const RESOURCES = ['object', 'object.md5', 'metadata.json', 'key'];

/**
 * s3rver's file store with one change: an object's files are named by {@link encodeStoreKeyName}, one
 * name in the bucket's folder whatever the key holds, instead of the key taken as a path (where `../`
 * left the data folder). Listings decode the names and page them in S3's order ({@link pageObjectKeys}).
 * The key of a hashed name is kept in `<name>._S3rver_key`.
 *
 * @example
 * const server = new S3rver({ directory });
 * server.store = server.context.store = createKeySafeStore(directory);
 */
export function createKeySafeStore(rootDirectory: string): FilesystemStore {
  const require = createRequire(import.meta.url);
  const Base = require('s3rver/lib/stores/filesystem') as FilesystemStoreConstructor;
  const S3Object = require('s3rver/lib/models/object') as S3ObjectConstructor;

  class KeySafeStore extends Base {
    getResourcePath(bucket: string, key = '', resource = ''): string {
      // Bucket-level resources (`uploads`, `cors.xml`) keep s3rver's names: no object name is empty.
      const name = key === '' ? '' : encodeStoreKeyName(key);
      return join(this.getBucketPath(bucket), `${name}._S3rver_${resource}`);
    }

    override async putObject(object: { bucket: string; key: string }): Promise<unknown> {
      const result = await super.putObject(object);
      await this.#keepKey(object.bucket, object.key);
      return result;
    }

    override async copyObject(
      srcBucket: string,
      srcKey: string,
      destBucket: string,
      destKey: string,
      replacementMetadata?: unknown,
    ): Promise<unknown> {
      const result = await super.copyObject(srcBucket, srcKey, destBucket, destKey, replacementMetadata);
      await this.#keepKey(destBucket, destKey);
      return result;
    }

    async deleteObject(bucket: string, key: string): Promise<void> {
      await Promise.all(
        RESOURCES.map((resource) => rm(this.getResourcePath(bucket, key, resource), { force: true })),
      );
    }

    async listObjects(bucket: string, query: ObjectKeyQuery) {
      const bucketPath = this.getBucketPath(bucket);
      const names = (await readdir(bucketPath)).filter(
        (name) => name.endsWith(OBJECT_SUFFIX) && name.length > OBJECT_SUFFIX.length,
      );
      const keys = await Promise.all(
        names.map(async (file) => {
          const name = file.slice(0, -OBJECT_SUFFIX.length);
          return (
            decodeStoreKeyName(name) ?? (await readFile(join(bucketPath, `${name}._S3rver_key`), 'utf8'))
          );
        }),
      );
      const page = pageObjectKeys(keys, query);
      const objects = await Promise.all(
        page.keys.map((key) =>
          this.getMetadata(bucket, key).then(
            (metadata) => new S3Object(bucket, key, null, metadata),
            // Deleted since the folder was read: not listed, as s3rver's own store does.
            (error: NodeJS.ErrnoException) => {
              if (error.code === 'ENOENT') return undefined;
              throw error;
            },
          ),
        ),
      );
      return {
        objects: objects.filter((object) => object !== undefined),
        commonPrefixes: page.commonPrefixes,
        isTruncated: page.isTruncated,
      };
    }

    async #keepKey(bucket: string, key: string): Promise<void> {
      if (encodeStoreKeyName(key).startsWith(HASHED_NAME_MARK)) {
        await writeFile(this.getResourcePath(bucket, key, 'key'), key, 'utf8');
      }
    }
  }
  return new KeySafeStore(rootDirectory);
}
