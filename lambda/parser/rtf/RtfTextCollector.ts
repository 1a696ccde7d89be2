import { DEFAULT_CODE_PAGE, MAX_RTF_DEPTH } from './limits';
import { rtfDecoderOf } from './rtfDecoderOf';
import type { RtfHandler } from './types';

/**
 * Destinations whose text is not the document's: tables of fonts, colours, styles and lists, document
 * properties, pictures (PNG/JPEG hex included), headers, footers, footnotes, comments, field
 * instructions (a hyperlink's URL; its shown text, `\fldrslt`, is kept), shapes and text boxes, list
 * numbering text. Any group starting `\*` is skipped too.
 */
const SKIPPED = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'atnid',
  'atnauthor',
  'fldinst',
  'object',
  'objdata',
  'shp',
  'shpinst',
  'shptxt',
  'shppict',
  'nonshppict',
  'listtable',
  'listoverridetable',
  'listtext',
  'pntext',
  'pntxta',
  'pntxtb',
  'revtbl',
  'rsidtbl',
  'filetbl',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'xmlnstbl',
  'generator',
  'upr',
  'xe',
  'tc',
  'txe',
  'ftnsep',
  'ftnsepc',
  'ftncn',
  'aftnsep',
  'aftnsepc',
  'aftncn',
  'template',
  'userprops',
  'docvar',
  'bkmkstart',
  'bkmkend',
  'formfield',
  'datafield',
]);

/** Control words that stand for one character. */
const CHARACTERS: Readonly<Record<string, string>> = {
  tab: '\t',
  emdash: '\u2014',
  endash: '\u2013',
  bullet: '\u2022',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  emspace: '\u2003',
  enspace: '\u2002',
  qmspace: '\u2005',
  zwj: '\u200d',
  zwnj: '\u200c',
  zwbo: '\u200b',
  ltrmark: '\u200e',
  rtlmark: '\u200f',
};

/** What a control word does; one lookup per word. */
enum Action {
  Skip,
  Paragraph,
  Line,
  ParagraphDefaults,
  InTable,
  Cell,
  Row,
  Unicode,
  UnicodeSkip,
  CodePage,
  Mac,
}

/** Every control word the reader acts on: an {@link Action}, or the character it stands for. */
const ACTIONS = new Map<string, Action | string>([
  ...[...SKIPPED].map((word) => [word, Action.Skip] as const),
  ...Object.entries(CHARACTERS),
  ['par', Action.Paragraph],
  ['sect', Action.Paragraph],
  ['line', Action.Line],
  ['page', Action.Line],
  ['pard', Action.ParagraphDefaults],
  ['intbl', Action.InTable],
  ['cell', Action.Cell],
  ['nestcell', Action.Cell],
  ['row', Action.Row],
  ['u', Action.Unicode],
  ['uc', Action.UnicodeSkip],
  ['ansicpg', Action.CodePage],
  ['mac', Action.Mac],
]);

/** Control symbols that stand for one character (`\~` a non-breaking space, `\_` a non-breaking hyphen). */
const SYMBOLS: Readonly<Record<number, string>> = {
  ['~'.charCodeAt(0)]: '\u00a0',
  ['_'.charCodeAt(0)]: '-',
};

const STAR = 0x2a;

/**
 * Turns the tokens of an RTF file into text lines as Word shows them, the lines the DOCX reader gives
 * for the same document: one line per paragraph (`\par`, `\sect`), a line break (`\line`, `\page`)
 * ending a line too, `\tab` as a tab, and each table row one line with its cells tab-separated (a
 * cell's paragraphs spaced). `\uN` gives its character and skips the `\ucN` fallback characters after
 * it; `\'hh` bytes and literal text are decoded in the code page `\ansicpg` names. Destinations that are
 * not body text are skipped (see {@link SKIPPED}).
 *
 * @example
 * ```ts
 * const collector = new RtfTextCollector();
 * tokenizeRtf(bytes, collector);
 * collector.finish(); // ['Headline', 'Body text.']
 * ```
 */
export class RtfTextCollector implements RtfHandler {
  readonly lines: string[] = [];
  /** Lines with any visible character, for telling a file with no text apart. */
  textLines = 0;
  codePage = DEFAULT_CODE_PAGE;

  private decoder = rtfDecoderOf(DEFAULT_CODE_PAGE);
  private depth = 0;
  /** Per open group: whether its text is skipped, and its `\uc` count. Sized to the depth cap. */
  private readonly skipped = new Uint8Array(MAX_RTF_DEPTH + 2);
  private readonly unicodeSkip = new Uint8Array(MAX_RTF_DEPTH + 2).fill(1);
  /** Fallback characters still to skip after a `\uN`. */
  private fallback = 0;
  /** Bytes not yet decoded (a multi-byte code page's pair may arrive as two `\'hh`). */
  private pending = new Uint8Array(256);
  private pendingLength = 0;
  private line = '';
  private inTable = false;
  private cellParagraphs: string[] = [];
  private cells: string[] = [];

