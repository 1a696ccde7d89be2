import type { QuoteSpan, Segment, TextPosition } from './types';

// Curly, straight, doubled-apostrophe (Nexis writes ''…''), low-9 and guillemet marks. Single quotes are left
// alone: inside a double quotation they quote within it, and elsewhere they are mostly apostrophes.
const QUOTE_MARK = /“|”|„|«|»|"|''|‘‘|’’/gu;
const OPENING_MARKS = new Set(['“', '„', '«', '‘‘']);
const CLOSING_MARKS = new Set(['”', '»', '’’']);
/** What may stand right before a straight mark that opens a quotation. */
const BEFORE_OPENING = /[\s([{—–:-]/u;

interface OpenQuote {
  open: TextPosition;
  /** Text of the paragraphs the quotation has run through so far. */
  parts: string[];
  /** Where the current paragraph's part starts. */
  contentStart: number;
}

/**
 * Finds the direct quotations of the body, in order: curly, straight and doubled-apostrophe (`''…''`) marks.
 * A quotation left open at a paragraph's end continues when the next paragraph opens with a quote mark (the
 * newspaper convention for a quotation over several paragraphs; the parts are joined with a blank line), and
 * otherwise ends with its paragraph. The comma that newspapers put inside the closing mark is dropped
 * (`"ruthless,"` → `ruthless`); a final `.`, `?` or `!` is kept.
 *
 * @example
 * findQuotes([buildSegment(0, '“It’s possible,” Milley said.')]).map((quote) => quote.text); // ['It’s possible']
 */
export function findQuotes(paragraphs: readonly Segment[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let current: OpenQuote | null = null;
  let previous: Segment | null = null;
  for (const paragraph of paragraphs) {
    const { text } = paragraph;
    const marks = [...text.matchAll(QUOTE_MARK)];
    let first = 0;
    if (current !== null) {
      const mark = marks[0];
      if (mark !== undefined && text.slice(0, mark.index).trim() === '' && !CLOSING_MARKS.has(mark[0])) {
        current.contentStart = mark.index + mark[0].length;
        first = 1;
      } else {
        pushQuote(quotes, current, { segment: previous!.index, offset: previous!.text.length }, false);
        current = null;
      }
    }
    for (const mark of marks.slice(first)) {
      const value = mark[0];
      const offset = mark.index;
      if (current === null) {
        const isOpening =
          OPENING_MARKS.has(value) ||
          (!CLOSING_MARKS.has(value) && BEFORE_OPENING.test(text[offset - 1] ?? ' '));
        if (isOpening) {
          current = {
            open: { segment: paragraph.index, offset },
            parts: [],
            contentStart: offset + value.length,
          };
        }
      } else if (!OPENING_MARKS.has(value)) {
        current.parts.push(text.slice(current.contentStart, offset));
        pushQuote(quotes, current, { segment: paragraph.index, offset: offset + value.length }, true);
        current = null;
      }
    }
    if (current !== null) current.parts.push(text.slice(current.contentStart));
    previous = paragraph;
  }
  if (current !== null && previous !== null) {
    pushQuote(quotes, current, { segment: previous.index, offset: previous.text.length }, false);
  }
  return quotes.filter((quote) => !isNameOrScareQuote(quote, paragraphs));
}

const SCARE_QUOTE_BEFORE = /(?:^|[\s(])(?:a|an|the|so-called|its|their|his|her|our|my|your|this|that)\s*$/iu;
const MAX_SCARE_QUOTE_WORDS = 3;
const MAX_TITLE_WORDS = 6;

/**
 * Marks around a name, a slogan or a title (`the slogan “Going Places Together”`, `Jane “JJ” Okafor`) or a
 * scare quote (`would be a “game changer.”`, `the so-called “rainy day fund”`) quote nobody.
 */
function isNameOrScareQuote(quote: QuoteSpan, paragraphs: readonly Segment[]): boolean {
  if (!quote.closed || quote.open.segment !== quote.close.segment) return false;
  const words = quote.text.split(/\s+/u).filter((word) => word !== '');
  const paragraph = paragraphs[quote.open.segment];
  const text = paragraph?.index === quote.open.segment ? paragraph.text : '';
  const before = text.slice(Math.max(0, quote.open.offset - 20), quote.open.offset);
  if (words.length <= MAX_SCARE_QUOTE_WORDS && SCARE_QUOTE_BEFORE.test(before)) return true;
  // Every word capitalised and no sentence in it: a name, a slogan or a title.
  return (
    words.length <= MAX_TITLE_WORDS &&
    !/[.?!]$/u.test(quote.text) &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|the|and|a|an|in|on|for|to)$/u.test(word)) &&
    /^\p{Lu}/u.test(words.at(-1) ?? '')
  );
}

function pushQuote(quotes: QuoteSpan[], quote: OpenQuote, close: TextPosition, closed: boolean): void {
  const text = quote.parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n\n')
    .replace(/,$/u, '');
  if (text !== '') quotes.push({ text, open: quote.open, close, closed });
}
