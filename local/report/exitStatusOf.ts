import type { SourceRecords } from '../../lambda/store/types';
import type { ProcessedObject } from '../types';

/**
 * The exit status of a `--once` run: 1 when any object ended `FAILED` or in the dead-letter queue, or was
 * still unfinished when `--timeout` ran out; else 0. A rejected file is an answer, not a failure.
 *
 * @example
 * exitStatusOf(processed, records); // 0
 */
export function exitStatusOf(processed: ProcessedObject[], records: (SourceRecords | undefined)[]): number {
  const failed = processed.some(
    (object, index) =>
      object.delivery === 'dead-lettered' ||
      object.delivery === 'unfinished' ||
      records[index]?.source.status === 'FAILED',
  );
  return failed ? 1 : 0;
}
