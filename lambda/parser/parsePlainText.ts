import { BlockJoiner } from './BlockJoiner';
import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { cutDateline } from './cutDateline';
import { isPageFurniture } from './isPageFurniture';
import { LineHasher } from './LineHasher';
import { MAX_HEADER_LINE_CHARS } from './limits';
import { ProvenanceRecorder } from './ProvenanceRecorder';
import { readBylineLine } from './readBylineLine';
import { recordBody } from './recordBody';
import type { DocumentDraft } from './types';
import { WARNINGS } from './warnings';

/** A headline is a line, not a paragraph. */
const MAX_HEADLINE_WORDS = 30;

function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_HEADER_LINE_CHARS && line.split(' ').length <= MAX_HEADLINE_WORDS;
}

/** A block of the body: how many lines it has, its first line, its text once joined, and its lines `[start, end)`. */
interface BodyBlock {
  count: number;
  line: string;
  text: () => string;
  range: [number, number];
}

const bodyBlock = (block: BlockJoiner, range: [number, number]): BodyBlock => ({
  count: block.count,
  line: block.first,
  text: () => block.text(),
  range,
});

/**
 * Parses plain article text with no furniture, read line by line in batches: the headline is the first
 * line (when it is short enough to be one), an optional byline follows, the rest is the body. Blocks are
 * joined into paragraphs as they end, and the content hash is taken as the lines pass, so no line is
 * kept: a file is one document, and this holds its paragraphs only. Null when there is no body.
 *
 * @example
 * ```ts
 * const lines = 'Storm closes schools\n\nBy Jane Doe\n\nSPRINGFIELD — Schools closed.'.split('\n');
 * parsePlainText([lines])?.draft.headline; // 'Storm closes schools'
 * ```
 */
export function parsePlainText(
  batches: Iterable<readonly string[]>,
  documentIndex = 1,
  provenance = true,
): DocumentDraft | null {
  const hasher = new LineHasher();
  // The first two blocks decide headline and byline; every later one is body, joined as soon as it ends.
  const head: BlockJoiner[] = [];
  const headRanges: [number, number][] = [];
  const tail: string[] = [];
  const tailRanges: [number, number][] = [];
  const recorder = new ProvenanceRecorder(0, false, provenance);
  let current: BlockJoiner | null = null;
  let inBlock = false;
  let lineNumber = -1;
  let blockStart = 0;
  let blockEnd = 0;
  const endBlock = () => {
    if (current !== null) {
      if (head.length < 2) {
        head.push(current);
        headRanges.push([blockStart, blockEnd]);
      } else {
        tail.push(current.text());
        tailRanges.push([blockStart, blockEnd]);
      }
    }
    current = null;
    inBlock = false;
  };
  for (const batch of batches) {
    for (const untrimmed of batch) {
      lineNumber++;
      hasher.push(untrimmed);
      const line = untrimmed.trim();
      if (line === '') {
        recorder.mark(lineNumber, 'blank');
        if (inBlock) endBlock();
        continue;
      }
      inBlock = true;
      // Furniture lines leave the block they stand in, without ending it.
      if (isPageFurniture(line)) {
        recorder.mark(lineNumber, 'furniture');
        continue;
      }
      if (current === null) {
        current = new BlockJoiner();
        blockStart = lineNumber;
      }
      blockEnd = lineNumber + 1;
      current.push(line);
    }
  }
  endBlock();
  const first = head[0];
  if (first === undefined) return null;

  const draft = createDraft('plain', documentIndex, { start: 0, end: 0 });
  const blocks: BodyBlock[] = [];
  const [firstStart, firstEnd] = headRanges[0]!;
  if (looksLikeHeadline(first.first)) {
    draft.headline = first.first.replace(/\s+/g, ' ');
    recorder.field('headline', firstStart, firstStart + 1, 'headline');
    recorder.warn(draft.warnings.length, firstStart, firstStart + 1);
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    if (first.count > 1)
      blocks.push({
        count: first.count - 1,
        line: first.second,
        text: () => first.rest(),
        range: [firstStart + 1, firstEnd],
      });
  } else {
    draft.warnings.push(WARNINGS.noHeadline);
    blocks.push(bodyBlock(first, headRanges[0]!));
  }
  if (head[1] !== undefined) blocks.push(bodyBlock(head[1], headRanges[1]!));
  const bylineBlock = blocks[0];
  const byline = bylineBlock?.count === 1 ? readBylineLine(bylineBlock.line) : null;
  if (byline !== null) {
    recorder.field('byline', bylineBlock!.range[0], bylineBlock!.range[1], 'byline');
    blocks.shift();
  }
  creditByline(draft, byline);
  const paragraphs = blocks.map((block) => block.text());
  const ranges = blocks.map((block) => block.range);
  for (const paragraph of tail) paragraphs.push(paragraph);
  for (const range of tailRanges) ranges.push(range);
  const kept = paragraphs.filter((paragraph) => paragraph !== '');
  const keptRanges =
    kept.length === paragraphs.length ? ranges : ranges.filter((_, i) => paragraphs[i] !== '');
  const body = cutDateline(kept);
  if (body.paragraphs.length === 0) return null;
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  recordBody(recorder, keptRanges, keptRanges.length, body);
  draft.provenance = recorder.finish(lineNumber + 1);
  return { draft, contentHash: hasher.digest() };
}
