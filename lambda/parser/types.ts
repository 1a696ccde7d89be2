/** Types at the parser's boundary: what `parseFile` takes and returns. */

/** The text formats the parser reads, detected from the text itself. */
export type SourceFormat = 'pressreader' | 'nexis' | 'plain';

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
  /** sha256 hex of the document's text after decoding, LF line ends, trailing white space trimmed. */
  contentHash: string;
  warnings: string[];
}

/** Machine-readable reasons a file gives no article. */
export type RejectionCode =
  | 'EMPTY'
  | 'BINARY'
  | 'UNSUPPORTED_FORMAT'
  | 'TOO_LARGE'
  | 'DECOMPRESSED_TOO_LARGE'
  | 'CORRUPT_COMPRESSION'
  | 'NO_ARTICLE';

export interface Rejection {
  code: RejectionCode;
  /** One human-readable sentence, naming the format where one was recognised. */
  message: string;
}

/** How the bytes were decoded, for logs and the source record. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ParseResult =
  | { ok: true; format: SourceFormat; encoding: TextEncoding; compressed: boolean; articles: ParsedArticle[] }
  | { ok: false; rejection: Rejection };

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
}
