import { Buffer } from 'node:buffer';
import { DEFAULT_CODE_PAGE, MAX_RTF_DEPTH } from './limits';
import { rtfDecoderOf } from './rtfDecoderOf';
import type { RtfDecoder, RtfHandler } from './types';

/**
 * Destinations whose text is not the document's: tables of fonts, colours, styles and lists, document
 * properties, pictures (PNG/JPEG hex included), headers, footers, footnotes, comments, field
 * instructions (a hyperlink's URL; its shown text, `\fldrslt`, is kept), shapes and text boxes, list
 * numbering text. Any group starting `\*` is skipped too.
 */
const SKIPPED = new Set([
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
  FontTable,
  Font,
  DefaultFont,
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
  ['fonttbl', Action.FontTable],
  ['f', Action.Font],
  ['deff', Action.DefaultFont],
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

/** The Windows code page of a font's `\fcharsetN`; charsets not listed (ANSI, default, symbol) follow `\ansicpg`. */
const CHARSET_CODE_PAGES: ReadonlyMap<number, number> = new Map([
  [77, 10_000],
  [128, 932],
  [129, 949],
  [134, 936],
  [136, 950],
  [161, 1253],
  [162, 1254],
  [163, 1258],
  [177, 1255],
  [178, 1256],
  [186, 1257],
  [204, 1251],
  [222, 874],
  [238, 1250],
]);

/** Control symbols that stand for one character (`\~` a non-breaking space, `\_` a non-breaking hyphen). */
const SYMBOLS: Readonly<Record<number, string>> = {
  ['~'.charCodeAt(0)]: '\u00a0',
  ['_'.charCodeAt(0)]: '-',
};

const STAR = 0x2a;

/** Bytes as Latin-1 text: one byte a character. */
const latin1Of = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * Turns the tokens of an RTF file into text lines as Word shows them, the lines the DOCX reader gives
 * for the same document: one line per paragraph (`\par`, `\sect`), a line break (`\line`, `\page`)
 * ending a line too, `\tab` as a tab, and each table row one line with its cells tab-separated (a
 * cell's paragraphs spaced). `\uN` gives its character and skips the `\ucN` fallback characters after
 * it; `\'hh` bytes and literal text are decoded in the code page of the font's `\fcharset`, or else the
 * one `\ansicpg` names. Destinations that are
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
  /** Lines with any visible character, for telling a file with no text apart. */
  textLines = 0;
  codePage = DEFAULT_CODE_PAGE;

  private decoder = rtfDecoderOf(DEFAULT_CODE_PAGE);
  /** The code page `decoder` decodes: the document's, or the current font's charset's. */
  private decoderCodePage = DEFAULT_CODE_PAGE;
  private readonly decoders = new Map<number, RtfDecoder>();
  /** Code pages of the fonts whose `\fcharset` names one other than the document's. */
  private readonly fontCodePages = new Map<number, number>();
  /** The font being described in the font table. */
  private tableFont = -1;
  private defaultFont = -1;
  private depth = 0;
  /** Per open group: whether its text is skipped, and its `\uc` count. Sized to the depth cap. */
  private readonly skipped = new Uint8Array(MAX_RTF_DEPTH + 2);
  private readonly unicodeSkip = new Uint8Array(MAX_RTF_DEPTH + 2).fill(1);
  /** Per open group: whether it is (inside) the font table, and its font (`\fN`; -1 the default). */
  private readonly fontTable = new Uint8Array(MAX_RTF_DEPTH + 2);
  private readonly fonts = new Int32Array(MAX_RTF_DEPTH + 2).fill(-1);
  /** Fallback characters still to skip after a `\uN`. */
  private fallback = 0;
  /** Bytes of a multi-byte code page not yet decoded (a pair may arrive as two `\'hh`). */
  private pending = new Uint8Array(256);
  private pendingLength = 0;
  /**
   * The text so far as UTF-16 code units, every line one after another: made into strings once, at the
   * end, rather than concatenated piece by piece or decoded a paragraph at a time.
   */
  private units = new Uint16Array(1 << 16);
  private length = 0;
  /** Where the line being read starts in `units`; the lines before it end at `lineEnds`. */
  private lineStart = 0;
  private readonly lineEnds: number[] = [];
  /** The code units of the line being read, OR-ed: above 0xff when it has a character beyond Latin-1. */
  private lineBits = 0;
  /** Indexes of the lines with a character beyond Latin-1, in order. */
  private readonly wideLines: number[] = [];
  private inTable = false;
  private cellParagraphs: string[] = [];
  private cells: string[] = [];

  groupStart(): void {
    const parent = this.depth;
    this.depth = Math.min(this.depth + 1, this.skipped.length - 1);
    this.skipped[this.depth] = this.skipped[parent]!;
    this.unicodeSkip[this.depth] = this.unicodeSkip[parent]!;
    this.fontTable[this.depth] = this.fontTable[parent]!;
    this.fonts[this.depth] = this.fonts[parent]!;
    this.fallback = 0;
  }

  groupEnd(): void {
    const font = this.fonts[this.depth]!;
    if (this.depth > 0) this.depth--;
    this.fallback = 0;
    if (this.fonts[this.depth] !== font) this.useFontCodePage();
  }

  controlWord(word: string, parameter: number | null): void {
    if (this.skipped[this.depth] === 1) {
      if (this.fontTable[this.depth] === 1) this.describeFont(word, parameter);
      return;
    }
    if (this.fallback > 0) {
      this.fallback--;
      return;
    }
    const action = ACTIONS.get(word);
    if (action === undefined) return;
    if (typeof action === 'string') {
      this.appendUnit(action.charCodeAt(0));
      return;
    }
    switch (action) {
      case Action.Skip:
        this.skipped[this.depth] = 1;
        return;
      case Action.FontTable:
        this.skipped[this.depth] = 1;
        this.fontTable[this.depth] = 1;
        return;
      case Action.Font:
        this.fonts[this.depth] = parameter ?? -1;
        this.useFontCodePage();
        return;
      case Action.DefaultFont:
        this.defaultFont = parameter ?? -1;
        this.useFontCodePage();
        return;
      case Action.Paragraph:
        this.endParagraph();
        return;
      case Action.Line:
        if (this.inTable) this.appendUnit(0x20);
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
        // The low 16 bits, as String.fromCharCode takes them: \u-3913 is U+F0B7.
        this.appendUnit(parameter & 0xffff);
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
    if (character !== undefined) this.appendUnit(character.charCodeAt(0));
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
    const table = this.decoder.table;
    if (table === null) {
      this.reservePending(end - from);
      this.pending.set(bytes.subarray(from, end), this.pendingLength);
      this.pendingLength += end - from;
      return;
    }
    this.reserve(end - from);
    const units = this.units;
    let length = this.length;
    let bits = this.lineBits;
    for (let i = from; i < end; i++) {
      const unit = table[bytes[i]!]!;
      units[length++] = unit;
      bits |= unit;
    }
    this.length = length;
    this.lineBits = bits;
  }

  hexByte(byte: number): void {
    if (this.skipped[this.depth] === 1) return;
    if (this.fallback > 0) {
      this.fallback--;
      return;
    }
    const table = this.decoder.table;
    if (table !== null) {
      this.reserve(1);
      const unit = table[byte]!;
      this.units[this.length++] = unit;
      this.lineBits |= unit;
      return;
    }
    this.reservePending(1);
    this.pending[this.pendingLength++] = byte;
  }

  /** Ends the text: the last paragraph counts even without its `\par`. Returns the lines. */
  finish(): string[] {
    this.flush();
    if (this.cells.length > 0) this.endRow();
    if (this.length > this.lineStart) this.endLine();
    const length = this.length;
    // Lines of Latin-1 characters become one-byte strings, which the layout readers scan faster; the
    // others are two-byte. Little-endian, as Node runs on x64 and arm64; 'utf16le' keeps a lone surrogate.
    const narrow =
      this.wideLines.length < this.lineEnds.length
        ? latin1Of(new Uint8Array(this.units.subarray(0, length)))
        : '';
    const wide =
      this.wideLines.length > 0
        ? Buffer.from(this.units.buffer, this.units.byteOffset, length * 2).toString('utf16le')
        : '';
    const lines: string[] = new Array(this.lineEnds.length);
    let start = 0;
    let nextWide = 0;
    for (let i = 0; i < lines.length; i++) {
      const end = this.lineEnds[i]!;
      const isWide = this.wideLines[nextWide] === i;
      if (isWide) nextWide++;
      lines[i] = (isWide ? wide : narrow).slice(start, end);
      start = end;
    }
    return lines;
  }

  private setCodePage(codePage: number): void {
    this.codePage = codePage;
    this.useFontCodePage();
  }

  /** In the font table: `\fN` starts a font's entry, `\fcharsetN` names its character set. */
  private describeFont(word: string, parameter: number | null): void {
    if (word === 'f') this.tableFont = parameter ?? -1;
    else if (word === 'fcharset' && this.tableFont >= 0 && parameter !== null) {
      const codePage = CHARSET_CODE_PAGES.get(parameter);
      if (codePage === undefined) this.fontCodePages.delete(this.tableFont);
      else this.fontCodePages.set(this.tableFont, codePage);
    }
  }

  /** Decodes `\'hh` in the current font's code page, or the document's: Word writes bytes in the font's charset. */
  private useFontCodePage(): void {
    const font = this.fonts[this.depth] === -1 ? this.defaultFont : this.fonts[this.depth]!;
    const codePage = this.fontCodePages.get(font) ?? this.codePage;
    if (codePage === this.decoderCodePage) return;
    this.flush();
    let decoder = this.decoders.get(codePage);
    if (decoder === undefined) {
      decoder = rtfDecoderOf(codePage);
      this.decoders.set(codePage, decoder);
    }
    this.decoder = decoder;
    this.decoderCodePage = codePage;
  }

  /** Room for `count` more code units. */
  private reserve(count: number): void {
    if (this.length + count <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + count));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }

  private reservePending(bytes: number): void {
    if (this.pendingLength + bytes <= this.pending.length) return;
    const grown = new Uint8Array(Math.max(this.pending.length * 2, this.pendingLength + bytes));
    grown.set(this.pending.subarray(0, this.pendingLength));
    this.pending = grown;
  }

  /** Decodes the bytes a multi-byte code page held back. */
  private flush(): void {
    if (this.pendingLength === 0) return;
    this.appendString(this.decoder.decode(this.pending.subarray(0, this.pendingLength)));
    this.pendingLength = 0;
  }

  private appendUnit(unit: number): void {
    this.flush();
    this.reserve(1);
    this.units[this.length++] = unit;
    this.lineBits |= unit;
  }

  private appendString(text: string): void {
    this.reserve(text.length);
    let bits = this.lineBits;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      this.units[this.length++] = unit;
      bits |= unit;
    }
    this.lineBits = bits;
  }

  /** Ends the line being read; counts it when any character is visible. */
  private endLine(): void {
    this.flush();
    for (let i = this.lineStart; i < this.length; i++) {
      const c = this.units[i]!;
      if (c > 0x20 && c !== 0xa0) {
        this.textLines++;
        break;
      }
    }
    if (this.lineBits > 0xff) this.wideLines.push(this.lineEnds.length);
    this.lineEnds.push(this.length);
    this.lineStart = this.length;
    this.lineBits = 0;
  }

  /** The line being read as a string, taken out of `units` (a table cell's paragraph). */
  private takeLine(): string {
    this.flush();
    const units = this.units.subarray(this.lineStart, this.length);
    const line = Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
    this.length = this.lineStart;
    this.lineBits = 0;
    return line;
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
    if (this.length > this.lineStart || this.pendingLength > 0) this.endCell();
    this.appendString(this.cells.join('\t').trimEnd());
    this.endLine();
    this.cells = [];
    this.cellParagraphs = [];
  }
}
