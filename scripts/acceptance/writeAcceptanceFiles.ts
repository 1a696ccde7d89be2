import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AcceptanceFile } from './types';

const SEED = fileURLToPath(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));
const EXPORT = fileURLToPath(new URL('./fixtures/two-document-export.txt', import.meta.url));

/**
 * Writes the acceptance test's uploads into `dir`: the seed story (one article), an invented two-document
 * Nexis export (two articles) and a bad file (binary bytes, which the parser rejects). Returns each file
 * with what it must become.
 *
 * @example
 * ```ts
 * const files = await writeAcceptanceFiles(await mkdtemp(join(tmpdir(), 'acceptance-')));
 * ```
 */
export async function writeAcceptanceFiles(dir: string): Promise<AcceptanceFile[]> {
  await copyFile(SEED, join(dir, 'seed.txt'));
  await copyFile(EXPORT, join(dir, 'two-document-export.txt'));
  // A PNG-like header and NUL bytes: what an upload of the wrong file looks like.
  const binary = Buffer.alloc(2048);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(binary);
  for (let index = 8; index < binary.length; index += 7) binary[index] = index % 251;
  await writeFile(join(dir, 'not-an-article.txt'), binary);
  return [
    { name: 'seed.txt', expectedState: 'PARSED', expectedArticles: 1 },
    { name: 'two-document-export.txt', expectedState: 'PARSED', expectedArticles: 2 },
    { name: 'not-an-article.txt', expectedState: 'REJECTED', expectedArticles: 0 },
  ];
}
