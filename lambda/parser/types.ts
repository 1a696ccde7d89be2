/** Types at the parser's boundary (what `parseDocuments` and `parseFile` take and give) and its internal shapes. */

/** The text formats this parser reads, detected from the text itself. */
export type KnownSourceFormat =
  | 'pressreader'
  | 'nexis'
  | 'nexis-uni'
  | 'plain'
  | 'factiva'
  // Other news databases (issue 18), read by lazy-loaded readers in `vendors/`.
  | 'proquest'
  | 'europresse'
  | 'integrum'
  | 'mediargus';

/**
 * A record's format: an open enumeration (schema version 3). The parser gives a {@link KnownSourceFormat};
 * a reader accepts any string, since a newer parser may add a format.
 */
// `string & {}` keeps the known names in editors' completion; the type is still any string.
export type SourceFormat = KnownSourceFormat | (string & {});

/** One index term of a news database (a Nexis `SUBJECT:` line entry), with its relevance score in percent. */
export interface IndexTerm {
  term: string;
  /** Relevance in percent, `ELECTIONS (91%)` → 91; null where the source gives none. */
  score: number | null;
}

/** Index fields of the source, by kind; each list empty where the source has none. */
export interface IndexTerms {
  subject: IndexTerm[];
  organization: IndexTerm[];
  person: IndexTerm[];
  geographic: IndexTerm[];
  /** Industry terms (Factiva, Nexis `INDUSTRY:`, Nexis Uni `Industry:`); absent where the layout has no such field. */
  industry?: IndexTerm[];
  /** Vendor classification codes, apart from descriptors; enrichment never reads them as entities. */
  codes?: ClassificationCode[];
}

/** A vendor's classification code: Factiva `NS`/`RE`/`IN`/`CO` codes and the like. */
export interface ClassificationCode {
  /** The code list, as the vendor names it (`NS`, `RE`, `IN`, `CO`). */
  scheme: string;
  code: string;
  /** The code's label where the source prints one, else null. */
  label: string | null;
}

/** Where an article came from inside its upload, when the upload is a container (DOCX, ZIP, …). */
export interface ArticleContainer {
  /** The container's kind: `docx`, `zip`, `pdf`, `rtf`, `html`, `email`; open. */
  kind: 'docx' | 'zip' | 'pdf' | 'rtf' | 'html' | 'email' | (string & {});
  /** The ZIP member's path, decoded (UTF-8 or CP437); for a nested ZIP, `outer.zip/inner.docx`; absent for a container of one text. */
  member?: string;
}

/** The vendor's own id of a document (Factiva AN, ProQuest document ID, Nexis document id, Europresse number). */
export interface SourceDocumentId {
  vendor: string;
  id: string;
}

/** A direct quotation in the body and who said it (enrichment). */
export interface Quote {
  text: string;
  /** The speaker's full name as used in the article, or null when the text does not say. */
  speaker: string | null;
}

/** A named entity with how often the article mentions it (enrichment). */
export interface EntityMention {
  name: string;
  mentions: number;
  /** Relevance from the source's index terms (Nexis `PERSON: … (90%)`), when the entity came from there. */
  score?: number | null;
}

export interface Entities {
  people: EntityMention[];
  organizations: EntityMention[];
  places: EntityMention[];
}

/** What enrichment adds to a parsed article. */
export interface Enrichment {
  quotes: Quote[];
  entities: Entities;
  /** The first sentence of the body, or null for an empty body. */
  lead: string | null;
  sentenceCount: number;
  /** Whole minutes at 230 words a minute, at least 1 for a non-empty body. */
  readingTimeMinutes: number;
}

