/** Types of the record browser (`article-pipeline browse`): what its pages show and what it reads. */
import type { Page, StoredArticle, StoredSource } from '../../lambda/store/types';
import type { KeyState, KeyStatus } from '../types';

/** Sources by state, as the overview counts them. */
export type StatusCounts = Record<KeyState, number>;

/** Articles of one publication on one day. */
export interface PublicationDay {
  publication: string;
  day: string;
  count: number;
}

/** A name and how many articles carry it. */
export interface NameCount {
  name: string;
  count: number;
}

/** What the overview page shows. */
export interface OverviewData {
  counts: StatusCounts;
  /** Articles stored as `PARSED`. */
  articleCount: number;
  /** Where the counts come from: the stream's aggregates, or a listing of the bucket. */
  countsFrom: 'aggregates' | 'listing';
  /** Messages in the dead-letter queue; null when the target names none. */
  deadLetterDepth: number | null;
  /** Rejected and failed sources, most recent first. */
  recentProblems: StoredSource[];
  perDay: PublicationDay[];
  topPublications: NameCount[];
  topAuthors: NameCount[];
  topEntities: NameCount[];
  /** How many articles the author and entity tops were counted over. */
  sampledArticles: number;
}

/** A filter of the sources page. */
export interface SourceFilter {
  prefix: string;
  /** Empty: every state. */
  state: KeyState | '';
  limit: number;
  cursor: string | null;
}

/** What the search page asks for: one selector, a date range, a page. */
export interface SearchCriteria {
  publication?: string;
  author?: string;
  entity?: string;
  status?: 'REJECTED' | 'FAILED' | 'DELETED';
  since?: string;
  until?: string;
  limit: number;
  cursor: string | null;
}

/** A search's page: articles, or sources for a status search. */
export type SearchPage =
  | { records: 'articles'; page: Page<StoredArticle> }
  | { records: 'sources'; page: Page<StoredSource> };

/** The source file of an article, as text. */
export interface SourceText {
  lines: string[];
  /** The file was larger than what was read, or was not text. */
  note: string | null;
}

/** An article and what its page links to. */
export interface ArticleView {
  article: StoredArticle;
  source: StoredSource | undefined;
  /** Articles with the same content hash, or the same vendor document id (`sourceDocumentId`), elsewhere. */
  sameContent: StoredArticle[];
  sourceText: SourceText | null;
}

/** What a reprocess or redrive did, in one sentence. */
export interface ActionResult {
  message: string;
}

/**
 * Everything the browser reads or does, through the CLI's own store, status, query, reprocess and redrive
 * code. Pages never talk to AWS themselves.
 */
export interface BrowseData {
  /** `local pipeline (pid 4242)`, `stack ArticlePipeline in eu-west-1`. */
  description: string;
  bucket: string;
  overview(): Promise<OverviewData>;
  sources(filter: SourceFilter): Promise<Page<KeyStatus>>;
  article(id: string): Promise<ArticleView | undefined>;
  sourceRecords(key: string): Promise<{ status: KeyStatus | undefined; articles: StoredArticle[] }>;
  search(criteria: SearchCriteria): Promise<SearchPage>;
  /** What a reprocess of `prefix` would send: counted, nothing sent. */
  planReprocess(prefix: string): Promise<ActionResult>;
  reprocess(prefix: string): Promise<ActionResult>;
  redrive(): Promise<ActionResult>;
  /** Closes the clients. */
  close(): void;
}

/** What the stream's aggregates answer for the overview (see lambda/aggregates). */
export interface AggregateSnapshot {
  counts: StatusCounts;
  articleCount: number;
  perDay: PublicationDay[];
  topPublications: NameCount[];
}

/** Reads the aggregates; undefined when the table has none (no consumer attached). */
export interface AggregateReader {
  read(): Promise<AggregateSnapshot | undefined>;
}
