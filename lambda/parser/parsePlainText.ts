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
import type { DocumentDraft, SpacesSeen } from './types';
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

/** The blocks read so far: the head's, and the body's joined as they end. */
interface ReadBlocks {
  /** The first blocks decide kicker, headline, deck and byline; every later one is body, joined as soon as it ends. */
  head: BlockJoiner[];
  headRanges: [number, number][];
  tail: string[];
  /** Flat `[start, end)` pairs: a pair array a paragraph cost 64 bytes each (50 MB at 24 MB of short paragraphs). */
  tailRanges: number[];
  recentFirst: string[];
  recentIndex: number[];
  provenance: boolean;
}

/** Files a block that has ended, lines `[start, end)`: a module function, not a closure made for every file. */
function endBlock(read: ReadBlocks, block: BlockJoiner, start: number, end: number): void {
  if (read.head.length < HEAD_BLOCKS) {
    read.head.push(block);
    read.headRanges.push([start, end]);
    return;
  }
  const index = read.tail.length;
  if (block.count > 1 && read.provenance) {
    read.recentFirst[index % RECENT_BLOCKS] = block.first;
    read.recentIndex[index % RECENT_BLOCKS] = index;
  }
  read.tail.push(block.text());
  read.tailRanges.push(start, end);
}

/**
 * Parses plain article text with no furniture, read line by line in batches: the headline is the first
 * line (when it is short enough to be one), an optional byline follows, the rest is the body. Blocks are
 * joined into paragraphs as they end, and the content hash is taken as the lines pass, so no line is
 * kept: a file is one document, and this holds its paragraphs only. Null when there is no body.
 * `spaces`: what the reader of the batches knows of their white space, for the hash.
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
  spaces?: SpacesSeen,
): DocumentDraft | null {
  const hasher = new LineHasher(spaces);
  const blocksRead: ReadBlocks = {
    head: [],
    headRanges: [],
    tail: [],
    tailRanges: [],
    recentFirst: [],
    recentIndex: [],
    provenance,
  };
  const { head, headRanges, tail, tailRanges, recentFirst, recentIndex } = blocksRead;
  const recorder = new ProvenanceRecorder(0, false, provenance);
  let current: BlockJoiner | null = null;
  let lineNumber = -1;
  let blockStart = 0;
  let blockEnd = 0;
  for (const batch of batches) {
    for (const untrimmed of batch) {
      lineNumber++;
      hasher.push(untrimmed);
      const line = untrimmed.trim();
      if (line === '') {
        recorder.mark(lineNumber, 'blank');
        if (current !== null) endBlock(blocksRead, current, blockStart, blockEnd);
        current = null;
        continue;
      }
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
  if (current !== null) endBlock(blocksRead, current, blockStart, blockEnd);
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
  // A cut paragraph's first line by itself and the rest apart, where its first line is known.
  recordBody(recorder, keptRanges, storyCount, body, (line, paragraph) => {
    const text = cut[paragraph - storyCount]!;
    // The first line of the paragraph if it has several, as printed, where it is still known.
    let first: string | null = null;
    if (kept === paragraphs && paragraph < headCount)
      first = blocks[paragraph]!.count > 1 ? blocks[paragraph]!.line : null;
    else if (kept === paragraphs) {
      const slot = (paragraph - headCount) % RECENT_BLOCKS;
      first = recentIndex[slot] === paragraph - headCount ? recentFirst[slot]! : null;
    }
    if (first === null) return text;
    return line === keptRanges[2 * paragraph] ? first : text.slice(joinBlock([first]).length + 1);
  });
  draft.provenance = recorder.finish(lineNumber + 1);
  return { draft, contentHash: hasher.digest() };
}