/** One article as the parser returns it: DESIGN.md's "parsed article" table, camelCase. */
export interface ParsedArticle extends Enrichment {
  /** 1-based position of the document in its file. */
  documentIndex: number;
  format: SourceFormat;
  publication: string | null;
  headline: string | null;
  subheadline: string | null;
  /** The byline as printed, without a leading dash. */
  byline: string | null;
  /** People credited, in reading case; the organization where the byline names only one. */
  authors: string[];
  /** The place as printed, agency tag and dash removed. */
  dateline: string | null;
  paragraphs: string[];
  /** BCP 47 code. */
  language: string | null;
  country: string | null;
  /** ISO date (YYYY-MM-DD) where the file states one. */
  publishedDate: string | null;
  section: string | null;
  edition: string | null;
  page: string | null;
  statedWordCount: number | null;
  indexTerms: IndexTerms;
  /** Whitespace-separated words in `paragraphs`. */
  wordCount: number;
  /**
   * sha256 hex of the document's text after decoding, white space ignored: the UTF-8 bytes of its words
   * joined by single spaces (every run of white space, line ends included, collapsed to one space; the
   * ends trimmed). The same document exported as classic Nexis TXT, HTML and RTF shares it.
   */
  contentHash: string;
  warnings: string[];
  /** Where the article came from inside its upload, when that is a container (schema version 3). */
  container?: ArticleContainer;
  /** The vendor's own document id, where the source prints one (schema version 3). */
  sourceDocumentId?: SourceDocumentId;
  /** Which lines each field came from, and what the other lines were (schema version 3; see README). */
  provenance?: Provenance;
}

/**
 * A half-open range `[start, end)` of 0-based line numbers in the text the parser read: the decoded
 * file (lines as `splitLines` ends them: LF, CRLF, CR, form feed, Unicode line separators), or for a
 * container the text its reader produced.
 */
export type LineRange = [start: number, end: number];

/**
 * What the parser decided a line was. Open: a reader may add roles; a consumer shows an unknown one as
 * it is. Lines that fed a field have the field's role (`headline`, `body`, `field` for a labelled
 * metadata field, `header` for a header line read as metadata).
 */
export type LineRole =
  | 'headline'
  | 'subheadline'
  | 'byline'
  | 'dateline'
  | 'body'
  | 'header'
  | 'field'
  | 'index'
  | 'label'
  | 'furniture'
  | 'footer'
  | 'copyright'
  | 'kicker'
  | 'factbox'
  | 'separator'
  | 'blank'
  | 'ignored'
  | (string & {});

/** The fields provenance names ranges for: the article's own field names. */
export type ProvenanceField =
  | 'publication'
  | 'headline'
  | 'subheadline'
  | 'byline'
  | 'dateline'
  | 'language'
  | 'country'
  | 'publishedDate'
  | 'section'
  | 'edition'
  | 'page'
  | 'statedWordCount'
  | 'indexTerms'
  | 'sourceDocumentId';

/**
 * Where each field of an article came from, as line ranges of the text the parser read (never the
 * text itself), and what every line of the document was. Line numbers are 0-based, ranges half-open.
 */
export interface Provenance {
  /** The document's lines `[start, end)`, separator included where the format has one. */
  span: LineRange;
  /** For each field the article filled, the ranges it was read from; absent for a field left empty. */
  fields: Partial<Record<ProvenanceField, LineRange[]>>;
  /** For each paragraph, in order, the ranges it was read from. */
  paragraphs: LineRange[][];
  /** The roles of the span's lines in order, run-length: `[role, count]`; the counts add up to the span. */
  lines: [role: LineRole, count: number][];
  /** For a warning about particular lines: its index in `warnings` and those lines. */
  warnings: { index: number; lines: LineRange[] }[];
}

/** The rejection codes this parser gives. */
export type KnownRejectionCode =
  | 'EMPTY'
  | 'BINARY'
  | 'UNSUPPORTED_FORMAT'
  | 'TOO_LARGE'
  | 'DECOMPRESSED_TOO_LARGE'
  | 'CORRUPT_COMPRESSION'
  | 'NO_ARTICLE'
  /** A defect in the parser itself: it caught its own error instead of throwing. */
  | 'PARSER_ERROR'
  /** A ZIP or DOCX holds more members than the member cap. */
  | 'TOO_MANY_MEMBERS'
  /** A member inflates more than the compression-ratio cap allows: the shape of a zip bomb. */
  | 'COMPRESSION_RATIO_TOO_HIGH'
  /** A ZIP or DOCX that is truncated or corrupt; the message names what broke. */
  | 'CORRUPT_CONTAINER'
  /** A password-protected or encrypted DOCX, ZIP member or PDF. */
  | 'ENCRYPTED'
  /** A ZIP inside a ZIP inside a ZIP: one level of nesting is read; HTML with elements nested over 2,000 deep. */
  | 'NESTED_TOO_DEEP'
  /** A document (DOCX) with no text at all, such as images only. */
  | 'NO_TEXT'
  /** A document with text but no news-export layout the parser knows. */
  | 'UNRECOGNIZED_LAYOUT'
  /** An RTF file that is truncated or breaks RTF's syntax; the message names what broke. */
  | 'CORRUPT_RTF'
  /** An RTF file nesting groups deeper than any word processor writes. */
  | 'RTF_TOO_DEEP'
  /** A Word 97-2003 binary document (`.doc`, not RTF inside): save it as DOCX or RTF. */
  | 'LEGACY_WORD_DOC'
  /** A vendor export (Factiva XML, …) whose markup is broken; the message names the layout and what broke. */
  | 'MALFORMED_EXPORT'
  /** An e-mail (MIME) with more parts than the part cap: the shape of a MIME bomb. */
  | 'TOO_MANY_PARTS'
  /** An e-mail part whose encoded body is over the part-size cap (huge base64). */
  | 'PART_TOO_LARGE'

  /** A PDF without any text (a scan, or images only). */
  | 'NO_TEXT_LAYER'
  /** A PDF with more pages than the page cap. */
  | 'TOO_MANY_PAGES'
  /** A PDF whose text takes more than the time or text-run cap to extract (a huge or looping object graph). */
  | 'PDF_TOO_COMPLEX';

