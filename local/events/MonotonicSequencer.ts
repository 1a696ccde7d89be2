// Room for 65,536 events per key within one millisecond before the clock part has to advance.
const COUNTER_BITS = 16n;
// AWS sequencers seen in events are 18 hex digits; the same width keeps them readable side by side.
const WIDTH = 18;

/**
 * Issues S3-style event sequencers that only grow per key. The local S3 server stamps events with a
 * millisecond clock, so two writes of one key in the same millisecond would tie; here the clock is shifted
 * left and a tie takes the previous value plus one. Sequencers issued after a restart stay above earlier
 * ones as long as the wall clock does not go back.
 *
 * @example
 * const sequencer = new MonotonicSequencer();
 * const first = sequencer.next('a.txt');
 * const second = sequencer.next('a.txt'); // BigInt(`0x${second}`) > BigInt(`0x${first}`), same millisecond or not
 */
export class MonotonicSequencer {
  readonly #latest = new Map<string, bigint>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The next sequencer for `key`: greater than every one issued for it before. */
  next(key: string): string {
    const fromClock = BigInt(this.#now()) << COUNTER_BITS;
    const latest = this.#latest.get(key);
    const value = latest !== undefined && latest >= fromClock ? latest + 1n : fromClock;
    this.#latest.set(key, value);
    return value.toString(16).toUpperCase().padStart(WIDTH, '0');
  }
}
