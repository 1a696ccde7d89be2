import { writeZip, type ZipMember } from './writeZip';

/**
 * A piece of a paragraph: text (split into runs where `|` appears), a tab, a line break, a hyperlink (to
 * `target` through a relationship of the main document, when given), a drawing.
 */
export type DocxInline =
  | string
  | { tab: true }
  | { br: true }
  | { link: string; target?: string }
  | { drawing: string };

/** A paragraph, or a table given row by row. */
export type DocxBlock = DocxInline[] | { table: string[][] };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
}

/** `|` splits a text into runs, as Word splits a word where formatting or spell-check state changes. */
function runs(text: string): string {
  return text
    .split('|')
    .map(
      (piece) =>
        `<w:r><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr><w:t xml:space="preserve">${escapeXml(piece)}</w:t></w:r>`,
    )
    .join('');
}

function inline(piece: DocxInline, targets: string[]): string {
  if (typeof piece === 'string') return runs(piece);
  if ('tab' in piece) return '<w:r><w:tab/></w:r>';
  if ('br' in piece) return '<w:r><w:br/></w:r>';
  if ('link' in piece) {
    if (piece.target === undefined)
      return `<w:hyperlink r:id="rId9" w:history="1">${runs(piece.link)}</w:hyperlink>`;
    targets.push(piece.target);
    return `<w:hyperlink r:id="rIdLink${targets.length}" w:history="1">${runs(piece.link)}</w:hyperlink>`;
  }
  // A drawing whose text box and position numbers must not become text.
  return `<w:r><w:drawing><wp:anchor><wp:positionH><wp:posOffset>914400</wp:posOffset></wp:positionH><wps:txbx><w:txbxContent><w:p>${runs(piece.drawing)}</w:p></w:txbxContent></wps:txbx></wp:anchor></w:drawing></w:r>`;
}

function block(item: DocxBlock, targets: string[]): string {
  if (Array.isArray(item)) {
    return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${item.map((piece) => inline(piece, targets)).join('')}</w:p>`;
  }
  const rows = item.table
    .map(
      (row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr/><w:p>${runs(cell)}</w:p></w:tc>`).join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr/>${rows}</w:tbl>`;
}

/**
 * The XML of a DOCX main document holding `blocks`, with the namespaces Word declares; the targets of its
 * hyperlinks are pushed to `targets` (relationship `rIdLink<n>` is the n-th).
 */
export function documentXml(blocks: readonly DocxBlock[], targets: string[] = []): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    `<w:body>${blocks.map((item) => block(item, targets)).join('')}<w:sectPr><w:headerReference r:id="rId2"/></w:sectPr></w:body></w:document>`
  );
}

/**
 * Writes a minimal DOCX: content types, relationships, the main document, and a header and footer
 * whose text must never be read as body. `extra` adds members (images, comments).
 *
 * @example
 * ```ts
 * const docx = writeDocx([['Hel|lo ', { link: 'world' }], { table: [['a', 'b']] }]);
 * ```
 */
export function writeDocx(blocks: readonly DocxBlock[], extra: readonly ZipMember[] = []): Uint8Array {
  const targets: string[] = [];
  const main = documentXml(blocks, targets);
  const relationships = targets
    .map(
      (target, at) =>
        `<Relationship Id="rIdLink${at + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(target).replace(/"/g, '&quot;')}" TargetMode="External"/>`,
    )
    .join('');
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', data: main },
    ...(targets.length === 0
      ? []
      : [
          {
            name: 'word/_rels/document.xml.rels',
            data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${relationships}</Relationships>`,
          },
        ]),
    {
      name: 'word/header1.xml',
      data: `<w:hdr xmlns:w="x">${runs('RUNNING HEADER MUST NOT APPEAR')}</w:hdr>`,
    },
    {
      name: 'word/footer1.xml',
      data: `<w:ftr xmlns:w="x">${runs('Page 1 of 9 FOOTER MUST NOT APPEAR')}</w:ftr>`,
    },
    {
      name: 'word/comments.xml',
      data: `<w:comments xmlns:w="x">${runs('COMMENT MUST NOT APPEAR')}</w:comments>`,
    },
    ...extra,
  ]);
}
