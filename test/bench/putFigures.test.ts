import { describe, expect, it } from 'vitest';
import { putFigures } from '../../bench/support/putFigures';

describe('putFigures', () => {
  it('writes a nested suite under its dotted key and keeps the outer suite’s figures', () => {
    const results: Record<string, unknown> = { parser: { mbPerSecond: 57, measuredAt: 'a' }, e2e: { x: 1 } };
    putFigures(results, 'parser.accuracy', { valued: 0.8, measuredAt: 'b' });
    expect(results).toEqual({
      parser: { mbPerSecond: 57, measuredAt: 'a', accuracy: { valued: 0.8, measuredAt: 'b' } },
      e2e: { x: 1 },
    });
  });

  it('keeps the nested suite’s figures when the outer suite is written again, and drops its own old ones', () => {
    const results: Record<string, unknown> = {
      parser: {
        mbPerSecond: 57,
        old: 1,
        wall: { mbPerSecond: 50 },
        accuracy: { valued: 0.8, measuredAt: 'b' },
      },
    };
    putFigures(results, 'parser', { mbPerSecond: 61, measuredAt: 'c' });
    expect(results).toEqual({
      parser: { accuracy: { valued: 0.8, measuredAt: 'b' }, mbPerSecond: 61, measuredAt: 'c' },
    });
  });

  it('creates the path when nothing is there yet', () => {
    const results: Record<string, unknown> = {};
    putFigures(results, 'parser.accuracy', { measuredAt: 'd' });
    expect(results).toEqual({ parser: { accuracy: { measuredAt: 'd' } } });
  });
});
