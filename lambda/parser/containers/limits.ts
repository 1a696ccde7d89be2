/** Default caps of the container layer (each one a parser option) and its fixed bounds. */

/** Total bytes inflated from one upload's members: four times a 1,000-document Nexis Uni DOCX. */
export const DEFAULT_MAX_INFLATED_BYTES = 134_217_728;

/** Members one archive may list: a Nexis Uni ZIP of one DOCX per document holds up to 1,000. */
export const DEFAULT_MAX_MEMBERS = 10_000;

/** Inflated-to-compressed ratio: Word XML compresses 10-30×, a zip bomb about 1,000×. */
export const DEFAULT_MAX_COMPRESSION_RATIO = 200;

/** Members smaller than this when inflated are never refused for their ratio: they cost nothing. */
export const RATIO_FLOOR_BYTES = 1_048_576;

/** Compressed bytes fed to inflate at a time, so inflated output arrives in bounded chunks. */
export const INFLATE_INPUT_CHUNK_BYTES = 65_536;

/** How deep ZIPs may nest: a ZIP of ZIPs is read, a ZIP inside those is not. */
export const MAX_ZIP_DEPTH = 2;

/** A single XML tag longer than this is corrupt (Word writes tags of a few hundred bytes). */
export const MAX_XML_TAG_CHARS = 65_536;

/** Characters of one DOCX paragraph kept; a longer one is cut (a real paragraph is a few thousand). */
export const MAX_PARAGRAPH_CHARS = 1_000_000;
