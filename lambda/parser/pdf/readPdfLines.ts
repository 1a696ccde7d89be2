import { ParseRejectionError } from '../errors';
import { extractPdfPages } from './extractPdfPages';
import { joinPdfParagraphs } from './joinPdfParagraphs';
import { orderPageLines } from './orderPageLines';
import type { PdfLimits } from './types';
import { withoutRunningFurniture } from './withoutRunningFurniture';

/**
 * Reads a PDF's text into lines as a DOCX gives them, one paragraph a line, for the layout readers: the
 * text of every page in reading order (columns, content streams drawn out of order), running headers,
 * footers and page numbers removed, lines joined into paragraphs and broken words rejoined.
 *
 * @throws {ParseRejectionError} `NO_TEXT_LAYER` for a PDF without any text (a scan), and those of
 *   {@link extractPdfPages}: `ENCRYPTED`, `CORRUPT_CONTAINER`, `TOO_MANY_PAGES`, `PDF_TOO_COMPLEX`.
 * @example
 * ```ts
 * const lines = await readPdfLines(bytes, { maxPages: 5_000, maxTextRuns: 5_000_000, maxMilliseconds: 60_000 }, 'The PDF');
 * ```
 */
export async function readPdfLines(bytes: Uint8Array, limits: PdfLimits, label: string): Promise<string[]> {
  const pages = await extractPdfPages(bytes, limits, label);
  if (pages.every((page) => page.runs.length === 0)) {
    throw new ParseRejectionError(
      'NO_TEXT_LAYER',
      `${label} has no text layer (a scan or images only); export it from the database as text, or run OCR first.`,
    );
  }
  return joinPdfParagraphs(withoutRunningFurniture(pages.map(orderPageLines)).flat());
}
