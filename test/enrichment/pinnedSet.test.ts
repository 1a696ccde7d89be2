import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PINNED = fileURLToPath(new URL('../fixtures/enrichment/pinned/', import.meta.url));

/**
 * The pinned evaluation set was labelled before any rule change (its own commit) and is never tuned to.
 * Its hash is pinned so that any edit to an article or a label fails here and has to be argued for in
 * review; rule writers tune to test/fixtures/enrichment/development instead.
 */
const PINNED_SHA256 = '3331562a61f752d720107d3179a24eb2b23b46820121ccf0d6f2a963bd1de4f0';

/** sha256 over each file's name and bytes, files in name order, each part ended by a NUL. */
function folderHash(folder: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(folder + file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

describe('the pinned evaluation set (test/fixtures/enrichment/pinned)', () => {
  it('is unchanged since it was labelled', () => {
    expect(folderHash(PINNED)).toBe(PINNED_SHA256);
  });

  it('holds at least 40 articles', () => {
    expect(readdirSync(PINNED).filter((file) => file.endsWith('.json')).length).toBeGreaterThanOrEqual(40);
  });
});
