import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { UploadObject } from '../workload/types';

/**
 * Writes each object under `directory` at its key, so that uploading the folder gives the same keys.
 *
 * @example
 * ```ts
 * await writeUploadDirectory('/tmp/upload', objects);
 * ```
 */
export async function writeUploadDirectory(
  directory: string,
  objects: readonly UploadObject[],
): Promise<void> {
  const folders = new Set(objects.map((object) => dirname(join(directory, object.key))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  for (const object of objects) await writeFile(join(directory, object.key), object.bytes);
}
