import { BenchCheckError } from '../support/errors';
import { type ProcessStart, timeProcessStart } from './timeProcessStart';

/** Wall times of every kind of start, and what each printed last. */
export interface ProcessStartTimes<Name extends string> {
  wallMs: Record<Name, number[]>;
  lastStdout: Record<Name, string>;
}

/**
 * Starts each named process `rounds` times, one at a time, interleaved round by round in a shuffled order
 * so that a machine that gets busier or quieter during the run affects every kind alike. The first
 * `warmUpRounds` fill the file cache and are not kept.
 *
 * @example
 * ```ts
 * const { wallMs } = await measureProcessStarts({ empty, init }, { rounds: 21, warmUpRounds: 2 });
 * ```
 */
export async function measureProcessStarts<Name extends string>(
  starts: Record<Name, ProcessStart>,
  options: { rounds: number; warmUpRounds: number },
): Promise<ProcessStartTimes<Name>> {
  const names = Object.keys(starts) as Name[];
  if (names.length === 0) throw new BenchCheckError('no process to start');
  const wallMs = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  const lastStdout = Object.fromEntries(names.map((name) => [name, ''])) as Record<Name, string>;
  let seed = 0x2545f491;
  const nextRandom = () => {
    // xorshift32: a fixed order sequence, the same on every run.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  for (let round = 0; round < options.warmUpRounds + options.rounds; round++) {
    const order = [...names];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(nextRandom() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const name of order) {
      const time = await timeProcessStart(starts[name]);
      if (round >= options.warmUpRounds) wallMs[name].push(time.wallMs);
      lastStdout[name] = time.stdout;
    }
  }
  return { wallMs, lastStdout };
}
