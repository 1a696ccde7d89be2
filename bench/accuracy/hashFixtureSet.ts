import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';

/**
 * sha256 (hex) over a folder's files in name order: for each, its name, a NUL, its bytes and a NUL, so
 * renaming, adding, removing or editing any file (answer key or fixture) changes the hash.
 * Subfolders are not read: a labelled set is flat.
 *
 * @example
 * ```ts
 * await hashFixtureSet('test/fixtures/accuracy/heldApart/'); // 'e3b0c4…'
 * ```
 */
export async function hashFixtureSet(folder: string): Promise<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(await readFile(`${folder.replace(/\/?$/, '/')}${name}`));
    hash.update('\0');
  }
  return hash.digest('hex');
}