/** Machine-readable reasons a file gives no article: an open enumeration (schema version 3). */
export type RejectionCode = KnownRejectionCode | (string & {});

export interface Rejection {
  code: RejectionCode;
  /** One human-readable sentence, naming the format where one was recognised. */
  message: string;
}

/** How the bytes were decoded, for logs and the source record (Windows-1251 only where an HTML file declares it). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1251';

export type ParseResult =
  | {
      ok: true;
      format: KnownSourceFormat;
      encoding: TextEncoding;
      compressed: boolean;
      articles: ParsedArticle[];
    }
  | { ok: false; rejection: Rejection };

/** Where a document stands in its upload: a later slice resumes after it. */
export interface ParsePosition {
  /** The document's 1-based `documentIndex`, counted across the whole upload. */
  documentIndex: number;
  /**
   * Where splitting can start again to resume after this document without re-reading the text before it
   * (a Nexis text export; absent for other formats). Serializable; ignored, and the file split from the
   * start, when it does not match the bytes (another file, parser version or format).
   */
  resume?: ResumePoint;
}

/**
 * A place in a text upload where splitting can start again: the start of a piece of the text (just after
 * a line end) at or before the document's end, with what the splitter had counted there.
 */
export interface ResumePoint {
  /** Byte offset of the piece in the upload's bytes (after gunzip, for a gzip upload). */
  byte: number;
  /** The text's line number (0-based) of the piece's first line. */
  line: number;
  /** Documents opened (separators seen) before the piece. */
  documents: number;
  /** A fingerprint of the parser version, format, encoding, offset and the bytes just before it. */
  check: string;
}

/** Where a splitter starts: documents opened before its first line, and that line's number. */
export interface SplitStart {
  documents: number;
  line: number;
}

/** The numbers a Nexis separator prints: `8 of 383 DOCUMENTS`. */
export interface NexisSeparator {
  number: number;
  total: number;
}

/** What the bytes of an upload turned out to be, before any document is read. */
export interface ParsedFileInfo {
  format: KnownSourceFormat;
  encoding: TextEncoding;
  compressed: boolean;
  /** The wrapping of the upload, for a DOCX or ZIP. */
  container?: ArticleContainer;
}

/**
 * One step of {@link parseDocuments}: `file` comes first and once (unless the upload is rejected outright),
 * then each `article` in upload order with its position, or a single `rejected` instead of any article.
 * A ZIP's `member-rejected` events come after `file`, or, when no member gave an article, just before the
 * `rejected`. The set of kinds is open: a consumer ignores a kind it does not know.
 */
export type ParseEvent =
  | ({ kind: 'file' } & ParsedFileInfo & ExpectedDocuments)
  /** One member of a ZIP could not be read; the other members still are. */
  | { kind: 'member-rejected'; member: string; rejection: Rejection }
  | { kind: 'article'; article: ParsedArticle; position: ParsePosition }
  | { kind: 'rejected'; rejection: Rejection };

/** What the `file` event may add: how many documents the upload says it holds. */
export interface ExpectedDocuments {
  /**
   * Documents the upload says it holds, where it says so (Nexis separator lines, a Nexis Uni DOCX's
   * cover page): an expectation for progress reports, never a count. Absent when it says nothing plain.
   */
  expectedDocuments?: number;
}

