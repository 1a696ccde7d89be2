import type { HtmlElement, HtmlLinesOptions, HtmlVisitor } from './types';

/** Elements that stand apart from the text around them: a blank line before and after. */
const BLOCKS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);

/** Elements that start a new line of their own but no block. */
const LINES: ReadonlySet<string> = new Set(['li', 'dt', 'dd', 'option', 'legend']);

/** Elements whose text is never body text (the document's title). */
const SILENT: ReadonlySet<string> = new Set(['title', 'head']);

/** HTML white space and the no-break space, which exports use for empty lines and indentation. */
const SPACES = /[ \t\n\r\f\u00a0]+/g;

type Break = 0 | 1 | 2;
const NONE: Break = 0;
const LINE: Break = 1;
const BLOCK: Break = 2;

interface Open {
  tag: string;
  prefix: string;
  /** Cells opened so far, for a `tr`. */
  cells: number;
}

/**
 * Turns the events of {@link walkHtml} into text lines, as a plain-text export of the same page would
 * print them: block elements (`<p>`, `<div>`, headings, tables…) are separated by one blank line, `<br>`
 * ends a line (two in a row leave a blank line), each table row is a line with its cells joined by a
 * tab (or a block, with `rowBreak: 'block'`), and inline elements add nothing, so spans that split a
 * word (search-hit highlights) join back. White space collapses to single spaces; no line starts or ends
 * with one, there is never more than one blank line in a row, and none first or last. Text inside
 * `<pre>` keeps its spaces and line breaks. A reader that needs more than lines (comments, positions)
 * wraps it in its own visitor and reads {@link HtmlLineWriter.lineCount} as it goes.
 *
 * @example
 * ```ts
 * const writer = new HtmlLineWriter();
 * walkHtml('<p>Dec<b>ember</b> 19</p><p>One<br>Two</p>', writer);
 * writer.finish(); // ['December 19', '', 'One', 'Two']
 * ```
 */
export class HtmlLineWriter implements HtmlVisitor {
  private readonly lines: string[] = [];
  private current = '';
  /** Whether `current` holds text (it may hold only a prefix). */
  private started = false;
  private pendingSpace = false;
  /** The line ends with a cell separator: no space after it. */
  private afterCell = false;
  private pending: Break = NONE;
  private readonly stack: Open[] = [];
  private silent = 0;
  private pre = 0;
  private readonly rowBreak: Break;
  private readonly cellSeparator: string;
  private readonly linePrefix: ((element: HtmlElement) => string | null) | undefined;

  constructor(options: HtmlLinesOptions = {}) {
    this.rowBreak = options.rowBreak === 'block' ? BLOCK : LINE;
    this.cellSeparator = options.cellSeparator ?? '\t';
    this.linePrefix = options.linePrefix;
  }

  /** Lines finished so far; the line in progress, if any, is not counted. */
  get lineCount(): number {
    return this.lines.length;
  }

  open(element: HtmlElement): void {
    const { tag } = element;
    const parent = this.stack[this.stack.length - 1];
    if (SILENT.has(tag)) this.silent++;
    if (tag === 'pre') this.pre++;
    if (tag === 'br') this.breakLine();
    else if (BLOCKS.has(tag)) this.request(BLOCK);
    else if (LINES.has(tag)) this.request(LINE);
    else if (tag === 'tr') this.request(this.rowBreak);
    else if ((tag === 'td' || tag === 'th') && parent !== undefined) {
      const row = this.rowOf();
      if (row !== undefined && row.cells++ > 0 && this.started && this.pending === NONE) {
        this.current += this.cellSeparator;
        this.pendingSpace = false;
        this.afterCell = true;
      }
    }
    const prefix = this.linePrefix?.(element) ?? parent?.prefix ?? '';
    this.stack.push({ tag, prefix, cells: 0 });
  }

  close(tag: string): void {
    const top = this.stack.pop();
    if (top === undefined) return;
    if (SILENT.has(tag) && this.silent > 0) this.silent--;
    if (tag === 'pre' && this.pre > 0) this.pre--;
    if (BLOCKS.has(tag)) this.request(BLOCK);
    else if (LINES.has(tag)) this.request(LINE);
    else if (tag === 'tr') this.request(this.rowBreak);
  }

  text(text: string): void {
    if (this.silent > 0) return;
    if (this.pre > 0) {
      this.preText(text);
      return;
    }
    const words = text.replace(SPACES, ' ');
    if (words === ' ' || words === '') {
      if (words === ' ') this.pendingSpace = true;
      return;
    }
    const leading = words.charCodeAt(0) === 0x20;
    const trailing = words.charCodeAt(words.length - 1) === 0x20;
    const core = words.slice(leading ? 1 : 0, trailing ? -1 : undefined);
    if ((leading || this.pendingSpace) && this.started && this.pending === NONE && !this.afterCell)
      this.current += ' ';
    this.afterCell = false;
    this.write(core);
    this.pendingSpace = trailing;
  }

  /** Ends the line in progress; at the start of a line, asks for a blank line (as a second `<br>` does). */
  breakLine(): void {
    if (this.started && this.pending === NONE) this.flush();
    else this.request(BLOCK);
  }

  /** Ends the line in progress and asks for a blank line before the next text. */
  breakBlock(): void {
    if (this.started) this.flush();
    this.request(BLOCK);
  }

  /** The number the next line of text will have, after the breaks asked for so far. */
  nextLine(): number {
    if (this.started)
      return this.pending === NONE ? this.lines.length : this.lines.length + 1 + this.blankAfter();
    return this.lines.length + (this.pending === BLOCK ? this.blankAfter() : 0);
  }

  private blankAfter(): number {
    const last = this.started ? this.current : this.lines[this.lines.length - 1];
    return last === undefined || last === '' ? 0 : 1;
  }

  /** All the lines, the one in progress included; the writer is done. */
  finish(): string[] {
    if (this.started) this.flush();
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines;
  }

  private rowOf(): Open | undefined {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const open = this.stack[k]!;
      if (open.tag === 'tr') return open;
      if (open.tag === 'table') return undefined;
    }
    return undefined;
  }

  private request(kind: Break): void {
    if (kind > this.pending) this.pending = kind;
    this.pendingSpace = false;
  }

  /** Writes text that has no space at either end, after any break asked for. */
  private write(core: string): void {
    if (this.pending !== NONE) {
      if (this.started) this.flush();
      if (this.pending === BLOCK && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '')
        this.lines.push('');
      this.pending = NONE;
    }
    if (!this.started) {
      this.current = this.stack[this.stack.length - 1]?.prefix ?? '';
      this.started = true;
    }
    this.current += core;
  }

  private flush(): void {
    this.lines.push(this.current.trimEnd());
    this.current = '';
    this.started = false;
    this.pendingSpace = false;
    this.afterCell = false;
  }

  /** Preformatted text: spaces kept, each line break ends a line, an empty line is a blank one. */
  private preText(text: string): void {
    const pieces = text
      .replace(/\r\n?/g, '\n')
      .replace(/\u00a0/g, ' ')
      .split('\n');
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0) {
        if (this.started) this.flush();
        else if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
      }
      const piece = pieces[k]!;
      if (piece.trim() !== '') this.write(piece);
    }
  }
}
