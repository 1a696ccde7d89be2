import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { cutDateline } from './cutDateline';
import { isSectionKicker } from './isSectionKicker';
import { joinBlock } from './joinBlock';
import { readBylineLine } from './readBylineLine';
import { readWrappedByline } from './readWrappedByline';
import type { ArticleBody, ArticleDraft, PressReaderPage } from './types';
import { WARNINGS } from './warnings';
import { withoutLineBreakMarks } from './withoutLineBreakMarks';
import { withoutTrailingFurniture } from './withoutTrailingFurniture';

/** The byline follows publication, headline and at most a few subheadline blocks. */
const LAST_BYLINE_BLOCK = 5;
/** A subheadline is a short line without a sentence's full stop; the body's first paragraph is not. */
const MAX_SUBHEADLINE_WORDS = 25;

/** Block `index` of the page as one line of text, its lines trimmed and joined. */
function blockText(page: PressReaderPage, index: number): string {
  const { lines } = page;
  const start = page.blockStarts[index]!;
  const end = page.blockEnds[index]!;
  const block: string[] = new Array(end - start);
  for (let i = start; i < end; i++) block[i - start] = lines[i]!.trim();
  return joinBlock(block);
}

/** The single line of block `index`, trimmed, or null when the block has several. */
function blockLine(page: PressReaderPage, index: number): string | null {
  const { lines } = page;
  const start = page.blockStarts[index]!;
  return page.blockEnds[index]! - start === 1 ? lines[start]!.trim() : null;
}

/** Whether the text has at most `max - 1` spaces (`split(' ').length <= max`), counted no further than that. */
function fewSpaces(text: string, max: number): boolean {
  let spaces = 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1))
    if (++spaces >= max) return false;
  return true;
}

function isSubheadline(text: string): boolean {
  return fewSpaces(text, MAX_SUBHEADLINE_WORDS) && !/[.!?]["”’]?$/.test(text);
}

/** The body's paragraphs: blocks `from` to the end of the page, the dateline cut from the first (a block is never empty). */
function readPageBody(page: PressReaderPage, from: number): ArticleBody {
  const paragraphs: string[] = [];
  for (let i = from; i < page.blockStarts.length; i++) paragraphs.push(blockText(page, i));
  return cutDateline(withoutTrailingFurniture(paragraphs));
}

/**
 * Parses one PressReader page (as {@link pressReaderPagesOf} splits them): publication on the first line,
 * then headline, optional subheadline, a byline such as `- BY ROBERT BURNS AND LOLITA C. BALDOR`, the
 * body (its dateline cut from the first paragraph), and the footer `Newspapers in English` /
 * `Newspapers from United States`. Null for a page without a body.
 *
 * @example
 * ```ts
 * for (const page of pressReaderPagesOf([lines])) parsePressReaderPage(page)?.publication; // 'Albuquerque Journal'
 * ```
 */
export function parsePressReaderPage(page: PressReaderPage): ArticleDraft | null {
  const blockCount = page.blockStarts.length;
  if (blockCount < 2) return null;
  const draft = createDraft('pressreader', page.documentIndex, { start: 0, end: page.lines.length });
  for (const footer of page.footers) {
    if (footer.kind === 'language') draft.language ??= footer.code;
    else draft.country ??= footer.name;
  }
  if (blockCount === 2) {
    // Too short for the full layout: a headline and a body, like plain text.
    draft.headline = blockText(page, 0);
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    creditByline(draft, null);
    Object.assign(draft, readPageBody(page, 1));
    return draft.paragraphs.length > 0 ? draft : null;
  }
  draft.publication = blockText(page, 0);
  // A section kicker in capitals between the publication and the headline is never the headline.
  const kicker = blockCount > 3 && isSectionKicker(blockLine(page, 1) ?? '') ? 1 : 0;
  draft.headline = withoutLineBreakMarks(blockText(page, 1 + kicker));
  let byline: string | null = null;
  let bylineLines: string[] | undefined;
  let bylineIndex = -1;
  for (
    let i = 2 + kicker;
    i <= Math.min(LAST_BYLINE_BLOCK + kicker, blockCount - 1) && byline === null;
    i++
  ) {
    const line = blockLine(page, i);
    if (line !== null) byline = readBylineLine(line);
    else if (page.blockEnds[i]! - page.blockStarts[i]! === 2) {
      // A byline wrapped onto a second line of names.
      const first = readBylineLine(page.lines[page.blockStarts[i]!]!);
      const wrapped = first === null ? null : readWrappedByline(first, page.lines[page.blockStarts[i]! + 1]!);
      if (wrapped !== null) ({ byline, lines: bylineLines } = wrapped);
    }
    if (byline !== null) bylineIndex = i;
  }
  let bodyStart: number;
  if (bylineIndex !== -1) {
    const subheadlines: string[] = [];
    for (let i = 2 + kicker; i < bylineIndex; i++) subheadlines.push(blockText(page, i));
    draft.subheadline = subheadlines.length > 0 ? withoutLineBreakMarks(subheadlines.join(' ')) : null;
    bodyStart = bylineIndex + 1;
  } else {
    const third = blockText(page, 2 + kicker);
    const hasSubheadline = blockCount > 3 + kicker && isSubheadline(third);
    draft.subheadline = hasSubheadline ? withoutLineBreakMarks(third) : null;
    bodyStart = (hasSubheadline ? 3 : 2) + kicker;
  }
  creditByline(draft, byline, { lines: bylineLines });
  const body = readPageBody(page, bodyStart);
  if (body.paragraphs.length === 0) return null;
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  return draft;
}
