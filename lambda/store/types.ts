/** Types of the record store: what it is given, what it stores, what it answers. See docs/store.md. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  ParsedArticle,
  ParsePosition,
  Rejection,
  RejectionCode,
  SourceFormat,
  TextEncoding,
} from '../parser/types';

/** A source's status. `PROCESSING` marks a key whose first write is under way (or was interrupted). */
export type SourceStatus = 'PROCESSING' | 'PARSED' | 'REJECTED' | 'FAILED' | 'DELETED';

/** An article's status. */
export type ArticleStatus = 'PARSED' | 'DELETED';

/** Kinds of entity the entity index rows serve (access pattern 4). */
export type EntityKind = 'person' | 'organization' | 'place';

/** Where an article's `publishedDate` came from. */
export type PublishedDateSource = 'file' | 'metadata' | 'key';

/** The S3 event that made the store look at a key: it orders writes for the key. */
export interface SourceEvent {
  bucket: string;
  /** The decoded object key. */
  key: string;
  /** The event's `s3.object.sequencer` (hex). */
  sequencer: string;
  /** e.g. `ObjectCreated:Put`, `ObjectRemoved:DeleteMarkerCreated`. */
  eventName: string;
}

/** The object as S3 returned it. */
export interface ObjectMetadata {
  /** null on an unversioned bucket. */
  versionId: string | null;
  /** Without the surrounding quotes. */
  eTag: string;
  size: number;
  /** ISO timestamp of the upload. */
  lastModified: string;
}

/** How the parser decoded the file. */
export interface ParseDetails {
  format: SourceFormat;
  encoding: TextEncoding;
  compressed: boolean;
}

/**
 * One member of a ZIP upload that could not be read (the others still were): its name, the rejection's
 * machine-readable `code` and its `message`. A source records these as `memberRejections`.
 */
export interface MemberRejection {
  /** The member's path in the ZIP, decoded; `outer.zip/inner.docx` for a nested one. */
  member: string;
  code: RejectionCode;
  message: string;
}

/** Rejected members of an outcome: the first ones (at most the store's cap) and how many there were. */
export interface MemberRejections {
  /**
   * Members that could not be read, in name order. Omitted or empty: every member was read (or the upload
   * was no ZIP).
   */
  memberRejections?: MemberRejection[];
}

/** A parsed article as the store receives it: the parser's output plus where its date came from. */
export interface ArticleInput extends ParsedArticle {
  publishedDateSource: PublishedDateSource | null;
}

/** What the key holds now, as the ingest function found it: the store makes the table match it. */
export type ObjectOutcome =
  | ({
      kind: 'parsed';
      object: ObjectMetadata;
      parse: ParseDetails;
      articles: ArticleInput[];
    } & MemberRejections)
  | ({ kind: 'rejected'; object: ObjectMetadata; rejection: Rejection } & MemberRejections)
  | { kind: 'deleted' };

/** What the key holds at the end of a write, without the articles (written batch by batch before). */
export type FinishOutcome =
  | ({ kind: 'parsed'; object: ObjectMetadata; parse: ParseDetails } & MemberRejections)
  | ({ kind: 'rejected'; object: ObjectMetadata; rejection: Rejection } & MemberRejections)
  | { kind: 'deleted' };

/** What {@link RecordStore.apply} did with an event. */
export type ApplyAction =
  /** Articles, index items and the source item were written. */
  | 'written'
  /** The stored sequencer is newer: the event is stale. */
  | 'skipped-older'
  /** Same sequencer and a parser version not newer: a redelivery. */
  | 'skipped-duplicate'
  /** Another writer holds the key for the same or a newer event; it reads S3 after this event's change. */
  | 'skipped-superseded'
  /** S3 holds what is already stored (same version and eTag): e.g. a noncurrent version was deleted. */
  | 'skipped-unchanged';

export interface ApplyResult {
  action: ApplyAction;
  /** The key's article ids after the call (the stored ones when skipped). */
  articleIds: string[];
}

/** The error recorded on a `FAILED` source. */
export interface SourceError {
  name: string;
  message: string;
  /** ISO timestamp. */
  at: string;
  /** The failing event. */
  eventName: string;
  sequencer: string;
  receiveCount: number;
}

/**
 * How far a write of a key has got, on its source item while the write runs in slices (docs/store.md,
 * "Resumable writes"): the checkpoint a later slice of the same write resumes after, and what readers show
 * as progress. The commit removes it; a final failure keeps it.
 */
