import { BlockJoiner } from './BlockJoiner';
import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { cutDateline } from './cutDateline';
import { isPageFurniture } from './isPageFurniture';
import { joinBlock } from './joinBlock';
import { LineHasher } from './LineHasher';
import { ProvenanceRecorder } from './ProvenanceRecorder';
import { readHeadBlocks } from './readHeadBlocks';
import { recordBody } from './recordBody';
import type { DocumentDraft } from './types';
import { WARNINGS } from './warnings';
import { withoutTrailingFurniture } from './withoutTrailingFurniture';

/** Blocks that may be kicker, headline, deck and byline (one to spare); every later one is body. */
const HEAD_BLOCKS = 5;
/**
 * The first lines of the last few body blocks of several lines, kept so that provenance can name the
 * lines of a block cut as trailing furniture one by one (a `___` rule over a factbox printed without a
 * blank line is a separator, then a factbox): furniture closes a story, so only the last blocks matter.
 */
const RECENT_BLOCKS = 64;

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
  // The first blocks decide kicker, headline, deck and byline; every later one is body, joined as soon as it ends.
  const head: BlockJoiner[] = [];
  const headRanges: [number, number][] = [];
  const tail: string[] = [];
  // Flat `[start, end)` pairs: a pair array a paragraph cost 64 bytes each (50 MB at 24 MB of short paragraphs).
  const tailRanges: number[] = [];
  const recorder = new ProvenanceRecorder(0, false, provenance);
  const recentFirst: string[] = [];
  const recentIndex: number[] = [];
  let current: BlockJoiner | null = null;
  let inBlock = false;
  let lineNumber = -1;
  let blockStart = 0;
  let blockEnd = 0;
  const endBlock = () => {
    if (current !== null) {
      if (head.length < HEAD_BLOCKS) {
        head.push(current);
        headRanges.push([blockStart, blockEnd]);
      } else {
        if (current.count > 1 && provenance) {
          recentFirst[tail.length % RECENT_BLOCKS] = current.first;
          recentIndex[tail.length % RECENT_BLOCKS] = tail.length;
        }
        tail.push(current.text());
        tailRanges.push(blockStart, blockEnd);
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
        recorder.mark(lineNumber, /copyright|©|rights reserved/i.test(line) ? 'copyright' : 'furniture');
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
  const read = readHeadBlocks(head);
  const blocks: BodyBlock[] = [];
  // readHeadBlocks uses, in order: a kicker, the headline block, a deck, a byline; find which were there.
  const bylineUsed = read.byline !== null ? 1 : 0;
  const titleAt =
    read.headline === null ? -1 : read.used - 1 - bylineUsed - (read.subheadline !== null ? 1 : 0);
  if (read.headline !== null) {
    draft.headline = read.headline;
    draft.subheadline = read.subheadline;
    const [titleStart, titleEnd] = headRanges[titleAt]!;
    if (titleAt === 1) recorder.markRange(headRanges[0]![0], headRanges[0]![1], 'kicker');
    recorder.field('headline', titleStart, titleStart + 1, 'headline');
    recorder.warn(draft.warnings.length, titleStart, titleStart + 1);
    if (read.subheadline !== null) {
      const [deckStart, deckEnd] = headRanges[titleAt + 1]!;
      recorder.field('subheadline', deckStart, deckEnd, 'subheadline');
    }
    if (bylineUsed === 1) {
      const [bylineStart, bylineEnd] = headRanges[read.used - 1]!;
      recorder.field('byline', bylineStart, bylineEnd, 'byline');
    }
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    const title = head[read.used - 1]!;
    if (read.headlineBlockRest)
      blocks.push({
        count: title.count - 1,
        line: title.second,
        text: () => title.rest(),
        range: [titleStart + 1, titleEnd],
      });
  } else draft.warnings.push(WARNINGS.noHeadline);
  for (let i = read.used; i < head.length; i++) blocks.push(bodyBlock(head[i]!, headRanges[i]!));
  creditByline(draft, read.byline, { surnameFirst: read.surnameFirst, lines: read.bylineLines });
  // The head's blocks go before the tail in place: the body's paragraphs never stand in two arrays.
  const paragraphs = tail;
  const ranges = tailRanges;
  paragraphs.unshift(...blocks.map((block) => block.text()));
  ranges.unshift(...blocks.flatMap((block) => block.range));
  let kept = paragraphs;
  let keptRanges = ranges;
  if (paragraphs.includes('')) {
    kept = [];
    keptRanges = [];
    for (let i = 0; i < paragraphs.length; i++) {
      if (paragraphs[i] === '') continue;
      kept.push(paragraphs[i]!);
      keptRanges.push(ranges[2 * i]!, ranges[2 * i + 1]!);
    }
  }
  // withoutTrailingFurniture cuts in place: it hands back what it cut, for provenance to name.
  const cut: string[] = [];
  const story = withoutTrailingFurniture(kept, cut);
  const storyCount = story.length;
  const body = cutDateline(story);
  if (body.paragraphs.length === 0) return null;
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  const headCount = blocks.length;
  /** The first line of paragraph `p` of several lines, as printed, where it is still known; else null. */
  const firstLineOf = (p: number): string | null => {
    if (kept !== paragraphs) return null;
    if (p < headCount) return blocks[p]!.count > 1 ? blocks[p]!.line : null;
    const slot = (p - headCount) % RECENT_BLOCKS;
    return recentIndex[slot] === p - headCount ? recentFirst[slot]! : null;
  };
  // A cut paragraph's first line by itself and the rest apart, where its first line is known.
  recordBody(recorder, keptRanges, storyCount, body, (line, paragraph) => {
    const text = cut[paragraph - storyCount]!;
    const first = firstLineOf(paragraph);
    if (first === null) return text;
    return line === keptRanges[2 * paragraph] ? first : text.slice(joinBlock([first]).length + 1);
  });
  draft.provenance = recorder.finish(lineNumber + 1);
  return { draft, contentHash: hasher.digest() };
}
