import { loadPdfjs } from '../../lambda/parser/pdf/loadPdfjs';
import type { NexisUniDocument } from '../../test/helpers/nexisUniExport';
import { nexisUniPdfParagraphs } from '../../test/helpers/nexisUniPdf';
import { writePdf } from '../../test/helpers/writePdf';
import { cpuMs } from '../support/cpuMs';
import { parseEveryDocument } from '../support/parseEveryDocument';

const MB = 1_000_000;
const RUNS = 5;
const DOCUMENTS = 100;
const WORDS = [
  'harbour',
  'council',
  'ferry',
  'budget',
  'library',
  'school',
  'market',
  'bridge',
  'vote',
  'river',
];

/** An invented document of about 3 KB of text, varied by `n`, a word broken over a line end in it. */
function documentNumber(n: number): NexisUniDocument {
  const word = (i: number) => WORDS[(n * 7 + i * 3) % WORDS.length]!;
  return {
    headline: `The ${word(0)} story number ${n}`,
    publication: 'The Invented Gazette',
    dateLine: `July ${(n % 28) + 1}, 2019 Monday 9:20 AM GMT`,
    copyright: 'Copyright 2019 Invented Media Ltd. All Rights Reserved',
    fields: [
      ['Section', 'CITY; Version:2'],
      ['Length', '412 words'],
      ['Byline', 'Mara Quill and Ode Brand'],
    ],
    paragraphs: Array.from(
      { length: 12 },
      (_, p) =>
        `The ${word(p)} plan number ${n}-${p} was disc[-]ussed on Monday, and the ${word(p + 1)} committee said it would report back to the ${word(p + 2)} board before the end of the month, officials said.`,
    ),
    classification: [
      ['Language', 'ENGLISH'],
      ['Subject', `${word(1).toUpperCase()} (90%); ${word(2).toUpperCase()} (72%)`],
    ],
    loadDate: 'July 3, 2019',
  };
}

/** PDF.js's bare text extraction: open the document, each page's text content, nothing more. */
async function extractOnly(bytes: Uint8Array): Promise<void> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true });
  const document = await task.promise;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    await page.getTextContent();
    page.cleanup();
  }
  await task.destroy();
}

/** Throughput of the PDF reader against PDF.js's own text extraction, and the input it was measured on. */
export interface PdfFigures {
  mbPerSecond: number;
  baselineMbPerSecond: number;
  baselineRatio: number;
  input: { bytes: number; pages: number; documents: number };
}

/**
 * Measures `parseDocuments` (enrichment off) on an invented 100-document Nexis Uni PDF (running header and
 * footer, written with pdf-lib) in MB of upload per CPU-second, against PDF.js's bare text extraction of
 * the same bytes, fastest of interleaved runs.
 *
 * @example
 * ```ts
 * const { baselineRatio } = await pdfFigures();
 * ```
 */
export async function pdfFigures(): Promise<PdfFigures> {
  const documents = Array.from({ length: DOCUMENTS }, (_, n) => documentNumber(n));
  const bytes = await writePdf(nexisUniPdfParagraphs(documents, { cover: true, language: 'en' }), {
    header: 'Nexis Uni | Invented export',
    footer: 'Page # of ##',
  });
  await parseEveryDocument(bytes, DOCUMENTS); // warm-up (loads PDF.js) and correctness check
  let parser = Number.POSITIVE_INFINITY;
  let baseline = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    parser = Math.min(parser, await cpuMs(() => parseEveryDocument(bytes, DOCUMENTS)));
    baseline = Math.min(baseline, await cpuMs(() => extractOnly(bytes)));
  }
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const pages = (await task.promise).numPages;
  await task.destroy();
  const rate = (ms: number) => Number((bytes.length / MB / (ms / 1000)).toFixed(2));
  return {
    mbPerSecond: rate(parser),
    baselineMbPerSecond: rate(baseline),
    baselineRatio: Number((parser / baseline).toFixed(2)),
    input: { bytes: bytes.length, pages, documents: DOCUMENTS },
  };
}
