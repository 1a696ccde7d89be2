/** Default caps of the PDF reader (each one a parser option) and its layout tolerances. */

/** Pages one PDF may have: a 100-document Nexis Uni PDF is some 400 pages. */
export const DEFAULT_MAX_PDF_PAGES = 5_000;

/** Text runs one PDF may hold over all its pages: about 100 times a real 400-page export. */
export const DEFAULT_MAX_PDF_TEXT_RUNS = 5_000_000;

/** Time text extraction may take: half the function's 2-minute timeout. */
export const DEFAULT_MAX_PDF_MILLISECONDS = 60_000;

/** Runs whose baselines differ by less than this share of their font size sit on one line. */
export const SAME_LINE_SHARE = 0.5;

/** A gap between runs on one line wider than this many font sizes may be a column gutter. */
export const GUTTER_GAP_SIZES = 1.2;

/** Lines side by side across a gutter needed before a page region is read as columns. */
export const MIN_COLUMN_ROWS = 3;

/** A line is full (its paragraph goes on) when it ends within this share of its flow's width from the right edge. */
export const FULL_LINE_SLACK = 0.25;

/** Baseline steps larger than this many font sizes are a paragraph gap. */
export const PARAGRAPH_GAP_SIZES = 1.7;

/** A line starting this many font sizes right of the line above is indented: a new paragraph. */
export const INDENT_SIZES = 1.5;

/** Running headers and footers are looked for among this many lines at the top and at the bottom of each page. */
export const FURNITURE_LINES = 2;

/** Two lines of different pages sit at the same place when their baselines differ by less than this, in points. */
export const SAME_PLACE_POINTS = 2;
