import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors';
import type { UploadFile } from '../types';

/** What {@link listUploadFiles} found. */
export interface UploadListing {
  files: UploadFile[];
  /** Hidden files and folders (names starting with `.`) left out. */
  hiddenSkipped: number;
}

/**
 * Lists the files to upload: a file argument goes to `prefix + its name`, a folder's files (recursively) to
 * `prefix + their path inside the folder`, with `/` separators whatever the platform. Hidden files and
 * folders (`.DS_Store`, `.git`) are left out; symbolic links to files are followed, to folders not (no
 * cycles). Two files that would land on one key are an error, as is a path that does not exist.
 *
 * @example
 * const { files } = await listUploadFiles(['exports/'], '2021/', process.cwd());
 * files[0]; // { path: 'exports/a.txt', key: '2021/a.txt', size: 5120 }
 */
export async function listUploadFiles(
  paths: readonly string[],
  prefix: string,
  cwd: string,
): Promise<UploadListing> {
  const files: UploadFile[] = [];
  let hiddenSkipped = 0;
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const stats = await statOrExplain(absolute, path);
    if (stats.isFile()) {
      files.push({ path, key: prefix + basename(absolute), size: stats.size });
    } else if (stats.isDirectory()) {
      hiddenSkipped += await walk(absolute, absolute, path, prefix, files);
    } else {
      throw new UserError(`${path}: not a file or folder`);
    }
  }
  const byKey = new Map<string, UploadFile>();
  for (const file of files) {
    const earlier = byKey.get(file.key);
    if (earlier !== undefined && resolve(cwd, earlier.path) !== resolve(cwd, file.path)) {
      throw new UserError(`${earlier.path} and ${file.path} would both upload to key ${file.key}`);
    }
    byKey.set(file.key, file);
  }
  return {
    files: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    hiddenSkipped,
  };
}

async function walk(
  root: string,
  folder: string,
  shownRoot: string,
  prefix: string,
  files: UploadFile[],
): Promise<number> {
  let hiddenSkipped = 0;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES')
      throw new UserError(`${folder}: permission denied`);
    throw error;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      hiddenSkipped++;
      continue;
    }
    const absolute = join(folder, entry.name);
    const inside = relative(root, absolute);
    if (entry.isDirectory()) {
      hiddenSkipped += await walk(root, absolute, shownRoot, prefix, files);
      continue;
    }
    const stats = entry.isSymbolicLink() ? await stat(absolute).catch(() => undefined) : undefined;
    if (entry.isFile() || stats?.isFile() === true) {
      const size = stats?.size ?? (await stat(absolute)).size;
      files.push({ path: join(shownRoot, inside), key: prefix + inside.split(sep).join('/'), size });
    }
  }
  return hiddenSkipped;
}

async function statOrExplain(absolute: string, shown: string) {
  try {
    return await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError(`${shown}: no such file or folder`);
    if (code === 'EACCES') throw new UserError(`${shown}: permission denied`);
    throw error;
  }
}
