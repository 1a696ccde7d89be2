import { describe, expect, it } from 'vitest';
import { extractPdfPages } from '../../lambda/parser/pdf/extractPdfPages';
import { collectEvents } from '../helpers/collectEvents';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { nexisUniPdfParagraphs } from '../helpers/nexisUniPdf';
import { writeDocx } from '../helpers/writeDocx';
import { type PdfLayout, withPasswordTrailer, writePdf, writeScanPdf } from '../helpers/writePdf';
import { writeZip } from '../helpers/writeZip';
import { PDF_DOCUMENTS, PDF_KEY } from './pdfFixtures';

const LIMITS = { maxPages: 100, maxTextRuns: 100_000, maxMilliseconds: 30_000 };

async function exportPdf(layout: PdfLayout, cover = true): Promise<Uint8Array> {
  return writePdf(nexisUniPdfParagraphs(PDF_DOCUMENTS, { cover, language: 'en' }), layout);
}

async function articlesOf(bytes: Uint8Array) {
  const { events, articles } = await collectEvents(bytes);
  const rejected = events.find((event) => event.kind === 'rejected');
  expect(rejected).toBeUndefined();
  return { events, articles };
}

const FURNITURE = { header: 'Nexis Uni | Invented export for tests', footer: 'Page # of ##' };

describe('Nexis Uni PDF', () => {
  it.each<[string, PdfLayout, boolean]>([
    ['one column, with a cover page', {}, true],
    ['one column, without a cover page', {}, false],
    ['running headers, footers and page numbers', FURNITURE, true],
    ['two columns', { columns: 2, ...FURNITURE }, true],
    ['a content stream drawn out of reading order', { shuffleSeed: 11, ...FURNITURE }, true],
    ['two columns drawn out of order', { columns: 2, shuffleSeed: 5 }, false],
  ])('reads every document: %s', async (_, layout, cover) => {
    const { events, articles } = await articlesOf(await exportPdf(layout, cover));
    expect(events[0]).toEqual({
      kind: 'file',
      format: 'nexis-uni',
      encoding: 'utf-8',
      compressed: false,
      container: { kind: 'pdf' },
      // The cover page's `Documents (N)` announces the count.
      ...(cover ? { expectedDocuments: PDF_KEY.length } : {}),
    });
    expect(articles).toHaveLength(PDF_KEY.length);
    articles.forEach((article, index) => {
      expect(article).toMatchObject(PDF_KEY[index]!);
      expect(article.container).toEqual({ kind: 'pdf' });
    });
  });

  it('spans pages, so that the furniture case is real: documents start mid-page and run over page breaks', async () => {
    const pages = await extractPdfPages(await exportPdf(FURNITURE), LIMITS, 'The PDF');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const texts = pages.map((page) => page.runs.map((run) => run.text));
    const second = pages.findIndex((_, p) => texts[p]!.includes(PDF_DOCUMENTS[1]!.headline));
    // The second document starts below the first one's End of Document on the same page.
    expect(texts[second]!.indexOf('End of Document')).toBeGreaterThanOrEqual(0);
    // Its last paragraph sits on a later page than its headline.
    const last = pages.findIndex((_, p) => texts[p]!.some((text) => text.startsWith('A second drawer')));
    expect(last).toBeGreaterThanOrEqual(second);
    expect(texts.flat().filter((text) => text.startsWith('Page ')).length).toBe(pages.length);
    // `committee` is broken over a page break.
    const broken = pages.findIndex((_, p) => texts[p]!.some((text) => text.endsWith('commit-')));
    expect(texts[broken + 1]!.some((text) => text.startsWith('tee asked'))).toBe(true);
  });

  it('never lets running headers, footers or page numbers into a field', async () => {
    const { articles } = await articlesOf(await exportPdf(FURNITURE));
    const text = JSON.stringify(
      articles.map((article) => [article.paragraphs, article.headline, article.byline]),
    );
    expect(text).not.toContain('Invented export for tests');
    expect(text).not.toMatch(/Page \d+ of \d+/);
  });

  it('keeps a hyphen that the text shows is part of the word, and drops one that only broke a line', async () => {
    const { articles } = await articlesOf(await exportPdf({}));
    const [first, second] = articles[2]!.paragraphs;
    expect(first).toContain('town-hall roof');
    expect(first).toContain('building committee asked');
    expect(second).toContain('Anglo-Saxon');
  });

  it('gives the same fields as the same export written as DOCX (only the container differs)', async () => {
    const pdf = await articlesOf(await exportPdf({ columns: 2, ...FURNITURE }));
    const plainDocuments = PDF_DOCUMENTS.map((document) => ({
      ...document,
      paragraphs: document.paragraphs.map((paragraph) =>
        (paragraph as string).replace('commit[-][page]tee', 'committee').replace(/\[-\]/g, '-'),
      ),
    }));
    const docx = await articlesOf(writeDocx(nexisUniBlocks(plainDocuments, { cover: true, language: 'en' })));
    const fields = (article: (typeof docx.articles)[number]) => {
      const { container, contentHash, provenance, ...rest } = article;
      return rest;
    };
    expect(pdf.articles.map(fields)).toEqual(docx.articles.map(fields));
  });

  it('records provenance as line ranges of the text the PDF reader produced', async () => {
    const { articles } = await articlesOf(await exportPdf(FURNITURE));
    for (const article of articles) {
      const provenance = article.provenance!;
      const [start, end] = provenance.span;
      expect(provenance.lines.reduce((sum, [, count]) => sum + count, 0)).toBe(end - start);
      expect(provenance.paragraphs).toHaveLength(article.paragraphs.length);
      expect(provenance.fields.headline).toBeDefined();
    }
  });

  it('reads PDF members of a ZIP with the other members, numbering documents across the upload', async () => {
    const zip = writeZip([
      { name: 'a-export.pdf', data: await exportPdf(FURNITURE) },
      {
        name: 'b-export.docx',
        data: writeDocx(nexisUniBlocks(PDF_DOCUMENTS.slice(0, 1), { cover: false, language: 'en' })),
      },
      { name: 'c-scan.pdf', data: await writeScanPdf(1) },
    ]);
    const { events, articles } = await collectEvents(zip);
    expect(articles.map((article) => [article.documentIndex, article.container])).toEqual([
      [1, { kind: 'zip', member: 'a-export.pdf' }],
      [2, { kind: 'zip', member: 'a-export.pdf' }],
      [3, { kind: 'zip', member: 'a-export.pdf' }],
      [4, { kind: 'zip', member: 'b-export.docx' }],
    ]);
    expect(events.filter((event) => event.kind === 'member-rejected')).toEqual([
      {
        kind: 'member-rejected',
        member: 'c-scan.pdf',
        rejection: { code: 'NO_TEXT_LAYER', message: expect.stringContaining('The member c-scan.pdf') },
      },
    ]);
  });
});

