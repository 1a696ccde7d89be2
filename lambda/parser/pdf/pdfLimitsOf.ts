import type { ParseOptions } from '../types';
import { DEFAULT_MAX_PDF_MILLISECONDS, DEFAULT_MAX_PDF_PAGES, DEFAULT_MAX_PDF_TEXT_RUNS } from './limits';
import type { PdfLimits } from './types';

/**
 * The PDF caps of a parse: the options where given, the defaults otherwise.
 *
 * @example
 * ```ts
 * pdfLimitsOf({ maxPdfPages: 10 }).maxPages; // 10
 * ```
 */
export function pdfLimitsOf(options: ParseOptions): PdfLimits {
  return {
    maxPages: options.maxPdfPages ?? DEFAULT_MAX_PDF_PAGES,
    maxTextRuns: options.maxPdfTextRuns ?? DEFAULT_MAX_PDF_TEXT_RUNS,
    maxMilliseconds: options.maxPdfMilliseconds ?? DEFAULT_MAX_PDF_MILLISECONDS,
  };
}