export interface SourceProgress {
  /** The event the write is for: a slice continues it only for the same sequencer, parser and object. */
  sequencer: string;
  sequencerKey: string;
  parserVersion: string;
  parserVersionKey: string;
  /** The object the write reads: `<versionId>/<eTag>` (`versionId` empty on an unversioned bucket). */
  objectTag: string;
  versionId: string | null;
  eTag: string;
  /** ISO timestamp of the first slice: the `processedAt` of every article of the write. */
  startedAt: string;
  /** ISO timestamp of the last checkpoint. */
  updatedAt: string;
  /** Checkpoint: documents 1..this are stored, with their index rows and their stale rows deleted. */
  documentsStored: number;
  /** Index rows written by the write so far. */
  indexRowsWritten: number;
  /**
   * The parser's position of document `documentsStored`, with its resume point where it has one: the next
   * slice resumes there without re-reading the text before it (the parser ignores a point that does not match).
   */
  position?: ParsePosition;
  /** Documents in the file, once known (the parser finds out at the end). */
  totalDocuments?: number;
  /** Documents the file says it holds (the parser's `expectedDocuments`), where it says so: for progress reports only. */
  expectedDocuments?: number;
  /** At the end of a rewrite: documents past `totalDocuments` removed (tombstones) up to this one. */
  removedThrough?: number;
  /** Slices begun so far, this one included. */
  slices: number;
}

/** A write in flight as readers see it: how far it got, and until when its slice holds the key. */
export interface StoredProgress {
  sequencer: string;
  versionId: string | null;
  eTag: string;
  parserVersion: string;
  startedAt: string;
  updatedAt: string;
  documentsStored: number;
  indexRowsWritten: number;
  /** null until known. */
  totalDocuments: number | null;
  /** Documents the file says it holds (Nexis separator lines, a Nexis Uni cover page); null where it does not say. */
  expectedDocuments: number | null;
  slices: number;
  /** Epoch milliseconds a running slice's lease ends; null between slices (handed on, or interrupted). */
  leaseExpiresAt: number | null;
}

/** A source as readers see it (no table keys). */
export interface StoredSource {
  bucket: string;
  key: string;
  status: SourceStatus;
  versionId: string | null;
  eTag: string | null;
  size: number | null;
  lastModified: string | null;
  /** The sequencer of the last event written (a `FAILED` record does not advance it). */
  sequencer: string | null;
  eventName: string | null;
  articleIds: string[];
  articleCount: number;
  parserVersion: string | null;
  processedAt: string | null;
  format: SourceFormat | null;
  encoding: TextEncoding | null;
  compressed: boolean | null;
  /** Why a `REJECTED` source gave no article. */
  reason: Rejection | null;
  /**
   * ZIP members that could not be read, in name order (the first `MAX_RECORDED_MEMBER_REJECTIONS` (100));
   * empty when every member was read or the upload was no ZIP. A `PARSED` source with any is also listed
   * with the rejected sources (access pattern 5).
   */
  memberRejections: MemberRejection[];
  /** How many members could not be read in all (more than `memberRejections` lists past the cap). */
  memberRejectionCount: number;
  /** The last error of a `FAILED` source. */
  error: SourceError | null;
  /** TTL (epoch seconds) of a `DELETED` source. */
  expiresAt: number | null;
  /**
   * A write not yet committed (running in slices, or left by a final failure): how far it got. null when
   * the source is committed and nothing is under way.
   */
  progress: StoredProgress | null;
}

/** Where an article came from. */
export interface ArticleSource {
  bucket: string;
  key: string;
  versionId: string | null;
  documentIndex: number;
}

/** Fields every stored article has, `PARSED` or `DELETED`. */
export interface StoredArticleBase {
  id: string;
  status: ArticleStatus;
  source: ArticleSource;
}

/** A `PARSED` article as readers see it: the parsed fields, whole (reassembled when stored packed). */
export interface ParsedStoredArticle extends StoredArticleBase, ArticleInput {
  status: 'PARSED';
  parserVersion: string;
  processedAt: string;
  /** `publishedDate`, or the upload day when the article has none: what `byPublication` sorts by. */
  sortDate: string;
}

/** A `DELETED` article: id and source only, its text removed. */
export interface DeletedStoredArticle extends StoredArticleBase {
  status: 'DELETED';
  deletedAt: string;
  /** TTL, epoch seconds. */
  expiresAt: number;
}

export type StoredArticle = ParsedStoredArticle | DeletedStoredArticle;

/** Access pattern 1: a key's source and its articles. */
export interface SourceRecords {
  source: StoredSource;
  articles: StoredArticle[];
}

/** One page of a query. */
export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  cursor: string | null;
}

/** Paging of a query. */
export interface PageOptions {
  /**
   * Records per page.
   * @default 25
   */
  limit?: number;
  /** From a previous page. */
  cursor?: string | null;
}

/** Paging and date range of an article query by publication, author or entity. */
export interface ArticleQueryOptions extends PageOptions {
  /** Earliest sort date, `YYYY-MM-DD`, inclusive. */
  since?: string;
  /** Latest sort date, `YYYY-MM-DD`, inclusive. */
  until?: string;
}

