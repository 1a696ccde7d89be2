import { ParseRejectionError } from '../errors';
import { loadPdfjs } from './loadPdfjs';
import type { PdfLimits, PdfPage, PdfTextRun } from './types';

/** What PDF.js's text content items look like (its marked-content items have no `str`). */
interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/** Text drawn with any rotation or skew is never the body (stamps, margin notes): it is left out. */
function isUpright(transform: readonly number[]): boolean {
  const [a, b, c, d] = transform as [number, number, number, number];
  return a > 0 && d > 0 && Math.abs(b) <= a * 0.01 && Math.abs(c) <= d * 0.01;
}

function runOf(item: TextItem): PdfTextRun | null {
  const { str, transform, width } = item;
  if (str === undefined || transform === undefined || str.trim() === '' || !isUpright(transform)) return null;
  const [, , , d, e, f] = transform as [number, number, number, number, number, number];
  if (![d, e, f, width ?? 0].every(Number.isFinite)) return null;
  return { text: str, x: e, y: f, width: Math.max(0, width ?? 0), size: d };
}

/** A PDF.js failure as a rejection: a password is `ENCRYPTED`, anything else a damaged file. */
function rejectionOf(error: unknown, label: string): ParseRejectionError {
  if (error instanceof ParseRejectionError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') {
    return new ParseRejectionError(
      'ENCRYPTED',
      `${label} is password-protected; remove the password (or export it again) and upload it again.`,
    );
  }
  // PDF.js's messages may end with their own full stop.
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '');
  return new ParseRejectionError('CORRUPT_CONTAINER', `${label} is damaged and cannot be read: ${reason}.`);
}

/**
 * Runs `work`, but gives up with `PDF_TOO_COMPLEX` once `deadline` (a `performance.now()` time) passes.
 * PDF.js yields to the event loop as it interprets a page, so the timer fires even mid-page.
 */
async function beforeDeadline<T>(work: Promise<T>, deadline: number, late: () => Error): Promise<T> {
  const left = deadline - performance.now();
  if (left <= 0) {
    work.catch(() => {});
    throw late();
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), left);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    work.catch(() => {});
  }
}

/**
 * Extracts the positioned text of every page of a PDF with PDF.js (text only: no fonts loaded, no
 * images decoded, nothing rendered), bounded by `limits`: a PDF with more pages than `maxPages` is refused
 * before any page is read, and text runs and time are counted as pages are read.
 *
 * @throws {ParseRejectionError} `ENCRYPTED` for a PDF that needs a password, `CORRUPT_CONTAINER` for one
 *   PDF.js cannot read, `TOO_MANY_PAGES`, `PDF_TOO_COMPLEX` past the text-run or time cap.
 * @example
 * ```ts
 * const pages = await extractPdfPages(bytes, { maxPages: 5_000, maxTextRuns: 5_000_000, maxMilliseconds: 60_000 }, 'The PDF');
 * pages[0]?.runs[0]?.text;
 * ```
 */
export async function extractPdfPages(
  bytes: Uint8Array,
  limits: PdfLimits,
  label: string,
): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  const deadline = performance.now() + limits.maxMilliseconds;
  const late = () =>
    new ParseRejectionError(
      'PDF_TOO_COMPLEX',
      `${label} takes longer than ${limits.maxMilliseconds} ms to read; it is not a news export's shape.`,
    );
  let task: ReturnType<typeof pdfjs.getDocument> | undefined;
  try {
    task = pdfjs.getDocument({
      // A plain copy (never a Node.js Buffer, which PDF.js refuses): PDF.js hands its input to the worker
      // side, which detaches the buffer.
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      disableRange: true,
      disableStream: true,
      disableAutoFetch: true,
      stopAtErrors: false,
    });
    const document = await beforeDeadline(task.promise, deadline, late);
    if (document.numPages > limits.maxPages) {
      throw new ParseRejectionError(
        'TOO_MANY_PAGES',
        `${label} has ${document.numPages} pages, over the ${limits.maxPages}-page limit.`,
      );
    }
    const pages: PdfPage[] = [];
    let runs = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await beforeDeadline(document.getPage(number), deadline, late);
      const content = await beforeDeadline(page.getTextContent(), deadline, late);
      const [, y0 = 0, , y1 = 0] = page.view;
      const pageRuns: PdfTextRun[] = [];
      for (const item of content.items as TextItem[]) {
        const run = runOf(item);
        if (run !== null) pageRuns.push(run);
      }
      runs += pageRuns.length;
      if (runs > limits.maxTextRuns) {
        throw new ParseRejectionError(
          'PDF_TOO_COMPLEX',
          `${label} holds more than ${limits.maxTextRuns} pieces of text; it is not a news export's shape.`,
        );
      }
      pages.push({ number, height: Math.abs(y1 - y0), runs: pageRuns });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw rejectionOf(error, label);
  } finally {
    await task?.destroy().catch(() => {});
  }
}
