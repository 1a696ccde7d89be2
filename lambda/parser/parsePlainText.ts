import { BlockJoiner } from './BlockJoiner';
import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { cutDateline } from './cutDateline';
import { isPageFurniture } from './isPageFurniture';
import { LineHasher } from './LineHasher';
import { readHeadBlocks } from './readHeadBlocks';
import type { DocumentDraft } from './types';
import { WARNINGS } from './warnings';
import { withoutTrailingFurniture } from './withoutTrailingFurniture';

/** Blocks that may be kicker, headline, deck and byline (one to spare); every later one is body. */
const HEAD_BLOCKS = 5;

/** A block of the body: how many lines it has, its first line, and its text once joined. */
interface BodyBlock {
  count: number;
  line: string;
  text: () => string;
}

const bodyBlock = (block: BlockJoiner): BodyBlock => ({
  count: block.count,
  line: block.first,
  text: () => block.text(),
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
): DocumentDraft | null {
  const hasher = new LineHasher();
  // The first blocks decide kicker, headline, deck and byline; every later one is body, joined as soon as it ends.
  const head: BlockJoiner[] = [];
  const tail: string[] = [];
  let current: BlockJoiner | null = null;
  let inBlock = false;
  const endBlock = () => {
    if (current !== null) {
      if (head.length < HEAD_BLOCKS) head.push(current);
      else tail.push(current.text());
    }
    current = null;
    inBlock = false;
  };
  for (const batch of batches) {
    for (const untrimmed of batch) {
      hasher.push(untrimmed);
      const line = untrimmed.trim();
      if (line === '') {
        if (inBlock) endBlock();
        continue;
      }
      inBlock = true;
      // Furniture lines leave the block they stand in, without ending it.
      if (isPageFurniture(line)) continue;
      current ??= new BlockJoiner();
      current.push(line);
    }
  }
  endBlock();
  const first = head[0];
  if (first === undefined) return null;

  const draft = createDraft('plain', documentIndex, { start: 0, end: 0 });
  const read = readHeadBlocks(head);
  const blocks: BodyBlock[] = [];
  if (read.headline !== null) {
    draft.headline = read.headline;
    draft.subheadline = read.subheadline;
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    const title = head[read.used - 1]!;
    if (read.headlineBlockRest)
      blocks.push({ count: title.count - 1, line: title.second, text: () => title.rest() });
  } else draft.warnings.push(WARNINGS.noHeadline);
  for (let i = read.used; i < head.length; i++) blocks.push(bodyBlock(head[i]!));
  creditByline(draft, read.byline, { surnameFirst: read.surnameFirst, lines: read.bylineLines });
  const paragraphs = blocks.map((block) => block.text());
  for (const paragraph of tail) paragraphs.push(paragraph);
  const body = cutDateline(withoutTrailingFurniture(paragraphs.filter((paragraph) => paragraph !== '')));
  if (body.paragraphs.length === 0) return null;
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  return { draft, contentHash: hasher.digest() };
}
