import { performance } from 'node:perf_hooks';
import { parseDocuments } from '../../lambda/parser/parseDocuments';
import type { ParsePosition } from '../../lambda/parser/types';
import { median } from '../support/median';
import { roundTo } from '../support/roundTo';

/** What a resumed slice's parse costs at a checkpoint, with the position's resume point and without. */
export interface ResumeCost {
  /** The checkpoint's document. */
  after: number;
  /** Median ms until the `documents` after the checkpoint are parsed, seeking to the resume point. */
  withPointMs: number;
  /** The same, split from the start of the file (what every slice did before resume points). */
  withoutPointMs: number;
}

/**
 * Times the parse a resumed slice does before it can store anything, in this process: for each checkpoint
 * (a fraction of the export's documents), the parse of the next `documents` documents (enrichment on, as
 * ingest runs it) from that checkpoint's position with its resume point, and from its index alone (the file
 * re-split from the start). The two are run alternately, `runs` times each; medians.
 *
 * @example
 * ```ts
 * const costs = await measureResumeCost(bytes, { checkpoints: [0.5, 0.95], documents: 100, runs: 5 });
 * ```
 */
export async function measureResumeCost(
  bytes: Uint8Array,
  options: { checkpoints: readonly number[]; documents: number; runs: number },
): Promise<ResumeCost[]> {
  const positions: ParsePosition[] = [];
  for await (const event of parseDocuments(bytes, { enrich: false, provenance: false })) {
    if (event.kind === 'article') positions.push(event.position);
  }
  const timeFrom = async (resumeAfter: ParsePosition): Promise<number> => {
    const started = performance.now();
    let parsed = 0;
    for await (const event of parseDocuments(bytes, { resumeAfter })) {
      if (event.kind === 'article' && ++parsed >= options.documents) break;
    }
    return performance.now() - started;
  };
  const costs: ResumeCost[] = [];
  for (const fraction of options.checkpoints) {
    const position = positions[Math.min(positions.length - 1, Math.floor(positions.length * fraction))]!;
    const withPoint: number[] = [];
    const withoutPoint: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      withPoint.push(await timeFrom(position));
      withoutPoint.push(await timeFrom({ documentIndex: position.documentIndex }));
    }
    costs.push({
      after: position.documentIndex,
      withPointMs: roundTo(median(withPoint), 1),
      withoutPointMs: roundTo(median(withoutPoint), 1),
    });
  }
  return costs;
}
