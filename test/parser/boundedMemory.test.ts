import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL_INPUTS } from '../../bench/corpus/pathologicalInputs';
import { REAL_SHAPED_INPUTS } from '../../bench/corpus/realShapedInputs';
import { measurePeakRss } from '../../bench/support/measurePeakRss';

/** Half the function's 1,024 MB: the rest is Node, the AWS SDK, the store's batches, and headroom. */
const LIMIT_MB = 512;
/** Just under the default upload limit (25 MiB). */
const SIZE = 24_000_000;

/** A child on a shared machine can wait for a core: it asserts memory, never time. */
const byName = (name: string) => {
  const input = [...PATHOLOGICAL_INPUTS, ...REAL_SHAPED_INPUTS].find((candidate) => candidate.name === name);
  if (input === undefined) throw new Error(`no input ${name}`);
  return input;
};

describe('parsing holds a bounded working set (a child process with the heap flags Lambda sets at 1,024 MB)', () => {
  it.each([
    ['singleLine', 1],
    ['nexisHugeIndexField', 1],
    ['shortLinesNoBlank', 1],
    ['nexisExport', 10_000],
    ['rtfEscapes', 1],
  ])(
    '24 MB of %s peaks under 512 MB of RSS',
    async (name, leastArticles) => {
      const measured = await measurePeakRss(byName(name).generate(SIZE));
      expect(measured.rejection).toBeNull();
      expect(measured.articles).toBeGreaterThanOrEqual(leastArticles);
      expect(measured.peakMb).toBeLessThan(LIMIT_MB);
    },
    120_000,
  );
});
