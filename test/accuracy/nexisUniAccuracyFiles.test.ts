import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ACCURACY_FIXTURES } from '../../bench/accuracy/readLabelledSet';
import { nexisUniAccuracyFiles } from './nexisUniAccuracyFiles';

describe('the developmentNexisUni labelled set', () => {
  it('holds exactly the bytes its code writes (rewrite them with writeNexisUniAccuracyFiles.ts)', async () => {
    for (const file of nexisUniAccuracyFiles()) {
      const committed = new Uint8Array(
        await readFile(`${ACCURACY_FIXTURES}developmentNexisUni/${file.name}`),
      );
      expect(Buffer.from(committed).equals(Buffer.from(file.bytes)), file.name).toBe(true);
    }
  });
});
