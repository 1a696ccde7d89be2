import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../cli/errors';
import { listUploadFiles } from '../../cli/upload/listUploadFiles';

describe('listUploadFiles', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cli-list-'));
    await mkdir(join(root, 'exports', '2021', 'sep'), { recursive: true });
    await mkdir(join(root, 'exports', '.git'), { recursive: true });
    await writeFile(join(root, 'exports', 'a.txt'), 'aaa');
    await writeFile(join(root, 'exports', '2021', 'sep', 'b c.txt'), 'bb');
    await writeFile(join(root, 'exports', '.DS_Store'), 'x');
    await writeFile(join(root, 'exports', '.git', 'HEAD'), 'x');
    await writeFile(join(root, 'single.txt'), 'single');
    await symlink(join(root, 'single.txt'), join(root, 'exports', 'linked.txt'));
    await symlink(join(root, 'exports'), join(root, 'exports', '2021', 'loop'));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('keys a folder by path inside it with / separators, a file by its name, under the prefix', async () => {
    const { files, hiddenSkipped } = await listUploadFiles(['exports', 'single.txt'], 'in/', root);
    expect(files.map((file) => [file.key, file.size])).toEqual([
      ['in/2021/sep/b c.txt', 2],
      ['in/a.txt', 3],
      ['in/linked.txt', 6],
      ['in/single.txt', 6],
    ]);
    expect(files.find((file) => file.key === 'in/a.txt')?.path).toBe(join('exports', 'a.txt'));
    // .DS_Store and .git are left out; the link back to a folder is not followed.
    expect(hiddenSkipped).toBe(2);
  });

  it('refuses a missing path and two files for one key, in one line', async () => {
    await expect(listUploadFiles(['nope'], '', root)).rejects.toThrow(
      new UserError('nope: no such file or folder'),
    );
    await mkdir(join(root, 'other'), { recursive: true });
    await writeFile(join(root, 'other', 'a.txt'), 'different');
    await expect(listUploadFiles(['exports', 'other'], '', root)).rejects.toThrow(
      `${join('exports', 'a.txt')} and ${join('other', 'a.txt')} would both upload to key a.txt`,
    );
  });
});
