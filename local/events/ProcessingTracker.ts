import { ProcessingTimeoutError } from '../errors';
import type { SettledMessage } from '../types';
import { compareSequencers } from './compareSequencers';
import { decodeS3EventMessage } from './decodeS3EventMessage';

/** The last word on one key: its latest event was processed (message deleted) or dead-lettered. */
export interface KeyOutcome {
  bucket: string;
  key: string;
  sequencer: string;
  delivery: 'processed' | 'dead-lettered';
  /** Why the last failed attempt failed, when one did. */
  reason?: string;
}

interface Waiter {
  targets: { bucket: string; key: string; sequencer: string }[];
  resolve: (outcomes: KeyOutcome[]) => void;
}

/**
 * Knows when an upload has been processed: follows the fate of every S3 event message the poller settles,
 * and resolves a wait once, for each awaited key, a message with the awaited sequencer or a newer one was
 * deleted (processed) or exhausted its receives (dead-lettered). Duplicates and stale events change nothing.
 *
 * @example
 * const tracker = new ProcessingTracker();
 * poller options: onSettled: (messages) => tracker.settle(messages)
 * const outcomes = await tracker.waitFor([{ bucket, key, sequencer }], 60_000);
 */
export class ProcessingTracker {
  readonly #outcomes = new Map<string, KeyOutcome>();
  readonly #lastFailure = new Map<string, string>();
  readonly #listeners = new Set<(outcome: KeyOutcome) => void>();
  #waiters: Waiter[] = [];

  /** Takes the poller's report on a batch. */
  settle(messages: SettledMessage[]): void {
    for (const message of messages) {
      const identity = decodeS3EventMessage(message.body);
      if (identity === undefined) continue;
      const id = `${identity.bucket}/${identity.key}`;
      if (message.outcome === 'retried') {
        if (message.reason !== undefined) this.#lastFailure.set(id, message.reason);
        continue;
      }
      const known = this.#outcomes.get(id);
      // An older event settling late, or a duplicate of the one already settled, changes nothing.
      if (known !== undefined && compareSequencers(identity.sequencer, known.sequencer) <= 0) continue;
      const outcome: KeyOutcome = {
        bucket: identity.bucket,
        key: identity.key,
        sequencer: identity.sequencer,
        delivery: message.outcome === 'deleted' ? 'processed' : 'dead-lettered',
      };
      const reason = message.reason ?? this.#lastFailure.get(id);
      if (message.outcome === 'dead-lettered' && reason !== undefined) outcome.reason = reason;
      this.#outcomes.set(id, outcome);
      for (const listener of this.#listeners) listener(outcome);
    }
    this.#wakeWaiters();
  }

  /** Calls `listener` with every key outcome from now on; returns a function that unsubscribes. */
  onOutcome(listener: (outcome: KeyOutcome) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves with the outcome of each target once all are known; rejects with ProcessingTimeoutError. */
  waitFor(
    targets: { bucket: string; key: string; sequencer: string }[],
    timeoutMs: number,
  ): Promise<KeyOutcome[]> {
    const done = this.#outcomesOf(targets);
    if (done !== undefined) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== entry);
        const pending = targets.filter((target) => !this.#isDone(target)).map((target) => target.key);
        reject(new ProcessingTimeoutError(pending, timeoutMs));
      }, timeoutMs);
      // A wait nobody needs any more (local mode stopped on Ctrl-C) must not keep the process alive.
      timer.unref();
      const entry: Waiter = {
        targets,
        resolve: (outcomes) => {
          clearTimeout(timer);
          resolve(outcomes);
        },
      };
      this.#waiters.push(entry);
    });
  }

  /** The outcome of the target's event (or a newer one of its key), once known. */
  outcomeOf(target: { bucket: string; key: string; sequencer: string }): KeyOutcome | undefined {
    return this.#isDone(target) ? this.#outcomes.get(`${target.bucket}/${target.key}`) : undefined;
  }

  #isDone(target: { bucket: string; key: string; sequencer: string }): boolean {
    const outcome = this.#outcomes.get(`${target.bucket}/${target.key}`);
    return outcome !== undefined && compareSequencers(outcome.sequencer, target.sequencer) >= 0;
  }

  #outcomesOf(targets: { bucket: string; key: string; sequencer: string }[]): KeyOutcome[] | undefined {
    if (!targets.every((target) => this.#isDone(target))) return undefined;
    return targets.map((target) => this.#outcomes.get(`${target.bucket}/${target.key}`)!);
  }

  #wakeWaiters(): void {
    const waiting: Waiter[] = [];
    for (const waiter of this.#waiters) {
      const outcomes = this.#outcomesOf(waiter.targets);
      if (outcomes === undefined) waiting.push(waiter);
      else waiter.resolve(outcomes);
    }
    this.#waiters = waiting;
  }
}