describe('telling a PDF from text', () => {
  it('reads a PDF with bytes before its header, as some writers leave them', async () => {
    const pdf = await exportPdf({});
    const prefixed = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\n\r\n'), pdf]);
    expect((await articlesOf(prefixed)).articles).toHaveLength(PDF_KEY.length);
  });

  it('leaves a text that mentions %PDF- near its start to the text parser, which names the marker', async () => {
    const text =
      'A note on file formats\n\nEvery PDF starts with %PDF-1.7 or another version, the paper says.\n';
    const { events } = await collectEvents(new TextEncoder().encode(text));
    // Not a damaged PDF (the PDF reader never saw it): the text sniffer's own verdict on the marker.
    expect(events).toEqual([
      {
        kind: 'rejected',
        rejection: { code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('PDF') },
      },
    ]);
  });
});

describe('PDF rejections', () => {
  async function rejectionOf(bytes: Uint8Array, options = {}) {
    const { events } = await collectEvents(bytes, options);
    expect(events.filter((event) => event.kind === 'article')).toEqual([]);
    const rejected = events.at(-1)!;
    expect(rejected.kind).toBe('rejected');
    return (rejected as { rejection: { code: string; message: string } }).rejection;
  }

  it('a scan, with no text layer: NO_TEXT_LAYER', async () => {
    expect(await rejectionOf(await writeScanPdf(2))).toEqual({
      code: 'NO_TEXT_LAYER',
      message: expect.stringMatching(/^The PDF has no text layer/),
    });
  });

  it('a PDF that needs a password: ENCRYPTED', async () => {
    const locked = await withPasswordTrailer(await exportPdf({}));
    expect(await rejectionOf(locked)).toEqual({
      code: 'ENCRYPTED',
      message: expect.stringMatching(/^The PDF is password-protected/),
    });
  });

  it('a PDF with text that is not a news export: UNRECOGNIZED_LAYOUT', async () => {
    const letter = await writePdf([
      { text: 'Dear neighbours,', size: 12 },
      {
        text: 'The street party moves to the park this year, because the road will be closed for repairs in June.',
      },
      { text: 'Kind regards, the street committee' },
    ]);
    expect(await rejectionOf(letter)).toEqual({
      code: 'UNRECOGNIZED_LAYOUT',
      message: 'The PDF is a PDF but not a news export the parser knows (Nexis Uni).',
    });
  });

  it('a damaged PDF: CORRUPT_CONTAINER', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    expect((await rejectionOf(bytes)).code).toBe('CORRUPT_CONTAINER');
  });

  it('more pages than the page cap: TOO_MANY_PAGES, before any page is read', async () => {
    expect(await rejectionOf(await exportPdf(FURNITURE), { maxPdfPages: 1 })).toEqual({
      code: 'TOO_MANY_PAGES',
      message: expect.stringMatching(/^The PDF has \d+ pages, over the 1-page limit\.$/),
    });
  });

  it('more text runs than the cap, or no time left: PDF_TOO_COMPLEX', async () => {
    const bytes = await exportPdf({});
    expect((await rejectionOf(bytes, { maxPdfTextRuns: 10 })).code).toBe('PDF_TOO_COMPLEX');
    expect((await rejectionOf(bytes, { maxPdfMilliseconds: 0 })).code).toBe('PDF_TOO_COMPLEX');
  });

  it('leaves the caller’s bytes intact (PDF.js detaches what it is given)', async () => {
    const bytes = Buffer.from(await exportPdf({}));
    const copy = Buffer.from(bytes);
    await articlesOf(bytes);
    expect(bytes.equals(copy)).toBe(true);
  });
});
