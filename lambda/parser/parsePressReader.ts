import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { cutDateline } from './cutDateline';
import { isPageFurniture } from './isPageFurniture';
import { joinBlock } from './joinBlock';
import { readBylineLine } from './readBylineLine';
import { readPressReaderFooter } from './readPressReaderFooter';
import type { ArticleBody, ArticleDraft, PressReaderFooter } from './types';
import { WARNINGS } from './warnings';

/** The byline follows publication, headline and at most a few subheadline blocks. */
const LAST_BYLINE_BLOCK = 5;
/** A subheadline is a short line without a sentence's full stop; the body's first paragraph is not. */
const MAX_SUBHEADLINE_WORDS = 25;

interface PressReaderPage {
  start: number;
  end: number;
  /** Block `b` is the lines `[blockStarts[b], blockEnds[b])` of the file: footer, furniture and blank lines end a block. */
  blockStarts: number[];
  blockEnds: number[];
  footers: PressReaderFooter[];
}

function newPage(start: number): PressReaderPage {
  return { start, end: 0, blockStarts: [], blockEnds: [], footers: [] };
}

/**
 * Splits the lines into pages, one article each: a page ends with its footer lines, so a file of
 * several pages pasted together gives several articles. Footer and furniture lines are left out of the
 * blocks. A block is kept as where its lines start and end, not as an array of its lines: an array per
 * block (and copies of the block list) on a page of 200,000 one-line blocks made the parse of 8 MB cost
 * 2.6 times as much per MB as that of 1 MB, all of it garbage collection and fresh memory.
 */
function splitPages(lines: readonly string[]): PressReaderPage[] {
  const pages: PressReaderPage[] = [];
  let page = newPage(0);
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const footer = line === '' ? null : readPressReaderFooter(line);
    if (footer !== null) {
      page.footers.push(footer);
      inBlock = false;
      continue;
    }
    if (line === '' || isPageFurniture(line)) {
      inBlock = false;
      continue;
    }
    if (page.footers.length > 0) {
      page.end = i;
      pages.push(page);
      page = newPage(i);
      inBlock = false;
    }
    const { blockStarts, blockEnds } = page;
    // The publication is one line; a headline that follows without a blank line is a block of its own.
    if (inBlock && !(blockStarts.length === 1 && blockEnds[0]! - blockStarts[0]! === 1)) {
      blockEnds[blockEnds.length - 1] = i + 1;
    } else {
      blockStarts.push(i);
      blockEnds.push(i + 1);
    }
    inBlock = true;
  }
  page.end = lines.length;
  if (page.blockStarts.length > 0) pages.push(page);
  return pages;
}

/** Block `index` of the page as one line of text, its lines trimmed and joined. */
function blockText(lines: readonly string[], page: PressReaderPage, index: number): string {
  const start = page.blockStarts[index]!;
  const end = page.blockEnds[index]!;
  const block: string[] = new Array(end - start);
  for (let i = start; i < end; i++) block[i - start] = lines[i]!.trim();
  return joinBlock(block);
}

/** The single line of block `index`, trimmed, or null when the block has several. */
function blockLine(lines: readonly string[], page: PressReaderPage, index: number): string | null {
  const start = page.blockStarts[index]!;
  return page.blockEnds[index]! - start === 1 ? lines[start]!.trim() : null;
}

function isSubheadline(text: string): boolean {
  return text.split(' ').length <= MAX_SUBHEADLINE_WORDS && !/[.!?]["”’]?$/.test(text);
}

/** The body's paragraphs: blocks `from` to the end of the page, the dateline cut from the first (a block is never empty). */
function readPageBody(lines: readonly string[], page: PressReaderPage, from: number): ArticleBody {
  const paragraphs: string[] = [];
  for (let i = from; i < page.blockStarts.length; i++) paragraphs.push(blockText(lines, page, i));
  return cutDateline(paragraphs);
}

function parsePage(
  lines: readonly string[],
  page: PressReaderPage,
  documentIndex: number,
): ArticleDraft | null {
  const blockCount = page.blockStarts.length;
  if (blockCount < 2) return null;
  const draft = createDraft('pressreader', documentIndex, { start: page.start, end: page.end });
  for (const footer of page.footers) {
    if (footer.kind === 'language') draft.language ??= footer.code;
    else draft.country ??= footer.name;
  }
  if (blockCount === 2) {
    // Too short for the full layout: a headline and a body, like plain text.
    draft.headline = blockText(lines, page, 0);
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    creditByline(draft, null);
    Object.assign(draft, readPageBody(lines, page, 1));
    return draft.paragraphs.length > 0 ? draft : null;
  }
  draft.publication = blockText(lines, page, 0);
  draft.headline = blockText(lines, page, 1);
  let byline: string | null = null;
  let bylineIndex = -1;
  for (let i = 2; i <= Math.min(LAST_BYLINE_BLOCK, blockCount - 1) && byline === null; i++) {
    const line = blockLine(lines, page, i);
    if (line !== null) byline = readBylineLine(line);
    if (byline !== null) bylineIndex = i;
  }
  let bodyStart: number;
  if (bylineIndex !== -1) {
    const subheadlines: string[] = [];
    for (let i = 2; i < bylineIndex; i++) subheadlines.push(blockText(lines, page, i));
    draft.subheadline = subheadlines.length > 0 ? subheadlines.join(' ') : null;
    bodyStart = bylineIndex + 1;
  } else {
    const third = blockText(lines, page, 2);
    const hasSubheadline = blockCount > 3 && isSubheadline(third);
    draft.subheadline = hasSubheadline ? third : null;
    bodyStart = hasSubheadline ? 3 : 2;
  }
  creditByline(draft, byline);
  const body = readPageBody(lines, page, bodyStart);
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
    const draft = parsePage(lines, page, index + 1);
    if (draft !== null) drafts.push(draft);
  }
  return drafts;
}
