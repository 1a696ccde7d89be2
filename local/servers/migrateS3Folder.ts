import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { encodeStoreKeyName, HASHED_NAME_MARK } from './encodeStoreKeyName';

/** Written in the S3 folder once its objects are named by {@link encodeStoreKeyName}. */
export const KEY_NAMES_MARKER = '.key-names-v1';
const OBJECT_SUFFIX = '._S3rver_object';
const SIDE_FILES = ['._S3rver_object.md5', '._S3rver_metadata.json'];

async function* objectFiles(directory: string): AsyncGenerator<string> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('._S3rver_')) yield* objectFiles(path);
    } else if (entry.name.endsWith(OBJECT_SUFFIX)) yield path;
  }
}

/**
 * Renames the objects of an S3 folder that s3rver's own store wrote (the key taken as a path under the
 * bucket's folder) to the names the key-safe store uses, once: a marker file records that it is done.
 * Objects an earlier run wrote outside the folder (a key with `../`) are not found and stay where they are.
 *
 * @example
 * await migrateS3Folder('.local/s3');
 */
export async function migrateS3Folder(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true });
  const marker = join(directory, KEY_NAMES_MARKER);
  if (
    await access(marker).then(
      () => true,
      () => false,
    )
  )
    return;
  for (const bucket of await readdir(directory, { withFileTypes: true })) {
    if (!bucket.isDirectory()) continue;
    const bucketPath = join(directory, bucket.name);
    const moves: [string, string][] = [];
    for await (const path of objectFiles(bucketPath)) {
      const key = relative(bucketPath, path).slice(0, -OBJECT_SUFFIX.length).split(sep).join('/');
      moves.push([key, path.slice(0, -OBJECT_SUFFIX.length)]);
    }
    for (const [key, oldBase] of moves) {
      const name = encodeStoreKeyName(key);
      const newBase = join(bucketPath, name);
      if (newBase === oldBase) continue;
      for (const suffix of [OBJECT_SUFFIX, ...SIDE_FILES]) {
        await rename(oldBase + suffix, newBase + suffix).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
      }
      if (name.startsWith(HASHED_NAME_MARK)) await writeFile(`${newBase}._S3rver_key`, key, 'utf8');
    }
    // What is left of the old key paths is empty folders.
    for (const entry of await readdir(bucketPath, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('._S3rver_')) {
        await rm(join(bucketPath, entry.name), { recursive: true, force: true });
      }
    }
  }
  await writeFile(marker, 'object files are named by local/servers/encodeStoreKeyName.ts\n', 'utf8');
}
