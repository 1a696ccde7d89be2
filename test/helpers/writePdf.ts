import { deflateSync } from 'node:zlib';
import {
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFPage,
  StandardFonts,
} from 'pdf-lib';

/**
 * One paragraph to lay out. In `text`, `[-]` inside a word breaks the line there with a hyphen, and
 * `[page]` after a word (or after `[-]`) starts a new page there (both only where they are written).
 */
export interface PdfParagraph {
  text: string;
  /** Font size in points. @default 10 */
  size?: number;
  bold?: boolean;
  /** Extra space above the paragraph, in points. @default 6 */
  gapBefore?: number;
}

/** How the writer lays the paragraphs out. */
export interface PdfLayout {
  /** Text columns per page. @default 1 */
  columns?: 1 | 2;
  /** A running header printed at the top of every page. */
  header?: string;
  /** A running footer; `#` stands for the page number, `##` for the page count. */
  footer?: string;
  /** Draws each page's lines in a shuffled order (seeded), so the content stream is out of reading order. */
  shuffleSeed?: number;
  /** Page size in points. @default [595, 842] (A4) */
  pageSize?: [number, number];
}

const MARGIN = 56;
const GUTTER = 24;

interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A paragraph's words into lines of at most `width` points, honouring `[-]` and `[page]`. */
function wrap(paragraph: PdfParagraph, font: PDFFont, width: number): { text: string; pageAfter: boolean }[] {
  const size = paragraph.size ?? 10;
  const lines: { text: string; pageAfter: boolean }[] = [];
  let line = '';
  const close = (pageAfter: boolean) => {
    lines.push({ text: line, pageAfter });
    line = '';
  };
  for (const word of paragraph.text.split(' ')) {
    const pageAfter = word.endsWith('[page]');
    const pieces = word.replace(/\[page\]$/, '').split('[-]');
    pieces.forEach((raw, index) => {
      const piece = raw.replace('[page]', '');
      const last = index === pieces.length - 1;
      const printed = last ? piece : `${piece}-`;
      const candidate = line === '' ? printed : `${line} ${printed}`;
      if (line !== '' && font.widthOfTextAtSize(candidate, size) > width) {
        close(false);
        line = printed;
      } else line = candidate;
      // `a[-][page]b`: the line ends after `a-`, and `b` starts the next page.
      if (!last) close(pieces[index + 1]!.startsWith('[page]'));
    });
    if (pageAfter) close(true);
  }
  if (line !== '') close(false);
  return lines;
}

/**
 * Writes an invented PDF with pdf-lib: paragraphs wrapped into one or two columns per page, page after
 * page, with an optional running header and footer, and optionally each page's lines drawn out of order.
 * Helvetica (not embedded), as a text-only export prints.
 *
 * @example
 * ```ts
 * const bytes = await writePdf([{ text: 'Headline', size: 16 }, { text: 'Body text.' }], { footer: 'Page # of ##' });
 * ```
 */
export async function writePdf(
  paragraphs: readonly PdfParagraph[],
  layout: PdfLayout = {},
): Promise<Uint8Array> {
  // No creation or modification date: the same paragraphs always give the same bytes.
  const document = await PDFDocument.create({ updateMetadata: false });
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const [pageWidth, pageHeight] = layout.pageSize ?? [595, 842];
  const columns = layout.columns ?? 1;
  const columnWidth = (pageWidth - 2 * MARGIN - (columns - 1) * GUTTER) / columns;
  const top = pageHeight - MARGIN - (layout.header === undefined ? 0 : 24);
  const bottom = MARGIN + (layout.footer === undefined ? 0 : 24);
  const pages: PlacedLine[][] = [[]];
  let column = 0;
  let y = top;
  const newColumn = () => {
    column++;
    if (column >= columns) {
      column = 0;
      pages.push([]);
    }
    y = top;
  };
  for (const paragraph of paragraphs) {
    const size = paragraph.size ?? 10;
    const font = paragraph.bold ? bold : regular;
    const leading = size * 1.25;
    if (y !== top) y -= paragraph.gapBefore ?? 6;
    for (const line of wrap(paragraph, font, columnWidth)) {
      if (y - leading < bottom) newColumn();
      y -= leading;
      pages.at(-1)!.push({
        text: line.text,
        x: MARGIN + column * (columnWidth + GUTTER),
        y,
        size,
        bold: paragraph.bold ?? false,
      });
      if (line.pageAfter) {
        column = columns - 1;
        newColumn();
      }
    }
  }
  const count = pages.length;
  pages.forEach((lines, index) => {
    const page: PDFPage = document.addPage([pageWidth, pageHeight]);
    const furniture: PlacedLine[] = [];
    if (layout.header !== undefined)
      furniture.push({ text: layout.header, x: MARGIN, y: pageHeight - MARGIN + 4, size: 8, bold: false });
    if (layout.footer !== undefined) {
      const text = layout.footer.replace('##', String(count)).replace('#', String(index + 1));
      furniture.push({
        text,
        x: pageWidth - MARGIN - regular.widthOfTextAtSize(text, 8),
        y: MARGIN - 12,
        size: 8,
        bold: false,
      });
    }
    const all = [...lines, ...furniture];
    const order = layout.shuffleSeed === undefined ? all : shuffled(all, layout.shuffleSeed + index);
    for (const line of order)
      page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font: line.bold ? bold : regular });
  });
  return document.save();
}

/** A grey PNG of `width`×`height` pixels, as a scanner's page image stands in. */
function greyPng(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x9a);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * An invented scan: pages holding one image each and no text at all.
 *
 * @example
 * ```ts
 * const scan = await writeScanPdf(2);
 * ```
 */
export async function writeScanPdf(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const image = await document.embedPng(greyPng(60, 80));
  for (let i = 0; i < pages; i++) {
    const page = document.addPage([595, 842]);
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return document.save();
}

/**
 * `bytes` (a PDF from this writer) with a Standard security handler in its trailer whose keys match no
 * empty password: as a PDF protected by a user password looks to a reader that has none.
 *
 * @example
 * ```ts
 * const locked = await withPasswordTrailer(await writePdf([{ text: 'Secret' }]));
 * ```
 */
export async function withPasswordTrailer(bytes: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.load(bytes);
  const context = document.context;
  const key = (fill: number) => PDFHexString.of(Buffer.alloc(32, fill).toString('hex'));
  const encrypt = context.obj({
    Filter: PDFName.of('Standard'),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    O: key(0x4f),
    U: key(0x55),
    P: PDFNumber.of(-44),
  });
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([PDFHexString.of('11'.repeat(16)), PDFHexString.of('11'.repeat(16))]);
  return document.save({ useObjectStreams: false });
}
