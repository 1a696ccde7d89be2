import { MAX_HEADER_LINE_CHARS } from './limits';

/** Only the last few paragraphs are looked at: furniture and factboxes close a story, they never fill it. */
const MAX_TRAILING_PARAGRAPHS = 12;

/** A rule or separator after which nothing is the story (`___`, `--`, `* * *` is not one). */
const CUT_MARK = /^(?:_{3,}|-{2,}\s*$|[—–]{1,3}\s*$)/;
/** Syndication and distribution lines, source lines and chart text after a story. */
const TRAILING = [
  /^!@COPYRIGHT=/i,
  /^distributed by\b/i,
  /^(?:copyright\s*(?:\d{4}|©|\(c\))|\(c\)\s*\d{4}|©\s*\d{4})/i,
  /\ball rights reserved\.?$/i,
  /^visit\b.{0,200}\bat\s+(?:https?:\/\/)?www\./i,
  /^sources?:/i,
  /^graphic:/i,
];

/** A row of a table of figures: words then a number, nothing that ends a sentence. */
function isTableOfFigures(text: string): boolean {
  if (/[.!?]["”’]?$/.test(text)) return false;
  const words = text.split(' ');
  const numbers = words.filter((word) => /^[$€£]?\d[\d,.]*%?$/.test(word)).length;
  return numbers >= 1 && numbers * 3 >= words.length && /\d[\d,.]*%?$/.test(text);
}

/** Every pattern of TRAILING opens with one of these or ends in `reserved`: most paragraphs are ruled out without a pattern. */
const FIRST_CHARS = new Set(['!', 'd', 'D', 'c', 'C', '(', '©', 'v', 'V', 's', 'S', 'g', 'G']);
const CUT_FIRST_CHARS = new Set(['_', '-', '—', '–']);

function isTrailing(paragraph: string): boolean {
  const last = paragraph[paragraph.length - 1]!;
  if ((last >= '0' && last <= '9') || last === '%')
    return paragraph.length <= MAX_HEADER_LINE_CHARS && isTableOfFigures(paragraph);
  if (!FIRST_CHARS.has(paragraph[0]!) && !/reserved\.?$/i.test(paragraph.slice(-12))) return false;
  const head = paragraph.slice(0, MAX_HEADER_LINE_CHARS);
  return TRAILING.some((pattern) => pattern.test(head));
}

/**
 * The story's paragraphs without what follows it in print: a `___` rule or `--` separator and all after
 * it, and trailing syndication lines (`Distributed by …`, `!@COPYRIGHT=…`, `Visit … at www…`,
 * copyright), `Sources:` and `GRAPHIC:` lines and tables of figures. E-mail and Twitter lines that
 * close a story stay: the paper printed them. The array is cut in place; `cut`, when given, receives
 * what was cut, in order (provenance names it without a copy of the whole story).
 *
 * @example
 * ```ts
 * withoutTrailingFurniture(['Story.', '--', 'Population, by town', 'Source: State Data Center']); // ['Story.']
 * ```
 */
export function withoutTrailingFurniture(paragraphs: string[], cut?: string[]): string[] {
  const length = paragraphs.length;
  const first = Math.max(1, length - MAX_TRAILING_PARAGRAPHS);
  let end = length;
  for (let i = first; i < length; i++) {
    const paragraph = paragraphs[i]!;
    if (CUT_FIRST_CHARS.has(paragraph[0]!) && CUT_MARK.test(paragraph.slice(0, MAX_HEADER_LINE_CHARS))) {
      end = i;
      break;
    }
  }
  while (end > 1 && isTrailing(paragraphs[end - 1]!)) end--;
  if (cut !== undefined) for (let i = end; i < length; i++) cut.push(paragraphs[i]!);
  paragraphs.length = end;
  return paragraphs;
}
