import { createDraft } from './createDraft';
import { creditByline } from './creditByline';
import { cutDateline } from './cutDateline';
import { isSectionKicker } from './isSectionKicker';
import { joinBlock } from './joinBlock';
import { ProvenanceRecorder } from './ProvenanceRecorder';
import { readBylineLine } from './readBylineLine';
import { readPressReaderFooter } from './readPressReaderFooter';
import { readWrappedByline } from './readWrappedByline';
import { recordBody } from './recordBody';
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
function readPageBody(page: PressReaderPage, from: number, recorder: ProvenanceRecorder): ArticleBody {
  const paragraphs: string[] = [];
  const ranges: number[] = [];
  for (let i = from; i < page.blockStarts.length; i++) {
    paragraphs.push(blockText(page, i));
    ranges.push(page.blockStarts[i]!, page.blockEnds[i]!);
  }
  const story = withoutTrailingFurniture(paragraphs);
  const storyCount = story.length;
  const body = cutDateline(story);
  recordBody(recorder, ranges, storyCount, body, (line) => page.lines[line]!.trim());
  return body;
}

/** Marks the lines outside blocks (blank, footer, furniture) and names the footer lines that gave language and country. */
function recordPageLines(page: PressReaderPage, recorder: ProvenanceRecorder): void {
  const { lines, blockStarts, blockEnds } = page;
  let block = 0;
  let language = false;
  let country = false;
  for (let i = 0; i < lines.length; i++) {
    if (block < blockStarts.length && i >= blockStarts[block]!) {
      i = blockEnds[block++]! - 1;
      continue;
    }
    const line = lines[i]!.trim();
    if (line === '') {
      recorder.mark(i, 'blank');
      continue;
    }
    const footer = readPressReaderFooter(line);
    if (footer === null) recorder.mark(i, 'furniture');
    else if (footer.kind === 'language' && !language) {
      language = true;
      recorder.field('language', i, i + 1, 'footer');
    } else if (footer.kind === 'country' && !country) {
      country = true;
      recorder.field('country', i, i + 1, 'footer');
    } else recorder.mark(i, 'footer');
  }
}

const fieldOfBlock = (
  recorder: ProvenanceRecorder,
  page: PressReaderPage,
  name: 'publication' | 'headline' | 'subheadline' | 'byline',
  block: number,
) =>
  recorder.field(
    name,
    page.blockStarts[block]!,
    page.blockEnds[block]!,
    name === 'publication' ? 'header' : name,
  );

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
export function parsePressReaderPage(page: PressReaderPage, provenance = true): ArticleDraft | null {
  const blockCount = page.blockStarts.length;
  if (blockCount < 2) return null;
  const draft = createDraft('pressreader', page.documentIndex, { start: 0, end: page.lines.length });
  const recorder = new ProvenanceRecorder(page.firstLine, false, provenance);
  if (provenance) recordPageLines(page, recorder);
  for (const footer of page.footers) {
    if (footer.kind === 'language') draft.language ??= footer.code;
    else draft.country ??= footer.name;
  }
  if (blockCount === 2) {
    // Too short for the full layout: a headline and a body, like plain text.
    draft.headline = blockText(page, 0);
    fieldOfBlock(recorder, page, 'headline', 0);
    recorder.warn(draft.warnings.length, page.blockStarts[0]!, page.blockEnds[0]!);
    draft.warnings.push(WARNINGS.headlineFromFirstLine);
    creditByline(draft, null);
    Object.assign(draft, readPageBody(page, 1, recorder));
    draft.provenance = recorder.finish(page.lines.length);
    return draft.paragraphs.length > 0 ? draft : null;
  }
  draft.publication = blockText(page, 0);
  // A section kicker in capitals between the publication and the headline is never the headline.
  const kicker = blockCount > 3 && isSectionKicker(blockLine(page, 1) ?? '') ? 1 : 0;
  draft.headline = withoutLineBreakMarks(blockText(page, 1 + kicker));
  fieldOfBlock(recorder, page, 'publication', 0);
  if (kicker === 1) recorder.markRange(page.blockStarts[1]!, page.blockEnds[1]!, 'kicker');
  fieldOfBlock(recorder, page, 'headline', 1 + kicker);
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
    for (let i = 2 + kicker; i < bylineIndex; i++) {
      subheadlines.push(blockText(page, i));
      fieldOfBlock(recorder, page, 'subheadline', i);
    }
    draft.subheadline = subheadlines.length > 0 ? withoutLineBreakMarks(subheadlines.join(' ')) : null;
    fieldOfBlock(recorder, page, 'byline', bylineIndex);
    bodyStart = bylineIndex + 1;
  } else {
    const third = blockText(page, 2 + kicker);
    const hasSubheadline = blockCount > 3 + kicker && isSubheadline(third);
    draft.subheadline = hasSubheadline ? withoutLineBreakMarks(third) : null;
    if (hasSubheadline) fieldOfBlock(recorder, page, 'subheadline', 2 + kicker);
    bodyStart = (hasSubheadline ? 3 : 2) + kicker;
  }
  creditByline(draft, byline, { lines: bylineLines });
  const body = readPageBody(page, bodyStart, recorder);
  if (body.paragraphs.length === 0) return null;
  draft.paragraphs = body.paragraphs;
  draft.dateline = body.dateline;
  draft.provenance = recorder.finish(page.lines.length);
  return draft;
}
