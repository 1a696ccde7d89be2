/** Types of the PDF reader: positioned text from a page, the lines built from it, and its caps. */

/** One run of text on a page, in PDF user space (points, y growing upwards). */
export interface PdfTextRun {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** The font size the run is drawn at. */
  size: number;
}

/** The text runs of one page, in content-stream order, and the page's height. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  height: number;
  runs: PdfTextRun[];
}

/** One printed line of a page (or of one column of it), in reading order. */
export interface PdfLine {
  text: string;
  /** 1-based page number. */
  page: number;
  x: number;
  right: number;
  y: number;
  size: number;
  /** Which flow of its page the line belongs to, counted in reading order (a column, a full-width band). */
  flow: number;
  /** A column's left and right edges; null for a line that spans the page's text area. */
  column: { left: number; right: number } | null;
}

/** Text runs of one page that sit on one line and touch: a line, or a column's share of it. */
export interface PdfFragment {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Caps on the work one PDF may cost; each one a parser option. */
export interface PdfLimits {
  /** Pages read at most: a PDF with more is refused before any page is read. */
  maxPages: number;
  /** Text runs read at most, over all pages. */
  maxTextRuns: number;
  /** Time the text extraction may take, in milliseconds, checked as each page's text arrives. */
  maxMilliseconds: number;
}
