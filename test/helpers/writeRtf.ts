import { Buffer } from 'node:buffer';
import type { DocxBlock, DocxInline } from './writeDocx';

/** Windows-1252 bytes 0x80–0x9F and the characters they stand for (the rest of 0xA0–0xFF is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** How an invented RTF export writes its text. */
export interface RtfStyle {
  /** `\ansicpg`: 1252 writes Western letters as `\'hh`, any other code page writes them as `\uN?`. */
  codePage?: number;
  /** Write every non-ASCII character as `\uN` with a fallback, as newer Word does (default: only those outside the code page). */
  unicodeOnly?: boolean;
}

function cp1252Byte(char: string): number | null {
  const code = char.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  const high = CP1252_HIGH.indexOf(char);
  return high === -1 ? null : 0x80 + high;
}

const hex = (byte: number) => byte.toString(16).padStart(2, '0');

/**
 * Text as RTF writes it: `\`, `{`, `}` escaped; a non-breaking space as `\~`; a tab as `\tab`;
 * Western letters as `\'hh` in Windows-1252; anything else as `\uN?` (a signed 16-bit number per UTF-16
 * unit, `?` its fallback).
 *
 * @example
 * ```ts
 * rtfText('Größe – “x”'); // "Gr\\'f6\\'dfe \\'96 \\'93x\\'94"
 * ```
 */
export function rtfText(text: string, style: RtfStyle = {}): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const code = text.charCodeAt(i);
    if (char === '\\' || char === '{' || char === '}') out += `\\${char}`;
    else if (char === '\u00a0') out += '\\~';
    else if (char === '\t') out += '\\tab ';
    else if (code < 0x80) out += char;
    else {
      const byte = style.unicodeOnly || (style.codePage ?? 1252) !== 1252 ? null : cp1252Byte(char);
      out += byte === null ? `\\u${code > 0x7fff ? code - 0x10000 : code}?` : `\\'${hex(byte)}`;
    }
  }
  return out;
}

/** An invented PNG logo (signature, header chunk, made-up data) as `\pict` writes it: hex, wrapped. */
function pngPicture(): string {
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('0000000d49484452000000100000001008060000001ff3ff61', 'hex'),
    Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)),
  ]);
  const lines = bytes.toString('hex').match(/.{1,128}/g) ?? [];
  return `{\\*\\shppict{\\pict{\\*\\picprop\\shplid1025{\\sp{\\sn shapeType}{\\sv 75}}}\\picscalex100\\picscaley100\\picw423\\pich423\\picwgoal240\\pichgoal240\\pngblip\\bliptag-1{\\*\\blipuid 0a1b2c3d}\n${lines.join('\n')}}}{\\nonshppict{\\pict\\wmetafile8\\picw423\\pich423 0100090000036c00000000004300000000000400000003010800050000000b0200000000}}`;
}

/** The document's opening: tables and properties that are never text, a header and footer, a logo. */
function prologue(style: RtfStyle): string {
  const codePage = style.codePage ?? 1252;
  return [
    `{\\rtf1\\ansi\\ansicpg${codePage}\\deff0\\deflang1033\\uc1`,
    '{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}{\\f1\\fswiss\\fcharset0\\fprq2 Arial;}{\\f2\\fnil\\fcharset2 Symbol;}}',
    '{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;}',
    '{\\*\\defchp \\f1\\fs20}',
    '{\\stylesheet{\\ql \\li0\\ri0\\widctlpar\\f1\\fs20 \\snext0 Normal;}{\\*\\cs10 \\additive Default Paragraph Font;}}',
    "{\\*\\listtable{\\list\\listtemplateid1{\\listlevel\\levelnfc23{\\leveltext\\'01\\u-3913 ?;}{\\levelnumbers;}}\\listid1}}",
    '{\\info{\\title INFO TITLE MUST NOT APPEAR}{\\author Invented Author}{\\creatim\\yr2019\\mo7\\dy5\\hr9\\min31}}',
    '{\\*\\generator Invented RTF Writer 1.0;}',
    '\\paperw12240\\paperh15840\\margl1440\\margr1440\\sectd',
    '{\\header \\pard\\plain \\qr\\f1\\fs16 RUNNING HEADER MUST NOT APPEAR\\par}',
    '{\\footer \\pard\\plain \\qc\\f1\\fs16 Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}} FOOTER MUST NOT APPEAR\\par}',
    `{\\pard\\plain\\qc ${pngPicture()}\\par}`,
    '{\\*\\bkmkstart _top}{\\*\\bkmkend _top}',
  ].join('\n');
}

