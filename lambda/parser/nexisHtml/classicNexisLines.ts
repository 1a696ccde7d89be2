import { HtmlLineWriter } from '../html/HtmlLineWriter';
import type { HtmlElement } from '../html/types';
import { walkHtml } from '../html/walkHtml';
import { centredClassesOf } from './centredClassesOf';
import type { ClassicNexisLines, NexisDocMark } from './types';

/** What a centred line starts with: the text export centres header lines, and the TXT reader looks for that. */
const CENTRED_PREFIX = '    ';
const DOC_OPEN = /<DOC\s+NUMBER=(\d{1,9})\s*>/i;
const DOC_CLOSE = /<\/DOC\s*>/i;

function isCentred(element: HtmlElement, classes: ReadonlySet<string>): boolean | null {
  const { attributes } = element;
  if (element.tag === 'center') return true;
  const align = attributes.align?.toLowerCase();
  if (align !== undefined) return align === 'center';
  const style = attributes.style;
  if (style !== undefined && /text-align\s*:/i.test(style)) return /text-align\s*:\s*center/i.test(style);
  const names = attributes.class;
  if (names === undefined || classes.size === 0) return null;
  return names
    .toLowerCase()
    .split(/\s+/)
    .some((name) => classes.has(name))
    ? true
    : null;
}

/**
 * Lays out a classic LexisNexis HTML export as the lines of its text export: blocks apart by blank
 * lines, `<br>` ending lines, highlight spans joined back into their words, table rows as paragraphs,
 * scripts and styles dropped, and lines of centred blocks indented (as the TXT export centres its header
 * lines). Records where each `<!-- <DOC NUMBER=n><DOCFULL> -->` comment starts a document and where its
 * `</DOC>` ends it.
 *
 * @example
 * ```ts
 * classicNexisLines('<style>.c0{text-align:center}</style><!-- <DOC NUMBER=1><DOCFULL> --><div class="c0">1 of 1 DOCUMENT</div><p><b>BYLINE: </b>Ann</p>');
 * // { lines: ['    1 of 1 DOCUMENT', '', 'BYLINE: Ann'], marks: [{ number: 1, start: 0, end: 3 }] }
 * ```
 */
export function classicNexisLines(html: string): ClassicNexisLines {
  const classes = centredClassesOf(html);
  const writer = new HtmlLineWriter({
    rowBreak: 'block',
    cellSeparator: ' ',
    linePrefix: (element) => {
      const centred = isCentred(element, classes);
      return centred === null ? null : centred ? CENTRED_PREFIX : '';
    },
  });
  const marks: NexisDocMark[] = [];
  let open: NexisDocMark | null = null;
  const close = (end: number) => {
    if (open !== null) open.end = Math.max(open.start, end);
    open = null;
  };
  walkHtml(html, {
    open: (element) => writer.open(element),
    close: (tag) => writer.close(tag),
    text: (text) => writer.text(text),
    comment: (text) => {
      const closing = DOC_CLOSE.test(text);
      const opening = DOC_OPEN.exec(text);
      if (!closing && opening === null) return;
      writer.breakBlock();
      if (closing) close(writer.lineCount);
      if (opening !== null) {
        close(writer.lineCount);
        open = { number: Number(opening[1]), start: writer.nextLine(), end: -1 };
        marks.push(open);
      }
    },
  });
  const lines = writer.finish();
  close(lines.length);
  // A mark's start may point past the last line when nothing follows it; its end never does.
  for (const mark of marks) {
    mark.start = Math.min(mark.start, lines.length);
    mark.end = Math.min(Math.max(mark.end, mark.start), lines.length);
  }
  return { lines, marks };
}
