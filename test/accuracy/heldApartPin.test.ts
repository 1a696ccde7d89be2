import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashFixtureSet } from '../../bench/accuracy/hashFixtureSet';
import { readLabelledSet } from '../../bench/accuracy/readLabelledSet';

const HELD_APART = fileURLToPath(new URL('../fixtures/accuracy/heldApart/', import.meta.url));

/**
 * The held-apart answer keys were committed on their own (d6a9601) before any code read them. Their hash is
 * pinned so that no rule change can quietly tune them: a key that is wrong gets a new commit that says
 * why, and this constant changes with it, in plain sight.
 */
const HELD_APART_SHA256 = '2e780b445518a0249b705252b29605679b6565179d3f8a59acd9256bd16164c2';

describe('the held-apart answer keys', () => {
  it('are byte for byte the ones written before the code that reads them', async () => {
    expect(await hashFixtureSet(HELD_APART)).toBe(HELD_APART_SHA256);
  });

  it('are all read by the scorer, every fixture with its key', async () => {
    const files = await readLabelledSet('heldApart');
    const fixtures = (await readdir(HELD_APART)).filter((name) => !name.endsWith('.key.json')).sort();
    expect(files.map((file) => file.key.file).sort()).toEqual(fixtures);
    expect(files.reduce((sum, file) => sum + file.key.documents.length, 0)).toBe(53);
  });
});