/** Options of {@link parseDocuments}: those of `parseFile`, and where to resume. */
export interface ParseDocumentsOptions extends ParseOptions {
  /**
   * Yield only the documents after this one: those at or before it are split but never finished
   * (no enrichment), so a later slice of ingest does no work twice. No `NO_ARTICLE` rejection is
   * given when nothing follows it.
   * @default undefined (from the first document)
   */
  resumeAfter?: ParsePosition;
}

export interface ParseOptions {
  /**
   * Largest input accepted, in bytes (after decompression too).
   * @default 26_214_400 (25 MiB: a 10 MB export with room to spare)
   */
  maxBytes?: number;
  /**
   * Run enrichment (quotes, entities, lead, counts). Off only for measuring the parser alone.
   * @default true
   */
  enrich?: boolean;
  /**
   * Record each article's `provenance` (line ranges of its fields, roles of its lines). Off only for
   * measuring what it costs.
   * @default true
   */
  provenance?: boolean;
  /**
   * Largest total of bytes inflated from the members of a DOCX or ZIP upload (its own setting, apart
   * from `maxBytes`): a 1,000-document Nexis Uni DOCX inflates to about 30 MB.
   * @default 134_217_728 (128 MiB)
   */
  maxInflatedBytes?: number;
  /**
   * Most members one ZIP or DOCX may list.
   * @default 10_000
   */
  maxMembers?: number;
  /**
   * Largest inflated-to-compressed ratio of a member over 1 MiB inflated.
   * @default 200
   */
  maxCompressionRatio?: number;
  /**
   * Most pages a PDF may have (`TOO_MANY_PAGES`).
   * @default 5_000
   */
  maxPdfPages?: number;
  /**
   * Most text runs PDF.js may return over a PDF's pages (`PDF_TOO_COMPLEX`).
   * @default 5_000_000
   */
  maxPdfTextRuns?: number;
  /**
   * Longest a PDF's text extraction may take, in milliseconds (`PDF_TOO_COMPLEX`).
   * @default 60_000
   */
  maxPdfMilliseconds?: number;
}

/**
 * What a format parser finds in one document, before the fields every format shares (word count,
 * enrichment) are added. Internal to the parser.
 */
export type ArticleDraft = Omit<ParsedArticle, keyof Enrichment | 'wordCount' | 'contentHash'> & {
  /** The lines of its document that the article spans, for its content hash. */
  lineSpan: LineSpan;
};

/** A half-open range `[start, end)` of line numbers (0-based) of a document's lines. */
export interface LineSpan {
  start: number;
  end: number;
}

/** Where a first paragraph's dateline was found: the place as printed and the paragraph without it. */
export interface DatelineSplit {
  dateline: string | null;
  paragraph: string;
}

/** A Nexis date line read: the ISO date and whatever followed it on the line (often the edition). */
export interface NexisDate {
  isoDate: string;
  rest: string | null;
}

/** A Nexis `SECTION:` value read: `METRO; Pg. B1` gives section `METRO`, page `B1`. */
export interface NexisSection {
  section: string | null;
  page: string | null;
}

/** A headline with the deck Nexis may append after a `;`. */
export interface HeadlineWithDeck {
  headline: string;
  deck: string | null;
}

/** What the bytes turned out to be before any text is read. */
export type ByteSniff =
  | { kind: 'text' }
  | { kind: 'gzip' }
  | { kind: 'binary' }
  | { kind: 'unsupported'; formatName: string };

/** Text and the encoding it was decoded from. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** The lines of one decoded, normalized piece of a file, and the byte where the next piece starts. */
export interface LineBatch {
  text: string;
  lines: string[];
  /** The end of the piece in the file's bytes (exclusive): where decoding resumes. */
  end: number;
  /** No line holds white space other than U+0020: no tab, no Unicode space (see {@link SpacesSeen}). */
  plainSpaces: boolean;
}

/** What a reader knows of the white space of the lines it has handed on so far. */
export interface SpacesSeen {
  /**
   * True while no line handed on holds white space other than U+0020 (no tab, no Unicode space): a
   * content hash of those lines then skips its own search for such white space.
   */
  readonly plainSpaces: boolean;
}

