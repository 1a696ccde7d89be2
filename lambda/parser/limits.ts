/** Size limits and bounds that keep the parser's work linear in its input. */

/** Default largest input, in bytes, before and after decompression: a 10 MB export with room to spare. */
export const DEFAULT_MAX_BYTES = 26_214_400;

/** Lines longer than this are never headers, bylines, labels or dates, so no pattern is tried on them. */
export const MAX_HEADER_LINE_CHARS = 300;

/** A byline longer than this is kept as printed but not split into authors. */
export const MAX_BYLINE_CHARS = 500;

/** Only this many characters at the start of a first paragraph are searched for a dateline. */
export const MAX_DATELINE_CHARS = 100;

/**
 * Characters of body that enrichment reads, at most. Enrichment holds tokens and candidates for all it
 * reads (50 to 130 bytes of memory a character, measured), so a multi-megabyte body enriched whole would
 * cost more memory than the function has; 200,000 characters is some 33,000 words, five times a long
 * feature. Word count and reading time still cover the whole body.
 */
export const MAX_ENRICHED_CHARS = 200_000;

/** How many bytes are sampled to tell text from binary and to spot UTF-16 without a byte-order mark. */
export const SNIFF_SAMPLE_BYTES = 8_192;

/** How many characters at the start of the decoded text are read to spot HTML, XML or RTF. */
export const SNIFF_TEXT_CHARS = 1_024;

/**
 * Characters of text that the parser's first pass (format, white space, HTML) keeps for the second to
 * read again rather than decode afresh: every file of the bench corpus (and most uploads) fits, and
 * it bounds what a big file costs to hold twice.
 */
export const REPLAY_CHARS = 1_048_576;
