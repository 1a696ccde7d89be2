import { describe, expect, it } from 'vitest';
import { xrayTracedFraction } from '../../bench/cost/xrayTracedFraction';

describe('xrayTracedFraction', () => {
  it('traces every invocation the one-a-second reservoir covers', () => {
    expect(xrayTracedFraction(0)).toBe(1);
    expect(xrayTracedFraction(0.4)).toBe(1);
    expect(xrayTracedFraction(1)).toBe(1);
  });

  it('adds 5 % of the invocations beyond the reservoir', () => {
    expect(xrayTracedFraction(21)).toBeCloseTo(2 / 21, 10);
    expect(xrayTracedFraction(101)).toBeCloseTo(6 / 101, 10);
  });

  it('tends to 5 % at high rates and never exceeds 1', () => {
    expect(xrayTracedFraction(1e6)).toBeCloseTo(0.05, 4);
    expect(xrayTracedFraction(Number.NaN)).toBe(1);
  });
});