/** `|` splits a text into runs, each its own group with character formatting, as Word writes them. */
function runs(text: string, style: RtfStyle): string {
  return text
    .split('|')
    .map((piece) => `{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\f1\\fs20\\insrsid123 ${rtfText(piece, style)}}`)
    .join('');
}

function inline(piece: DocxInline, style: RtfStyle): string {
  if (typeof piece === 'string') return runs(piece, style);
  if ('tab' in piece) return '\\tab ';
  if ('br' in piece) return '\\line ';
  if ('link' in piece) {
    return `{\\field{\\*\\fldinst {HYPERLINK "https://example.invalid/timetable" }}{\\fldrslt {\\ul\\cf2 ${rtfText(piece.link, style)}}}}`;
  }
  // A text box whose text and position numbers must not become text.
  return `{\\shp{\\*\\shpinst\\shpleft914400\\shptop0\\shpright2743200\\shpbottom914400{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt \\pard ${rtfText(piece.drawing, style)}\\par}}}`;
}

function block(item: DocxBlock, style: RtfStyle): string {
  if (Array.isArray(item)) {
    return `\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\f1\\fs20 ${item.map((piece) => inline(piece, style)).join('')}\\par`;
  }
  return item.table
    .map((row) => {
      const cells = row.map((_, c) => `\\clbrdrt\\brdrs\\cellx${(c + 1) * 4320}`).join('');
      const texts = row.map((cell) => `\\pard\\plain \\intbl\\f1\\fs20 ${runs(cell, style)}\\cell `).join('');
      return `\\trowd \\trgaph108\\trleft-108${cells}\n${texts}\\pard\\plain \\intbl{\\trowd \\trgaph108${cells}\\row }`;
    })
    .join('\n');
}

/**
 * An invented RTF file holding `blocks` (the paragraphs and tables `writeDocx` takes), shaped as Word
 * and Nexis write RTF: font, colour, style and list tables, document info, a running header and footer,
 * an embedded PNG logo, runs in groups of their own, hyperlinks as fields, text boxes as shapes, tables
 * as `\trowd … \cell … \row`. The same blocks as DOCX give the same text lines.
 *
 * @example
 * ```ts
 * const rtf = writeRtf([['Hel|lo ', { link: 'world' }], { table: [['a', 'b']] }]);
 * ```
 */
export function writeRtf(blocks: readonly DocxBlock[], style: RtfStyle = {}): Uint8Array {
  const body = blocks.map((item) => block(item, style)).join('\n');
  return Buffer.from(`${prologue(style)}\n${body}\n}`, 'latin1');
}

/**
 * A classic LexisNexis RTF download of a TXT export's lines: centred lines (the TXT pads them with
 * spaces) as `\qc` paragraphs without the padding, labels (`HEADLINE:`, `RUBRIK:`) in bold, each line a
 * paragraph. Classic LexisNexis also named such files `.DOC`.
 *
 * @example
 * ```ts
 * const rtf = classicNexisRtf(nexisExport([document]));
 * ```
 */
export function classicNexisRtf(text: string, style: RtfStyle = {}): Uint8Array {
  const paragraphs = text.split('\n').map((line) => {
    if (/^ {10,}\S/.test(line)) return `\\pard\\plain \\qc\\f0\\fs24 ${rtfText(line.trim(), style)}\\par`;
    const label = /^([A-ZÄÖÜ][A-ZÄÖÜ-]+:)(.*)$/.exec(line);
    if (label !== null) {
      return `\\pard\\plain \\ql\\f0\\fs24 {\\b ${rtfText(label[1]!, style)}}${rtfText(label[2]!, style)}\\par`;
    }
    return `\\pard\\plain \\ql\\f0\\fs24 ${rtfText(line, style)}\\par`;
  });
  return Buffer.from(`${prologue(style)}\n${paragraphs.join('\n')}\n}`, 'latin1');
}
