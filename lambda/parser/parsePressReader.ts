import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { isPageFurniture } from './isPageFurniture';
import { joinBlock } from './joinBlock';
import { readBody } from './readBody';
import { readBylineLine } from './readBylineLine';
import { readPressReaderFooter } from './readPressReaderFooter';
import type { ArticleDraft, PressReaderFooter } from './types';
import { WARNINGS } from './warnings';

/** The byline follows publication, headline and at most a few subheadline blocks. */
const LAST_BYLINE_BLOCK = 5;
/** A subheadline is a short line without a sentence's full stop; the body's first paragraph is not. */
const MAX_SUBHEADLINE_WORDS = 25;

interface PressReaderPage {
  start: number;
  end: number;
  blocks: string[][];
  footers: PressReaderFooter[];
}

/**
 * Splits the lines into pages, one article each: a page ends with its footer lines, so a file of
 * several pages pasted together gives several articles. Footer and furniture lines are left out of the
 * blocks.
 */
function splitPages(lines: readonly string[]): PressReaderPage[] {
  const pages: PressReaderPage[] = [];
  let page: PressReaderPage = { start: 0, end: 0, blocks: [], footers: [] };
  let block: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const footer = line === '' ? null : readPressReaderFooter(line);
    if (footer !== null) {
      page.footers.push(footer);
      block = null;
      continue;
    }
    if (line === '' || isPageFurniture(line)) {
      block = null;
      continue;
    }
    if (page.footers.length > 0) {
      page.end = i;
      pages.push(page);
      page = { start: i, end: 0, blocks: [], footers: [] };
    }
    if (block === null) {
      block = [line];
      page.blocks.push(block);
    } else {
      block.push(line);
    }
  }
  page.end = lines.length;
  if (page.blocks.length > 0) pages.push(page);
  return pages;
}

function isSubheadline(block: readonly string[]): boolean {
  const text = joinBlock(block);
  return text.split(' ').length <= MAX_SUBHEADLINE_WORDS && !/[.!?]["”’]?$/.test(text);
}

function parsePage(page: PressReaderPage, documentIndex: number): ArticleDraft | null {
  const blocks = [...page.blocks];
  const masthead = blocks[0];
  // The publication is one line; a headline that follows without a blank line is a block of its own.
  if (masthead !== undefined && masthead.length > 1) blocks.splice(0, 1, [masthead[0]!], masthead.slice(1));
  if (blocks.length < 2) return null;
  const draft = createDraft('pressreader', documentIndex, page);
  for (const footer of page.footers) {
    if (footer.kind === 'language') draft.language ??= footer.code;
    else draft.country ??= footer.name;
  }
  if (blocks.length === 2) {
    // Too short for the full layout: a headline and a body, like plain text.
    draft.headline = joinBlock(blocks[0]!);
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    creditByline(draft, null);
    Object.assign(draft, readBody(blocks.slice(1)));
    return draft.paragraphs.length > 0 ? draft : null;
  }
  draft.publication = joinBlock(blocks[0]!);
  draft.headline = joinBlock(blocks[1]!);
  let byline: string | null = null;
  let bylineIndex = -1;
  for (let i = 2; i <= Math.min(LAST_BYLINE_BLOCK, blocks.length - 1) && byline === null; i++) {
    if (blocks[i]!.length === 1) byline = readBylineLine(blocks[i]![0]!);
    if (byline !== null) bylineIndex = i;
  }
  let bodyStart: number;
  if (bylineIndex !== -1) {
    const subheadlines = blocks.slice(2, bylineIndex).map(joinBlock);
    draft.subheadline = subheadlines.length > 0 ? subheadlines.join(' ') : null;
    bodyStart = bylineIndex + 1;
  } else {
    const third = blocks[2]!;
    const hasSubheadline = blocks.length > 3 && isSubheadline(third);
    draft.subheadline = hasSubheadline ? joinBlock(third) : null;
    bodyStart = hasSubheadline ? 3 : 2;
  }
  creditByline(draft, byline);
  const body = readBody(blocks.slice(bodyStart));
  if (body.paragraphs.length === 0) return null;
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  return draft;
}

/**
 * Parses PressReader text: publication on the first line, then headline, optional subheadline, a
 * byline such as `- BY ROBERT BURNS AND LOLITA C. BALDOR`, the body (its dateline cut from the first
 * paragraph), and the footer `Newspapers in English` / `Newspapers from United States`.
 *
 * @example
 * ```ts
 * const [article] = parsePressReader(text.split('\n'));
 * article?.publication; // 'Albuquerque Journal'
 * ```
 */
export function parsePressReader(lines: readonly string[]): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  for (const [index, page] of splitPages(lines).entries()) {
    const draft = parsePage(page, index + 1);
    if (draft !== null) drafts.push(draft);
  }
  return drafts;
}
