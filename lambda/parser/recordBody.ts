import type { ProvenanceRecorder } from './ProvenanceRecorder';
import type { ArticleBody } from './types';

/**
 * Records a body's paragraphs and its dateline: `ranges[p]` are the document lines of paragraph `p` as
 * it was before {@link cutDateline} ran, `countBefore` how many there were. A dateline that was all its
 * paragraph held takes that paragraph's lines; otherwise it is the first line of the first paragraph.
 *
 * @example
 * ```ts
 * const body = cutDateline(paragraphs); // from 3 paragraphs read from lines [4, 6), [7, 8), [9, 12)
 * recordBody(recorder, [[4, 6], [7, 8], [9, 12]], 3, body);
 * ```
 */
export function recordBody(
  recorder: ProvenanceRecorder,
  ranges: readonly (readonly [number, number])[],
  countBefore: number,
  body: ArticleBody,
): void {
  for (const [start, end] of ranges) recorder.paragraphLines(start, end);
  const first = ranges[0];
  if (body.dateline === null || first === undefined) return;
  if (body.paragraphs.length < countBefore) {
    recorder.dropFirstParagraph();
    recorder.field('dateline', first[0], first[1], 'dateline');
  } else recorder.field('dateline', first[0], first[0] + 1);
}
