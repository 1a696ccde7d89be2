import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { factivaAccuracyFiles } from '../../fixtures/factiva/factivaAccuracyFiles';

const FOLDER = new URL('../../fixtures/accuracy/developmentFactiva/', import.meta.url);

describe('the Factiva accuracy set', () => {
  it('is what scripts/writeFactivaAccuracyFixtures.ts writes (fixtures written by code, never edited by hand)', async () => {
    for (const { file, bytes, key } of factivaAccuracyFiles()) {
      expect(Buffer.from(await readFile(new URL(file, FOLDER))).equals(Buffer.from(bytes)), file).toBe(true);
      expect(await readFile(new URL(`${file.replace(/\.[a-z]+$/, '')}.key.json`, FOLDER), 'utf8')).toBe(key);
    }
  });
});
