import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { UploadPathError } from '../errors';

/** A file to upload and the key it gets. */
export interface UploadFile {
  file: string;
  key: string;
}

/**
 * Lists the files to upload for the given paths: a file as `<prefix><its name>`, a folder's files
 * (recursively, hidden ones skipped) as `<prefix><path inside the folder>` with `/` separators. Sorted by key.
 *
 * @example
 * await collectUploadFiles(['seeds'], ''); // [{ file: 'seeds/000_90b2515fab799f03.txt', key: '000_90b2515fab799f03.txt' }]
 * await collectUploadFiles(['exports/a.txt'], 'incoming/'); // [{ file: 'exports/a.txt', key: 'incoming/a.txt' }]
 */
export async function collectUploadFiles(paths: string[], keyPrefix: string): Promise<UploadFile[]> {
  const files: UploadFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new UploadPathError(path, error.code === 'ENOENT' ? 'no such file or folder' : error.message);
    });
    if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const file = join(entry.parentPath, entry.name);
        const inside = relative(path, file);
        if (inside.split(sep).some((part) => part.startsWith('.'))) continue;
        files.push({ file, key: keyPrefix + inside.split(sep).join('/') });
      }
    } else {
      files.push({ file: path, key: keyPrefix + basename(path) });
    }
  }
  return files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
