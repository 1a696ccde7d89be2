/**
 * A deadline that moves whenever work moves: `timeoutMs` after the last progress seen. Local mode waits on
 * it so that `--timeout` bounds a stall, not the length of a big file's write in many slices.
 *
 * @example
 * ```ts
 * const watch = new ProgressWatch(120_000);
 * if (watch.advanced('big.txt', 3000)) watch.moved();
 * if (watch.leftMs() <= 0) console.log('no progress for 120 s');
 * ```
 */
export class ProgressWatch {
  readonly #timeoutMs: number;
  #deadline: number;
  readonly #stored = new Map<string, number>();

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    this.#deadline = Date.now() + timeoutMs;
  }

  /** Milliseconds left before the wait gives up (zero or less once it has). */
  leftMs(): number {
    return this.#deadline - Date.now();
  }

  /** Pushes the deadline to `timeoutMs` from now. */
  moved(): void {
    this.#deadline = Date.now() + this.#timeoutMs;
  }

  /** Whether `key` has stored more documents than when last seen (remembering the new count). */
  advanced(key: string, documentsStored: number | undefined): boolean {
    if (documentsStored === undefined) return false;
    const before = this.#stored.get(key);
    this.#stored.set(key, documentsStored);
    return before !== undefined && documentsStored > before;
  }
}
