/**
 * Writes one invented classic LexisNexis export as the text export (TXT) and as the HTML export, from the
 * same blocks, so tests can check that both give the same records. The RTF export is `classicNexisRtf`
 * (writeRtf.ts) of the TXT export's text (LF line ends). The wording of the documents is the tests' own.
 */

/** One block of a document, as the text export prints it between blank lines. */
export type ClassicBlock =
  /** A centred header line: separator, publication, date, edition, copyright. */
  | { centred: string }
  /** A labelled field: `SECTION: METRO; Pg. B1`; `value` may be empty (`BODY:`). */
  | { label: string; value: string }
  /** Lines at column 0: an unlabelled headline, or one paragraph; a line break between entries. */
  | { lines: string[] };

export interface ClassicHtmlOptions {
  /** Each occurrence gets a highlight span of its own, splitting words as search hits do. */
  highlight?: string;
  /** Declared in a `<meta>`; none by default. */
  charset?: string;
  /** Byte encoding of the HTML: UTF-8 (default) or Latin-1 (all characters below U+0100). */
  bytes?: 'utf-8' | 'latin1';
}

const STYLE = `<STYLE TYPE="text/css"><!--
.c0 { text-align: center; }
.c1 { text-align: center; margin-top: 0em; margin-bottom: 0em; }
.c2 { font-family: 'Times New Roman'; font-size: 10pt; font-weight: normal; }
.c3 { text-align: center; margin-left: 13%; margin-right: 13%; }
.c4 { font-family: 'Times New Roman'; font-size: 10pt; font-weight: bold; color: #CC0033; }
.c5 { text-align: left; }
.c6 { text-align: left; margin-top: 0em; margin-bottom: 0em; }
.c7 { font-family: 'Times New Roman'; font-size: 14pt; font-weight: bold; }
.c8 { font-family: 'Times New Roman'; font-size: 10pt; font-weight: bold; }
.c10 { page-break-before: always; }
--></STYLE>`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text in plain spans, with every occurrence of `highlight` in a highlight span of its own. */
function spans(text: string, highlight: string | undefined): string {
  const plain = (piece: string) => (piece === '' ? '' : `<SPAN CLASS="c2">${escapeHtml(piece)}</SPAN>`);
  if (highlight === undefined || highlight === '') return plain(text);
  return text
    .split(highlight)
    .map(plain)
    .join(`<SPAN CLASS="c4">${escapeHtml(highlight)}</SPAN>`);
}

function htmlBlock(block: ClassicBlock, options: ClassicHtmlOptions): string {
  if ('centred' in block)
    return `<BR><DIV CLASS="c3"><P CLASS="c1">${spans(block.centred, options.highlight)}</P>\n</DIV>\n`;
  if ('label' in block)
    return `<BR><DIV CLASS="c5"><P CLASS="c6"><SPAN CLASS="c8">${escapeHtml(block.label)}: </SPAN>${spans(block.value, options.highlight)}</P>\n</DIV>\n`;
  const lines = block.lines.map((line) => spans(line, options.highlight)).join('<BR>');
  return `<BR><DIV CLASS="c5"><P CLASS="c9">${lines}</P>\n</DIV>\n`;
}

function txtBlock(block: ClassicBlock): string[] {
  if ('centred' in block)
    return [`${' '.repeat(Math.max(2, 40 - Math.floor(block.centred.length / 2)))}${block.centred}`];
  if ('label' in block) return [block.value === '' ? `${block.label}:` : `${block.label}: ${block.value}`];
  return block.lines;
}

/**
 * The text export of `documents` (each a list of blocks, its separator included), with a request header.
 *
 * @example
 * ```ts
 * classicNexisTxt([[{ centred: '1 of 1 DOCUMENT' }, { centred: 'The Paper' }, { label: 'BODY', value: '' }, { lines: ['Text.'] }]]);
 * ```
 */
export function classicNexisTxt(documents: readonly (readonly ClassicBlock[])[]): string {
  const out = ['Download Request: All Documents', 'Time Of Request: Monday, June 3, 2019  10:00:00 EST', ''];
  for (const blocks of documents) {
    out.push('');
    for (const block of blocks) out.push(...txtBlock(block), '');
  }
  return out.join('\r\n');
}

/**
 * The HTML export of the same `documents`, as classic LexisNexis Academic writes it: style classes for
 * centring, `<!-- <DOC NUMBER=n><DOCFULL> -->` comments, labels in bold spans, `<BR>` between a block's lines.
 *
 * @example
 * ```ts
 * const bytes = classicNexisHtml([[{ centred: '1 of 1 DOCUMENT' }, { lines: ['Text.'] }]], { highlight: 'Tex' });
 * ```
 */
export function classicNexisHtml(
  documents: readonly (readonly ClassicBlock[])[],
  options: ClassicHtmlOptions = {},
): Uint8Array {
  const meta =
    options.charset === undefined
      ? ''
      : `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=${options.charset}">\n`;
  const body = documents
    .map(
      (blocks, index) =>
        `<A NAME="DOC_ID_0_${index}"></A><!-- Hide XML section from browser\n<DOC NUMBER=${index + 1}>\n<DOCFULL> -->\n${blocks
          .map((block) => htmlBlock(block, options))
          .join('')}<!-- Hide XML section from browser\n</DOCFULL>\n</DOC> -->\n<DIV CLASS="c10"/>\n`,
    )
    .join('');
  const html = `<HTML>\n<HEAD>\n${meta}${STYLE}\n<!-- LXNComment 1234:5678 -->\n<TITLE>&nbsp;</TITLE>\n</HEAD>\n<BODY>\n${body}</BODY></HTML>\n`;
  if (options.bytes === 'latin1') return Uint8Array.from([...html].map((char) => char.charCodeAt(0)));
  return new TextEncoder().encode(html);
}
