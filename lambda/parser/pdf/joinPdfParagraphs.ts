import { FULL_LINE_SLACK, INDENT_SIZES, PARAGRAPH_GAP_SIZES } from './limits';
import type { PdfLine } from './types';

/** A word broken at a line end: a letter, then a hyphen (or a soft hyphen) closing the line. */
const BROKEN_WORD = /(\p{L}+)[-\u2010\u00ad]$/u;
/** How much of a line's end is searched for a broken word: a regex over a whole long line would cost its square. */
const TAIL_CHARS = 100;
/** Runs of letters and hyphens: each match consumes its run, so a line is scanned once. */
const WORDISH = /[\p{L}\u2010-]+/gu;
/** Letters joined by hyphens, a whole run: `town-hall`, `well-to-do`. */
const COMPOUND = /^\p{L}+(?:[-\u2010]\p{L}+)+$/u;
/** A line that closes a sentence or a field. */
const CLOSED = /[.!?:;"”’)\]]$/;

interface Area {
  left: number;
  right: number;
}

/** The text area of lines that span it (not in a column), over the whole document: pages share margins. */
function fullWidthArea(lines: readonly PdfLine[]): Area {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const line of lines) {
    if (line.column !== null) continue;
    left = Math.min(left, line.x);
    right = Math.max(right, line.right);
  }
  return { left, right };
}

/** The broken word at the end of `text`, if any. */
const brokenWordOf = (text: string) => BROKEN_WORD.exec(text.slice(-TAIL_CHARS));

/** Each hyphenated pair of words the line prints (`well-to-do` gives `well-to` and `to-do`), lower case. */
function compoundsOf(text: string, into: Set<string>): void {
  for (const [run] of text.matchAll(WORDISH)) {
    if (!COMPOUND.test(run)) continue;
    const words = run.toLowerCase().split(/[-\u2010]/);
    for (let i = 1; i < words.length; i++) into.add(`${words[i - 1]}-${words[i]}`);
  }
}

/** Whether `next` goes on the paragraph that `line` is in. */
function continues(line: PdfLine, next: PdfLine, area: Area): boolean {
  if (Math.abs(line.size - next.size) > Math.max(0.5, line.size * 0.04)) return false;
  const bounds = line.column ?? area;
  const nextBounds = next.column ?? area;
  const full = line.right >= bounds.right - (bounds.right - bounds.left) * FULL_LINE_SLACK;
  const broken = brokenWordOf(line.text) !== null && /^\p{L}/u.test(next.text);
  if (line.page === next.page && line.flow === next.flow) {
    const step = line.y - next.y;
    if (step <= 0 || step > line.size * PARAGRAPH_GAP_SIZES) return false;
    if (next.x - line.x > line.size * INDENT_SIZES) return false;
    return broken || full;
  }
  // On to the next column or page: no gap to go by, so the text decides.
  if (broken) return true;
  if (!full || next.x - nextBounds.left > next.size * INDENT_SIZES) return false;
  return !CLOSED.test(line.text) || /^\p{Ll}/u.test(next.text);
}

/** `before` and `after` as one text, a word broken across them rejoined where the text shows it. */
function join(before: string, after: string, compounds: ReadonlySet<string>): string {
  const broken = brokenWordOf(before);
  if (broken === null || !/^\p{L}/u.test(after)) return `${before} ${after}`;
  const stem = before.slice(0, -1);
  if (before.endsWith('\u00ad')) return stem + after;
  const word = /^\p{L}+/u.exec(after)![0];
  // A lower-case continuation is one word unless the text prints that word with its hyphen elsewhere;
  // before a capital or a digit (`Anglo-Saxon`, `COVID-19`) the hyphen is part of the word.
  const keep = !/^\p{Ll}/u.test(after) || compounds.has(`${broken[1]}-${word}`.toLowerCase());
  return keep ? `${stem}-${after}` : stem + after;
}

/**
 * Joins a PDF's printed lines, in reading order and without page furniture, into paragraphs, one line
 * each, as a DOCX gives them: a line goes on the paragraph above when it follows at normal line spacing,
 * at the same size, not indented, and the line above reaches the right edge of its column (or ends in a
 * broken word). Across a column or page break, where no spacing tells, a full line goes on unless it
 * closed a sentence and the next starts with a capital. A word hyphenated at a line end is rejoined
 * when its continuation is lower case and the text never prints it hyphenated (`disc-`/`ussed` →
 * `discussed`, but `well-`/`known` stays `well-known` where `well-known` appears elsewhere).
 *
 * @example
 * ```ts
 * joinPdfParagraphs(lines); // ['Headline', 'The Invented Gazette', 'July 1, 2019 Monday', 'Body', 'The first paragraph …']
 * ```
 */
export function joinPdfParagraphs(lines: readonly PdfLine[]): string[] {
  const compounds = new Set<string>();
  for (const line of lines) compoundsOf(line.text, compounds);
  const area = fullWidthArea(lines);
  const paragraphs: string[] = [];
  let text: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    text = text === null ? line.text : join(text, line.text, compounds);
    const next = lines[i + 1];
    if (next === undefined || !continues(line, next, area)) {
      paragraphs.push(text.replace(/\u00ad/g, ''));
      text = null;
    }
  }
  return paragraphs;
}
