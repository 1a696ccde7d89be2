import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseEvent, RejectionCode } from '../../lambda/parser/types';
import { collectEvents } from '../helpers/collectEvents';
import { expectEventContract } from '../helpers/expectEventContract';
import { nexisUniPdfParagraphs } from '../helpers/nexisUniPdf';
import { writePdf } from '../helpers/writePdf';
import { streamObject, writeRawPdf } from '../helpers/writeRawPdf';
import { PDF_DOCUMENTS } from './pdfFixtures';

/** Codes a mutated or hostile PDF may get; PARSER_ERROR (a defect caught) is never one of them. */
const EXPECTED_CODES: ReadonlySet<RejectionCode> = new Set<RejectionCode>([
  'NO_ARTICLE',
  'CORRUPT_CONTAINER',
  'ENCRYPTED',
  'UNRECOGNIZED_LAYOUT',
  'NO_TEXT_LAYER',
  'TOO_MANY_PAGES',
  'PDF_TOO_COMPLEX',
  // Bytes that lost their PDF header are read as what they now look like.
  'BINARY',
  'EMPTY',
  'UNSUPPORTED_FORMAT',
]);

/** Tight caps, so a hostile shape shows that it is bounded without making the suite slow. */
const OPTIONS = { enrich: false, maxPdfMilliseconds: 5_000, maxPdfPages: 50 };

const expectWellFormed = (events: readonly ParseEvent[]) => expectEventContract(events, EXPECTED_CODES);

const paragraphs = nexisUniPdfParagraphs(PDF_DOCUMENTS, { cover: true, language: 'en' });
const SHAPES = await Promise.all([
  writePdf(paragraphs, { header: 'Invented export', footer: 'Page # of ##' }),
  writePdf(paragraphs, { columns: 2, shuffleSeed: 3 }),
]);

describe('mutated PDF exports never throw and keep the event contract', () => {
  it('truncated anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (bytes, share) => {
          const cut = bytes.subarray(0, Math.floor(bytes.length * share));
          expectWellFormed((await collectEvents(cut, OPTIONS)).events);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('bytes flipped, or ranges copied over other ranges', async () => {
    const edit = fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 64 }),
      fc.integer({ min: 0, max: 255 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPES),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        async (bytes, edits) => {
          const mutated = bytes.slice();
          for (const [from, to, length, mask] of edits) {
            const source = Math.floor((mutated.length - length) * from);
            const target = Math.floor((mutated.length - length) * to);
            if (mask % 2 === 0) mutated.copyWithin(target, source, source + length);
            else mutated[target] = mutated[target]! ^ mask;
          }
          expectWellFormed((await collectEvents(mutated, OPTIONS)).events);
        },
      ),
      { numRuns: 40 },
    );
  });
});

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const text = (line: string) => `BT /F1 10 Tf 56 700 Td (${line}) Tj ET`;

describe('hostile PDF object graphs end in a named rejection, bounded', () => {
  it.each<[string, string[], RejectionCode[]]>([
    [
      'a page tree whose kids include itself',
      [
        CATALOG,
        '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
        streamObject(text('Looping')),
        FONT,
      ],
      ['CORRUPT_CONTAINER', 'UNRECOGNIZED_LAYOUT'],
    ],
    [
      'a page count of a billion',
      [
        CATALOG,
        '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      ],
      // PDF.js checks the count against the tree it finds; either way nothing reads a billion pages.
      ['TOO_MANY_PAGES', 'NO_TEXT_LAYER'],
    ],
    [
      'a form that draws itself',
      [
        CATALOG,
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources 6 0 R >>',
        streamObject(`${text('Before the form')} /X0 Do`),
        streamObject(
          `${text('Inside the form')} /X0 Do`,
          '/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources 6 0 R',
        ),
        '<< /Font << /F1 7 0 R >> /XObject << /X0 5 0 R >> >>',
        FONT,
      ],
      ['CORRUPT_CONTAINER', 'UNRECOGNIZED_LAYOUT', 'PDF_TOO_COMPLEX'],
    ],
    [
      'an object nested a hundred thousand arrays deep',
      [
        CATALOG,
        `<< /Type /Pages /Kids [3 0 R] /Count 1 /Deep ${'['.repeat(100_000)}${']'.repeat(100_000)} >>`,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      ],
      ['CORRUPT_CONTAINER', 'NO_TEXT_LAYER'],
    ],
    [
      'a chain of ten thousand references for a stream length',
      [
        CATALOG,
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
        `<< /Length 5 0 R >>\nstream\n${text('Chained')}\nendstream`,
        ...Array.from({ length: 10_000 }, (_, i) => (i === 9_999 ? '10' : `${i + 6} 0 R`)),
      ],
      ['CORRUPT_CONTAINER', 'NO_TEXT_LAYER', 'UNRECOGNIZED_LAYOUT'],
    ],
  ])('%s', async (_, objects, codes) => {
    const { events } = await collectEvents(writeRawPdf(objects), OPTIONS);
    expectWellFormed(events);
    expect(events).toHaveLength(1);
    expect(codes).toContain((events[0] as { rejection: { code: string } }).rejection.code);
  });

  it('lines of 200,000 letters, hyphens at their ends and inside: a named rejection, no stall', async () => {
    const word = 'a'.repeat(200_000);
    const bytes = writeRawPdf([
      CATALOG,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      streamObject(
        `BT /F1 10 Tf 56 700 Td (${word}-) Tj 0 -12 Td (${word}-${word}) Tj 0 -12 Td (${word}) Tj ET`,
      ),
      FONT,
    ]);
    const { events } = await collectEvents(bytes, OPTIONS);
    expect(events).toEqual([
      { kind: 'rejected', rejection: { code: 'UNRECOGNIZED_LAYOUT', message: expect.any(String) } },
    ]);
  });

  it('a page of a hundred thousand text runs: past the text-run cap, PDF_TOO_COMPLEX', async () => {
    const runs = Array.from({ length: 100_000 }, (_, i) => `1 0 0 1 ${i % 500} ${i % 800} Tm (w) Tj`).join(
      '\n',
    );
    const bytes = writeRawPdf([
      CATALOG,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      streamObject(`BT /F1 10 Tf\n${runs}\nET`),
      FONT,
    ]);
    const { events } = await collectEvents(bytes, { ...OPTIONS, maxPdfTextRuns: 50_000 });
    expect(events).toEqual([
      { kind: 'rejected', rejection: { code: 'PDF_TOO_COMPLEX', message: expect.any(String) } },
    ]);
  });
});
