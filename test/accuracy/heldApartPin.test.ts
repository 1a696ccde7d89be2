import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hashFixtureSet } from '../../bench/accuracy/hashFixtureSet';
import { listLabelledSets } from '../../bench/accuracy/listLabelledSets';
import { ACCURACY_FIXTURES, readLabelledSet } from '../../bench/accuracy/readLabelledSet';

/**
 * Each held-apart set of answer keys is committed on its own before any code reads it (`heldApart`:
 * commit d6a9601; `heldApartRules`: commit 9f29d8a; `heldApartVendors`: the commit that adds it, before
 * any vendor reader change), and its hash is pinned here so that no rule change
 * can quietly tune it. A key found wrong gets a commit of its own that says why, and its constant changes
 * with it, in plain sight. A format issue that adds a `heldApart…` folder adds its pin here.
 */
const PINS: Record<string, { sha256: string; documents: number }> = {
  heldApart: { sha256: '2e780b445518a0249b705252b29605679b6565179d3f8a59acd9256bd16164c2', documents: 53 },
  heldApartRules: {
    sha256: 'c30ea78e95295b25b07c36c34102790fb93c013276cd91b6f1e4ff1181283b14',
    documents: 11,
  },
  heldApartVendors: {
    sha256: 'cee32a8f127303f8f9f549ef4fea7ac7bc5996c2e6e5c5c781b840e4d80c08c6',
    documents: 34,
  },
};

describe('the held-apart answer keys', () => {
  it('are all pinned', async () => {
    expect((await listLabelledSets()).heldApart).toEqual(Object.keys(PINS).sort());
  });

  for (const [set, pin] of Object.entries(PINS)) {
    it(`${set}: byte for byte the keys written before the code that reads them`, async () => {
      expect(await hashFixtureSet(`${ACCURACY_FIXTURES}${set}/`)).toBe(pin.sha256);
    });

    it(`${set}: every fixture has its key, and the scorer reads them all`, async () => {
      const files = await readLabelledSet(set);
      const fixtures = (await readdir(`${ACCURACY_FIXTURES}${set}/`)).filter(
        (name) => !name.endsWith('.key.json'),
      );
      expect(files.map((file) => file.key.file).sort()).toEqual(fixtures.sort());
      expect(files.reduce((sum, file) => sum + file.key.documents.length, 0)).toBe(pin.documents);
    });
  }
});