/** How the store retries what DynamoDB did not process (`UnprocessedItems`, `UnprocessedKeys`, a held lease). */
export interface RetryOptions {
  /**
   * Attempts in all, the first included.
   * @default 8
   */
  maxAttempts?: number;
  /**
   * First back-off ceiling; doubles per attempt, with full jitter.
   * @default 50
   */
  baseDelayMs?: number;
  /**
   * Largest back-off ceiling.
   * @default 2_000
   */
  maxDelayMs?: number;
}

/** Attributes every item has (docs/table-design.md). */
export interface ItemBase {
  pk: string;
  sk: string;
  type: 'SOURCE' | 'ARTICLE' | 'INDEX' | 'CHUNK';
  schemaVersion: number;
}

/** The source item as stored. Lease attributes exist only while a write is under way or was interrupted. */
export interface SourceItem extends ItemBase {
  type: 'SOURCE';
  bucket: string;
  key: string;
  status: SourceStatus;
  versionId?: string | null;
  eTag?: string | null;
  size?: number | null;
  lastModified?: string | null;
  sequencer?: string;
  /** Lower-cased, zero-padded sequencer: compares as a string. */
  sequencerKey?: string;
  eventName?: string;
  articleIds?: string[];
  articleCount?: number;
  parserVersion?: string;
  parserVersionKey?: string;
  processedAt?: string;
  format?: SourceFormat;
  encoding?: TextEncoding;
  compressed?: boolean;
  reason?: Rejection;
  /** ZIP members that could not be read: the first `MAX_RECORDED_MEMBER_REJECTIONS` (100), in name order. */
  memberRejections?: MemberRejection[];
  /** Members that could not be read in all; present with `memberRejections`. */
  memberRejectionCount?: number;
  error?: SourceError;
  gsi2pk?: string;
  gsi2sk?: string;
  expiresAt?: number;
  leaseOwner?: string;
  /** Epoch milliseconds. */
  leaseExpiresAt?: number;
  leaseSequencerKey?: string;
  leaseParserVersionKey?: string;
  /** The SQS message whose processing holds the lease: its own later receive is no duplicate of it. */
  leaseMessageId?: string;
  /** A write under way in slices, or interrupted (see {@link SourceProgress}). */
  progress?: SourceProgress;
  /** Document counts of writes begun and not committed: how far a retry must look for leftovers. */
  pendingDocumentCounts?: Set<number>;
}

/**
 * The article item as stored. A packed article (the default) keeps the display and filter fields as
 * attributes and the whole article in `body` or chunks.
 */
export interface ArticleItem extends ItemBase, Partial<ArticleInput> {
  type: 'ARTICLE';
  id: string;
  status: ArticleStatus;
  source: ArticleSource;
  parserVersion?: string;
  processedAt?: string;
  sortDate?: string;
  /** `gzip-json`: the article's fields, as gzip-compressed JSON, in `body` or in `chunkCount` chunk items. */
  bodyEncoding?: 'gzip-json';
  body?: Uint8Array;
  chunkCount?: number;
  /** sha256 hex of the packed bytes: a reader checks the chunks it reassembles against it. */
  bodySha256?: string;
  deletedAt?: string;
  expiresAt?: number;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
  /**
   * Partitions (`pk`) of the article's author and entity index rows; each row's `sk` is
   * `<sortDate>#<id>` of this item. How a rewrite finds the rows to remove (docs/store.md).
   */
  indexPartitions?: string[];
  /**
   * Index rows of an earlier version that may still exist while this item's write is uncommitted, as
   * `<pk>\n<sk>`; a committed write has deleted them.
   */
  staleIndexKeys?: string[];
}

/**
 * An author or entity index row, keyed for its query: `pk` = `AUTHOR#<name>#<shard>` or
 * `ENTITY#<kind>#<name>#<shard>`, `sk` = `<sortDate>#<id>`.
 */
export interface IndexItem extends ItemBase {
  type: 'INDEX';
  id: string;
  /** The name as printed. */
  name: string;
}

/** The key of an index row. */
export interface IndexRowKey {
  pk: string;
  sk: string;
}

/** How articles are written: options of {@link RecordStore} passed to every write. */
export interface ArticleWriteOptions {
  /**
   * Store every article's fields gzip-packed in `body`, a few display and filter fields kept outside; false
   * packs only articles too large for one item.
   * @default true
   */
  packArticleBodies: boolean;
  /**
   * Write entity index rows (access pattern 4); false keeps the entities in the article only.
   * @default true
   */
  indexEntities: boolean;
}

/** A slice of a packed article too large for one item. */
export interface ChunkItem extends ItemBase {
  type: 'CHUNK';
  id: string;
  index: number;
  data: Uint8Array;
}

/** Every item an article writes. */
export interface ArticleItems {
  article: ArticleItem;
  indexItems: IndexItem[];
  chunks: ChunkItem[];
}

/** What every store operation needs. */
export interface StoreContext {
  client: DynamoDBDocumentClient;
  tableName: string;
  retry: Required<RetryOptions>;
  /** DynamoDB calls one operation keeps in flight at once. */
  concurrency: number;
}