/** What the parser knows of a file before it reads any document, and its lines from the start. */
export interface PreparedText extends ParsedFileInfo, ExpectedDocuments, SpacesSeen {
  /** The file's lines in batches (a piece of the text each), read afresh as they are asked for; once only. */
  batches(): Iterable<readonly string[]>;
  /**
   * The lines from a resume point on, decoded from its byte (nothing before it is read again); null when
   * the point does not match these bytes. Use instead of `batches()`.
   */
  batchesFrom(point: ResumePoint): Iterable<readonly string[]> | null;
  /** The piece being read: its first byte and the text's line number of its first line. */
  readonly cursor: Readonly<TextCursor>;
  /** The fingerprint a resume point at `byte` carries. */
  resumeCheck(byte: number): string;
}

/** A piece of the text being read: where it starts in the bytes, and its first line's number. */
export interface TextCursor {
  byte: number;
  line: number;
}

/** One document's own lines, as a format's splitter cuts them from the file. */
export interface DocumentLines {
  /** 1-based position of the document in its file. */
  documentIndex: number;
  /** Documents opened before the batch of lines in which this one ended (for a resume point). */
  documentsBeforeBatch: number;
  /** The text's line number (0-based) of the document's first line (after its separator, if any). */
  firstLine: number;
  lines: string[];
}

/** A document's draft and its content hash, ready to be finished. */
export interface DocumentDraft {
  draft: ArticleDraft;
  contentHash: string;
  /** Nexis: documents opened before the batch of lines in which this one ended (for a resume point). */
  documentsBeforeBatch?: number;
}

/** One PressReader page: its own lines, and its blocks as line ranges of them. */
export interface PressReaderPage {
  documentIndex: number;
  /** The text's line number (0-based) of the page's first line. */
  firstLine: number;
  lines: string[];
  /** Block `b` is the lines `[blockStarts[b], blockEnds[b])`: footer, furniture and blank lines end a block. */
  blockStarts: number[];
  blockEnds: number[];
  footers: PressReaderFooter[];
}

/** Text in pieces that each end at a line end (but the last), and the encoding it was decoded from. */
export interface DecodedChunks {
  chunks: string[];
  encoding: TextEncoding;
}

/** A file's encoding and where its text starts (after a UTF-8 byte-order mark). */
export interface DetectedEncoding {
  encoding: TextEncoding;
  textStart: number;
}

/** What a PressReader footer line says: `Newspapers in English`, `Newspapers from United States`. */
export type PressReaderFooter = { kind: 'language'; code: string } | { kind: 'country'; name: string };

/** An article body: its paragraphs and the dateline cut from the first one. */
export interface ArticleBody {
  paragraphs: string[];
  dateline: string | null;
}

/** One Nexis document's lines `[start, end)` of the lines given with it. */
export interface NexisDocumentRange {
  /** 1-based position in the file, whatever number the separator prints. */
  documentIndex: number;
  start: number;
  end: number;
}

/** The raw parts of one Nexis document, sorted by where they stand; values not yet interpreted. */
export interface NexisDocumentParts {
  /** Lines before the first label: copyright, publication, date, edition, an unlabelled headline. */
  header: string[];
  /** Field values by label, wrapped lines joined; a label given twice keeps both values, `; `-joined. */
  fields: Map<string, string>;
  /** Lines of the `BODY:` field as printed, blank lines kept; null when there is no `BODY:` label. */
  body: string[] | null;
  /** Unlabelled lines after a field's value ended, blank lines kept. */
  orphans: string[];
  /** Document line numbers of `header`, `body` and `orphans`, entry for entry (provenance). */
  headerLines: number[];
  bodyLines: number[];
  orphanLines: number[];
  /** Each label's lines `[start, end)`, label line included, in document order. */
  fieldLines: Map<string, [number, number][]>;
  /** Blank lines and the `BODY:` label line, for the line roles. */
  blankLines: number[];
  labelLines: number[];
}

/** What {@link readNexisHeader} took a header line for (lines it passes over get no call). */
export type NexisHeaderRole = 'publication' | 'publishedDate' | 'edition' | 'headline' | 'furniture';

/** What the header lines of a Nexis document say. */
export interface NexisHeader {
  publication: string | null;
  publishedDate: string | null;
  edition: string | null;
  /** The unlabelled headline lines, for exports without `HEADLINE:`. */
  headline: string | null;
}
