import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { MAX_HEADER_LINE_CHARS } from './limits';
import { readBody } from './readBody';
import { readBylineLine } from './readBylineLine';
import { splitBlocks } from './splitBlocks';
import type { ArticleDraft } from './types';
import { WARNINGS } from './warnings';
import { withoutPageFurniture } from './withoutPageFurniture';

/** A headline is a line, not a paragraph. */
const MAX_HEADLINE_WORDS = 30;

function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_HEADER_LINE_CHARS && line.split(' ').length <= MAX_HEADLINE_WORDS;
}

/**
 * Parses plain article text with no furniture: the headline is the first line (when it is short enough
 * to be one), an optional byline follows, the rest is the body. Null when there is no body.
 *
 * @example
 * ```ts
 * const lines = 'Storm closes schools\n\nBy Jane Doe\n\nSPRINGFIELD — Schools closed.'.split('\n');
 * parsePlainText(lines, 0, lines.length)?.headline; // 'Storm closes schools'
 * ```
 */
export function parsePlainText(
  lines: readonly string[],
  start: number,
  end: number,
  documentIndex = 1,
): ArticleDraft | null {
  const draft = createDraft('plain', documentIndex, { start, end });
  const blocks = splitBlocks(lines, start, end).map(withoutPageFurniture);
  const nonEmpty = blocks.filter((block) => block.length > 0);
  const first = nonEmpty[0];
  if (first === undefined) return null;
  let bodyStart = 0;
  if (looksLikeHeadline(first[0]!)) {
    draft.headline = first[0]!.replace(/\s+/g, ' ');
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    if (first.length > 1) nonEmpty[0] = first.slice(1);
    else bodyStart = 1;
  } else {
    draft.warnings.push(WARNINGS.noHeadline);
  }
  const bylineBlock = nonEmpty[bodyStart];
  const byline = bylineBlock?.length === 1 ? readBylineLine(bylineBlock[0]!) : null;
  if (byline !== null) bodyStart++;
  creditByline(draft, byline);
  const body = readBody(nonEmpty.slice(bodyStart));
  if (body.paragraphs.length === 0) return null;
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  return draft;
}
