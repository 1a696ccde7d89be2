import type { Random } from './types';

/**
 * A seeded PRNG (mulberry32): small, fast and the same everywhere, so the corpus is reproducible
 * without being committed.
 *
 * @example
 * ```ts
 * const random = createRandom(42);
 * random.int(1, 6); // the same number on every run
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}
