import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PARSER_VERSION } from '../parser/version';
import { applyObjectOutcome } from './applyObjectOutcome';
import { articlesByAuthor } from './articlesByAuthor';
import { articlesByContentHash } from './articlesByContentHash';
import { articlesByEntity } from './articlesByEntity';
import { articlesByPublication } from './articlesByPublication';
import { articlesBySourceDocumentId } from './articlesBySourceDocumentId';
import { getArticles } from './getArticles';
import { getSourceRecords } from './getSourceRecords';
import { recordSourceFailure } from './recordSourceFailure';
import { SourceWrite, type SourceWriteRequest, type SourceWriteStart } from './SourceWrite';
import { sourcesByStatus } from './sourcesByStatus';
import type {
  ApplyResult,
  ArticleQueryOptions,
  ArticleWriteOptions,
  EntityKind,
  ObjectOutcome,
  Page,
  PageOptions,
  RetryOptions,
  SourceEvent,
  SourceRecords,
  StoreContext,
  StoredArticle,
  StoredSource,
} from './types';

/** Options of {@link RecordStore}. */
export interface RecordStoreOptions {
  /**
   * The DynamoDB client. A plain client is wrapped in a document client that drops `undefined` values;
   * a document client given here must do the same (`marshallOptions.removeUndefinedValues`).
   */
  client: DynamoDBClient | DynamoDBDocumentClient;
  tableName: string;
  /**
   * Version stored on every record; an event of an equal sequencer rewrites only for a newer one.
   * @default PARSER_VERSION
   */
  parserVersion?: string;
  /**
   * Days a `DELETED` article or source stays before DynamoDB's TTL removes it.
   * @default 30
   */
  deletedRetentionDays?: number;
  /** Back-off of retried batch requests and held keys. */
  retry?: RetryOptions;
  /**
   * DynamoDB calls one operation keeps in flight.
   * @default 8
   */
  concurrency?: number;
  /**
   * The clock.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Store every article's fields gzip-packed in `body` (the display and filter fields stay outside too):
   * a 4 KB article's item takes 3.3 write units instead of 6 (cost bench). False stores small articles plain;
   * articles too large for one item are packed either way. Readers through the store see no difference.
   * @default true
   */
  packArticleBodies?: boolean;
  /**
   * Write an index row per extracted person, organization and place (access pattern 4). False writes
   * none (the entities stay in the article, and `articlesByEntity` finds only articles written before):
   * 6.3 of the 15 write units of a typical 4 KB article (cost bench).
   * @default true
   */
  indexEntities?: boolean;
}

/** Longest a Lambda function runs: the lease of a write made outside one. */
const DEFAULT_LEASE_MS = 15 * 60 * 1000;

/**
 * The record store: one DynamoDB table (docs/table-design.md) written idempotently and in S3's order per
 * key, and read by every access pattern of DESIGN.md. See docs/store.md for the guarantees and how.
 *
 * @example
 * ```ts
 * const store = new RecordStore({ client: new DynamoDBClient({}), tableName: 'articles' });
 * await store.apply(event, { kind: 'deleted' });
 * const records = await store.getSourceRecords('incoming', 'a.txt');
 * const page = await store.articlesByPublication('Albuquerque Journal', { limit: 10 });
 * ```
 */
export class RecordStore {
  readonly #context: StoreContext;
  readonly #parserVersion: string;
  readonly #deletedRetentionDays: number;
  readonly #now: () => Date;
  readonly #writeOptions: ArticleWriteOptions;

