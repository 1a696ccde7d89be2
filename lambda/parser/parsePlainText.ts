import { BlockJoiner } from './BlockJoiner';
import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { cutDateline } from './cutDateline';
import { isPageFurniture } from './isPageFurniture';
import { LineHasher } from './LineHasher';
import { MAX_HEADER_LINE_CHARS } from './limits';
import { readBylineLine } from './readBylineLine';
import type { DocumentDraft } from './types';
import { WARNINGS } from './warnings';

/** A headline is a line, not a paragraph. */
const MAX_HEADLINE_WORDS = 30;

function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_HEADER_LINE_CHARS && line.split(' ').length <= MAX_HEADLINE_WORDS;
}

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
  // The first two blocks decide headline and byline; every later one is body, joined as soon as it ends.
  const head: BlockJoiner[] = [];
  const tail: string[] = [];
  let current: BlockJoiner | null = null;
  let inBlock = false;
  const endBlock = () => {
    if (current !== null) {
      if (head.length < 2) head.push(current);
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
  const blocks: BodyBlock[] = [];
  if (looksLikeHeadline(first.first)) {
    draft.headline = first.first.replace(/\s+/g, ' ');
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    if (first.count > 1)
      blocks.push({ count: first.count - 1, line: first.second, text: () => first.rest() });
  } else {
    draft.warnings.push(WARNINGS.noHeadline);
    blocks.push(bodyBlock(first));
  }
  if (head[1] !== undefined) blocks.push(bodyBlock(head[1]));
  const bylineBlock = blocks[0];
  const byline = bylineBlock?.count === 1 ? readBylineLine(bylineBlock.line) : null;
  if (byline !== null) blocks.shift();
  creditByline(draft, byline);
  const paragraphs = blocks.map((block) => block.text());
  for (const paragraph of tail) paragraphs.push(paragraph);
  const body = cutDateline(paragraphs.filter((paragraph) => paragraph !== ''));
  if (body.paragraphs.length === 0) return null;
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  return { draft, contentHash: hasher.digest() };
}
