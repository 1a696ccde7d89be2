import { isSectionKicker } from './isSectionKicker';
import { MAX_HEADER_LINE_CHARS } from './limits';
import { readBylineLine } from './readBylineLine';
import { readWrappedByline } from './readWrappedByline';
import { withoutLineBreakMarks } from './withoutLineBreakMarks';

/** A headline is a line, not a paragraph; a deck is a short line that does not end a sentence. */
const MAX_HEADLINE_WORDS = 30;
const MAX_DECK_WORDS = 25;
/** A surname-first author field of German print (`AUTOR: Berger, Anna`, `AUTOREN: …`). */
const SURNAME_FIRST_FIELD = /^(?:AUTOR|AUTORIN|AUTOREN|AUTORINNEN):\s*(\S.*)$/i;
const COMPILED_BY = /^compiled\s+by\s+\p{Lu}/iu;

/** The first lines of a plain-text article, block by block: its first line, its second and how many it has. */
export interface HeadBlock {
  first: string;
  second: string;
  count: number;
}

/** What the head of a plain-text article holds, and how many of its blocks it used. */
export interface ArticleHead {
  headline: string | null;
  /** The headline block's lines after the first are body (`true`) or not. */
  headlineBlockRest: boolean;
  subheadline: string | null;
  byline: string | null;
  bylineLines: string[] | undefined;
  surnameFirst: boolean;
  /** Blocks of the head used up (kicker, headline, deck, byline); the body starts after them. */
  used: number;
}

function isHeadlineLine(line: string): boolean {
  return line.length <= MAX_HEADER_LINE_CHARS && line.split(' ').length <= MAX_HEADLINE_WORDS;
}

function isDeckLine(line: string): boolean {
  return (
    line.length <= MAX_HEADER_LINE_CHARS &&
    line.split(' ').length <= MAX_DECK_WORDS &&
    !/[.!?:]["”’]?$/.test(line)
  );
}

/** The byline a block holds (with the people of a wrapped second line), or null. */
function readBylineBlock(
  block: HeadBlock,
): Pick<ArticleHead, 'byline' | 'bylineLines' | 'surnameFirst'> | null {
  if (block.count > 2) return null;
  const surnameFirst = block.count === 1 ? SURNAME_FIRST_FIELD.exec(block.first) : null;
  if (surnameFirst !== null)
    return { byline: surnameFirst[1]!.trim(), bylineLines: undefined, surnameFirst: true };
  const byline =
    readBylineLine(block.first) ??
    (block.first.length <= MAX_HEADER_LINE_CHARS && COMPILED_BY.test(block.first) ? block.first : null);
  if (byline === null) return null;
  if (block.count === 1) return { byline, bylineLines: undefined, surnameFirst: false };
  const wrapped = readWrappedByline(byline, block.second);
  return wrapped === null
    ? null
    : { byline: wrapped.byline, bylineLines: wrapped.lines, surnameFirst: false };
}

/**
 * Reads the head of a plain-text article: a section kicker in capitals (skipped: never the headline),
 * the headline (its first line, `|` print markers as spaces), a deck on its own line, and a byline
 * (`By …`, a dash, `Compiled by …`, a surname-first `AUTOR:` field; a wrapped second line of names).
 *
 * @example
 * ```ts
 * readHeadBlocks([{ first: 'METRO', second: '', count: 1 }, { first: 'Splash pad opens', second: '', count: 1 }, …]).headline;
 * // 'Splash pad opens'
 * ```
 */
export function readHeadBlocks(blocks: readonly HeadBlock[]): ArticleHead {
  const head: ArticleHead = {
    headline: null,
    headlineBlockRest: false,
    subheadline: null,
    byline: null,
    bylineLines: undefined,
    surnameFirst: false,
    used: 0,
  };
  let at = 0;
  if (blocks.length > 2 && blocks[0]!.count === 1 && isSectionKicker(blocks[0]!.first)) at = 1;
  const title = blocks[at];
  if (title === undefined || !isHeadlineLine(title.first)) return head;
  head.headline = withoutLineBreakMarks(title.first.replace(/\s+/g, ' '));
  head.headlineBlockRest = title.count > 1;
  head.used = at + 1;
  if (title.count > 1) return head;
  at++;
  let byline = blocks[at] === undefined ? null : readBylineBlock(blocks[at]!);
  const deck = blocks[at];
  if (byline === null && deck !== undefined && deck.count === 1 && isDeckLine(deck.first)) {
    const after = blocks[at + 1];
    const bylineAfter = after === undefined ? null : readBylineBlock(after);
    if (bylineAfter !== null || (after !== undefined && blocks.length > at + 2)) {
      head.subheadline = withoutLineBreakMarks(deck.first.replace(/\s+/g, ' '));
      at++;
      byline = bylineAfter;
    }
  }
  if (byline !== null) {
    Object.assign(head, byline);
    at++;
  }
  head.used = at;
  return head;
}