  constructor(options: RecordStoreOptions) {
    const client =
      options.client instanceof DynamoDBDocumentClient
        ? options.client
        : DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.#context = {
      client,
      tableName: options.tableName,
      concurrency: options.concurrency ?? 8,
      retry: { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 2_000, ...options.retry },
    };
    this.#parserVersion = options.parserVersion ?? PARSER_VERSION;
    this.#deletedRetentionDays = options.deletedRetentionDays ?? 30;
    this.#now = options.now ?? (() => new Date());
    this.#writeOptions = {
      packArticleBodies: options.packArticleBodies ?? true,
      indexEntities: options.indexEntities ?? true,
    };
  }

  /**
   * Makes the table match what the event's key holds now. `leaseMs` bounds how long the write may hold
   * the key: pass more than the time left to run (in Lambda, the remaining time plus a margin).
   */
  apply(
    event: SourceEvent,
    outcome: ObjectOutcome,
    options: { leaseMs?: number } = {},
  ): Promise<ApplyResult> {
    return applyObjectOutcome(this.#context, event, outcome, {
      parserVersion: this.#parserVersion,
      deletedRetentionDays: this.#deletedRetentionDays,
      leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
      now: this.#now,
      ...this.#writeOptions,
    });
  }

  /**
   * Begins a write that may run in slices (the ingest function's): claims the key for `event` and returns
   * the {@link SourceWrite} that stores documents batch by batch, hands on, or finishes; or why nothing is
   * to be written. `leaseMs` bounds how long this slice may hold the key.
   */
  beginWrite(
    event: SourceEvent,
    request: SourceWriteRequest,
    options: { leaseMs?: number } = {},
  ): Promise<SourceWriteStart> {
    return SourceWrite.begin(this.#context, event, request, {
      parserVersion: this.#parserVersion,
      deletedRetentionDays: this.#deletedRetentionDays,
      leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
      now: this.#now,
      ...this.#writeOptions,
    });
  }

  /** Marks the event's key `FAILED` with `error` (its last allowed attempt); false if the event is stale. */
  recordFailure(event: SourceEvent, error: unknown, receiveCount: number): Promise<boolean> {
    return recordSourceFailure(this.#context, event, { error, receiveCount, now: this.#now() });
  }

  /** Access pattern 1: a key's source and articles, or undefined when the key was never seen. */
  getSourceRecords(bucket: string, key: string): Promise<SourceRecords | undefined> {
    return getSourceRecords(this.#context, bucket, key);
  }

  /** Articles by id, whole, in the order asked. */
  getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    return getArticles(this.#context, ids);
  }

  /** Access pattern 2: a publication's articles, newest first. */
  articlesByPublication(publication: string, options?: ArticleQueryOptions): Promise<Page<StoredArticle>> {
    return articlesByPublication(this.#context, publication, options);
  }

  /** Access pattern 3: an author's articles, case-insensitive, newest first. */
  articlesByAuthor(author: string, options?: ArticleQueryOptions): Promise<Page<StoredArticle>> {
    return articlesByAuthor(this.#context, author, options);
  }

  /** Access pattern 4: articles that mention a person, organization or place, newest first. */
  articlesByEntity(
    kind: EntityKind,
    name: string,
    options?: ArticleQueryOptions,
  ): Promise<Page<StoredArticle>> {
    return articlesByEntity(this.#context, kind, name, options);
  }

  /** Access pattern 5: sources rejected, failed or deleted, most recent first. */
  sourcesByStatus(
    status: 'REJECTED' | 'FAILED' | 'DELETED',
    options?: PageOptions,
  ): Promise<Page<StoredSource>> {
    return sourcesByStatus(this.#context, status, options);
  }

  /** Access pattern 6: articles with the same content hash. */
  articlesByContentHash(contentHash: string, options?: PageOptions): Promise<Page<StoredArticle>> {
    return articlesByContentHash(this.#context, contentHash, options);
  }

  /** Articles that carry a vendor's document id (`sourceDocumentId`), across uploads, newest first. */
  articlesBySourceDocumentId(
    vendor: string,
    id: string,
    options?: PageOptions,
  ): Promise<Page<StoredArticle>> {
    return articlesBySourceDocumentId(this.#context, vendor, id, options);
  }
}
