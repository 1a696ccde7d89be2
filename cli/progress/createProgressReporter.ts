import type { Writable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { formatBytes } from './formatBytes';
import { formatDuration } from './formatDuration';

/** What a progress line counts. */
export interface ProgressOptions {
  /** The command, first on the line: `upload`, `reprocess`. */
  label: string;
  /** What one item is, plural: `files`, `objects`. */
  itemName: string;
  totalItems: number;
  /** Total bytes, when the work is measured in bytes (the rate and ETA then follow bytes). */
  totalBytes?: number;
  /**
   * How often a stream that is not a terminal gets a plain progress line, in milliseconds.
   * @default 5_000
   */
  plainLineIntervalMs?: number;
}

/** A running progress display. */
export interface ProgressReporter {
  /** Counts finished work. */
  advance(items: number, bytes?: number): void;
  /** Raises the totals as more work is found (a listing still running). */
  addToTotal(items: number, bytes?: number): void;
  /** Draws the last state and ends the line. */
  stop(): void;
}

/**
 * A progress bar on `stream` (stderr): count, bytes, rate and ETA. On a terminal it redraws in place; on
 * anything else (a CI log, a pipe) it prints a plain line every few seconds and a last one when done.
 *
 * @example
 * const progress = createProgressReporter(process.stderr, { label: 'upload', itemName: 'files', totalItems: 3, totalBytes: 9000 });
 * progress.advance(1, 3000);
 * progress.stop(); // 'upload [=============---------------------------] 33% | 1/3 files | 3.0 kB/9.0 kB | …'
 */
export function createProgressReporter(stream: Writable, options: ProgressOptions): ProgressReporter {
  const byBytes = options.totalBytes !== undefined;
  let items = 0;
  let totalItems = options.totalItems;
  let bytes = 0;
  let totalBytes = options.totalBytes ?? 0;
  const startedAt = Date.now();
  let stoppedAt: number | undefined;
  const isTerminal = (stream as { isTTY?: boolean }).isTTY === true;
  const bar = new SingleBar({
    stream,
    noTTYOutput: true,
    notTTYSchedule: options.plainLineIntervalMs ?? 5_000,
    // A hidden cursor would stay hidden after Ctrl-C (cli-progress restores it only by catching SIGINT,
    // which would keep the process from exiting).
    hideCursor: false,
    // Off a terminal every line already ends in a newline; clearing adds none (there is nothing to clear).
    clearOnComplete: !isTerminal,
    barsize: isTerminal ? 30 : 20,
    format: (barOptions) => {
      const elapsedSeconds = ((stoppedAt ?? Date.now()) - startedAt) / 1000;
      const done = byBytes ? bytes : items;
      const total = byBytes ? totalBytes : totalItems;
      // Nothing counted yet (a listing still running) is 0%, unless the work is over and was empty.
      const fraction = total === 0 ? (stoppedAt === undefined ? 0 : 1) : Math.min(done / total, 1);
      const filled = Math.round(fraction * (barOptions.barsize ?? 20));
      const parts = [
        `${options.label} [${'='.repeat(filled)}${'-'.repeat((barOptions.barsize ?? 20) - filled)}] ${Math.floor(fraction * 100)}%`,
        `${items.toLocaleString('en-US')}/${totalItems.toLocaleString('en-US')} ${options.itemName}`,
      ];
      const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
      if (byBytes) {
        parts.push(`${formatBytes(bytes)}/${formatBytes(totalBytes)}`, `${formatBytes(Math.round(rate))}/s`);
      } else {
        parts.push(`${Math.round(rate).toLocaleString('en-US')}/s`);
      }
      if (stoppedAt !== undefined) parts.push(`took ${formatDuration(elapsedSeconds)}`);
      else if (rate > 0) parts.push(`ETA ${formatDuration((total - done) / rate)}`);
      else parts.push('ETA --');
      return parts.join(' | ');
    },
  });
  // cli-progress tracks one value; this module keeps its own counts and gives the bar the fraction.
  const scale = 1_000_000;
  const position = () => {
    const total = byBytes ? totalBytes : totalItems;
    return total === 0 ? 0 : Math.round(((byBytes ? bytes : items) / total) * scale);
  };
  bar.start(scale, position());
  return {
    advance(doneItems, doneBytes = 0) {
      items += doneItems;
      bytes += doneBytes;
      bar.update(position());
    },
    addToTotal(moreItems, moreBytes = 0) {
      totalItems += moreItems;
      totalBytes += moreBytes;
      bar.update(position());
    },
    stop() {
      stoppedAt = Date.now();
      bar.update(position());
      bar.stop();
    },
  };
}
