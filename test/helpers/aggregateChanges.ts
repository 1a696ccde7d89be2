import type { ChangeRecord } from '../../lambda/aggregates/types';

/**
 * A source item's stream image, as the aggregates read it: only what they count by.
 *
 * @example
 * ```ts
 * sourceImage('a.txt', 'PARSED'); // { type: 'SOURCE', pk: 'SOURCE#b/a.txt', sk: 'SOURCE', status: 'PARSED' }
 * ```
 */
export const sourceImage = (key: string, status: string) => ({
  type: 'SOURCE',
  pk: `SOURCE#b/${key}`,
  sk: 'SOURCE',
  status,
});

/**
 * An article item's stream image, as the aggregates read it: status, day (`sortDate`) and publication.
 *
 * @example
 * ```ts
 * articleImage('a1', 'PARSED', '2026-03-01', 'The Courier');
 * ```
 */
export const articleImage = (
  id: string,
  status: string,
  sortDate: string | undefined,
  publication: string | null,
) => ({
  type: 'ARTICLE',
  pk: `ARTICLE#${id}`,
  sk: 'ARTICLE',
  id,
  status,
  sortDate,
  publication,
});

/**
 * A maker of stream changes with fresh event ids (`<prefix>-1`, `<prefix>-2`, …) and increasing sequence
 * numbers, so that each test file's changes are distinct events.
 *
 * @example
 * ```ts
 * const change = createChangeMaker('batch-event');
 * change('INSERT', undefined, sourceImage('a.txt', 'PARSED')); // { eventId: 'batch-event-1', … }
 * ```
 */
export function createChangeMaker(prefix: string) {
  let next = 0;
  return (
    eventName: ChangeRecord['eventName'],
    oldImage?: Record<string, unknown>,
    newImage?: Record<string, unknown>,
  ): ChangeRecord => {
    next++;
    return {
      eventId: `${prefix}-${next}`,
      eventName,
      sequenceNumber: String(next).padStart(21, '0'),
      oldImage,
      newImage,
    };
  };
}
