import { nexisExport } from '../../test/helpers/nexisExport';
import { classicNexisRtf } from '../../test/helpers/writeRtf';

/**
 * An invented classic LexisNexis RTF download of `count` documents of about 2 KB of text each, for benchmarks.
 *
 * @example
 * ```ts
 * const rtf = classicRtf(1_000);
 * ```
 */
export function classicRtf(count: number): Uint8Array {
  const documents = Array.from({ length: count }, (_, n) => ({
    publication: n % 2 === 0 ? 'The Invented Courier' : 'Invented Weekly',
    date: `March ${(n % 28) + 1}, 2014 Monday`,
    headline: `Quarry Street plan number ${n} goes to the council`,
    byline: 'By Ann Lee and Tom Ruiz',
    paragraphs: Array.from(
      { length: 10 },
      (_, p) =>
        `MILLBRANCH — The plan number ${n}-${p} was discussed on Monday, and the committee said it would report back to the board before the end of the month, officials said.`,
    ),
  }));
  return classicNexisRtf(nexisExport(documents));
}