  groupStart(): void {
    const parent = this.depth;
    this.depth = Math.min(this.depth + 1, this.skipped.length - 1);
    this.skipped[this.depth] = this.skipped[parent]!;
    this.unicodeSkip[this.depth] = this.unicodeSkip[parent]!;
    this.fallback = 0;
  }

  groupEnd(): void {
    if (this.depth > 0) this.depth--;
    this.fallback = 0;
  }

  controlWord(word: string, parameter: number | null): void {
    if (this.skipped[this.depth] === 1) return;
    if (this.fallback > 0) {
      this.fallback--;
      return;
    }
    const action = ACTIONS.get(word);
    if (action === undefined) return;
    if (typeof action === 'string') {
      this.append(action);
      return;
    }
    switch (action) {
      case Action.Skip:
        this.skipped[this.depth] = 1;
        return;
      case Action.Paragraph:
        this.endParagraph();
        return;
      case Action.Line:
        if (this.inTable) this.append(' ');
        else this.endLine();
        return;
      case Action.ParagraphDefaults:
        this.inTable = false;
        return;
      case Action.InTable:
        this.inTable = true;
        return;
      case Action.Cell:
        this.endCell();
        return;
      case Action.Row:
        this.endRow();
        return;
      case Action.Unicode:
        if (parameter === null) return;
        this.append(String.fromCharCode(parameter < 0 ? parameter + 65_536 : parameter & 0xffff));
        this.fallback = this.unicodeSkip[this.depth]!;
        return;
      case Action.UnicodeSkip:
        this.unicodeSkip[this.depth] = Math.max(0, Math.min(parameter ?? 1, 255));
        return;
      case Action.CodePage:
        if (parameter !== null && parameter > 0) this.setCodePage(parameter);
        return;
      case Action.Mac:
        this.setCodePage(10_000);
        return;
    }
  }

  controlSymbol(symbol: number): void {
    if (symbol === STAR) {
      this.skipped[this.depth] = 1;
      return;
    }
    if (this.skipped[this.depth] === 1) return;
    if (this.fallback > 0) {
      this.fallback--;
      return;
    }
    const character = SYMBOLS[symbol];
    if (character !== undefined) this.append(character);
  }

  text(bytes: Uint8Array, start: number, end: number): void {
    if (this.skipped[this.depth] === 1) return;
    let from = start;
    if (this.fallback > 0) {
      const skip = Math.min(this.fallback, end - from);
      this.fallback -= skip;
      from += skip;
    }
    if (from >= end) return;
    this.reserve(end - from);
    this.pending.set(bytes.subarray(from, end), this.pendingLength);
    this.pendingLength += end - from;
  }

  hexByte(byte: number): void {
    if (this.skipped[this.depth] === 1) return;
    if (this.fallback > 0) {
      this.fallback--;
      return;
    }
    this.reserve(1);
    this.pending[this.pendingLength++] = byte;
  }

  /** Ends the text: the last paragraph counts even without its `\par`. Returns the lines. */
  finish(): string[] {
    this.flush();
    if (this.cells.length > 0) this.endRow();
    if (this.line !== '') this.endLine();
    return this.lines;
  }

  private setCodePage(codePage: number): void {
    this.flush();
    this.codePage = codePage;
    this.decoder = rtfDecoderOf(codePage);
  }

  private reserve(bytes: number): void {
    if (this.pendingLength + bytes <= this.pending.length) return;
    const grown = new Uint8Array(Math.max(this.pending.length * 2, this.pendingLength + bytes));
    grown.set(this.pending.subarray(0, this.pendingLength));
    this.pending = grown;
  }

  private flush(): void {
    if (this.pendingLength === 0) return;
    this.line += this.decoder(this.pending.subarray(0, this.pendingLength));
    this.pendingLength = 0;
  }

  private append(text: string): void {
    this.flush();
    this.line += text;
  }

  private takeLine(): string {
    this.flush();
    const line = this.line;
    this.line = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c > 0x20 && c !== 0xa0) {
        this.textLines++;
        break;
      }
    }
    return line;
  }

  private endLine(): void {
    this.lines.push(this.takeLine());
  }

  private endParagraph(): void {
    if (this.inTable) this.cellParagraphs.push(this.takeLine());
    else this.endLine();
  }

  private endCell(): void {
    this.cellParagraphs.push(this.takeLine());
    this.cells.push(this.cellParagraphs.join(' ').trim());
    this.cellParagraphs = [];
  }

  private endRow(): void {
    if (this.line !== '' || this.pendingLength > 0) this.endCell();
    this.lines.push(this.cells.join('\t').trimEnd());
    this.cells = [];
    this.cellParagraphs = [];
  }
}
