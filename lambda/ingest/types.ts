/** Types of the ingest function. */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { S3ObjectEvent } from '../s3/types';
import type { RecordStore } from '../store/RecordStore';
import type { ApplyAction } from '../store/types';

/** The function's settings, from its environment (see loadIngestConfig). */
export interface IngestConfig {
  tableName: string;
  /** Objects over this size are `REJECTED` unread. */
  maxObjectBytes: number;
  /** The queue's maxReceiveCount: on this receive a failing message records its source `FAILED`. */
  maxReceiveCount: number;
  /** Days `DELETED` records are kept before TTL removes them. */
  deletedRetentionDays: number;
  /** Take `publishedDate` from a `YYYY/MM/DD` in the key when the file and metadata give none. */
  dateFromKey: boolean;
  /** Write an index row per extracted entity (the store's `indexEntities`). */
  indexEntities: boolean;
  /** Store article text gzip-packed (the store's `packArticleBodies`). */
  packArticleBodies: boolean;
  /** Path-style S3 addressing, for S3-compatible local servers. */
  s3ForcePathStyle: boolean;
  /**
   * The function's own queue, where an invocation that must stop before its deadline sends the
   * continuation of its file. Without it an invocation never stops early (it runs into its timeout).
   */
  ingestQueueUrl: string | undefined;
  /** Documents stored per batch: the unit of a checkpoint, between which an invocation may stop. */
  writeBatchDocuments: number;
}

/** What processing a message needs: created once per container. */
export interface IngestDependencies {
  config: IngestConfig;
  s3: S3Client;
  /** Sends continuations to the function's own queue. */
  sqs: SQSClient;
  store: RecordStore;
  logger: Logger;
  metrics: Metrics;
}

/** Per-invocation settings. */
export interface InvocationSettings {
  /** How long a write may hold a key: the invocation's remaining time plus a margin. */
  leaseMs: number;
  /** Milliseconds left before the invocation's timeout (Lambda's context); undefined outside Lambda. */
  remainingMs: () => number | undefined;
  /** Milliseconds the invocation had when it started; undefined outside Lambda. */
  budgetMs: number | undefined;
}

/** What the ingest function did with one S3 event or continuation. */
export type IngestAction = ApplyAction | 'handed-on';

/** The message being processed: who holds a lease, and whether it continues a write. */
export interface MessageContext {
  messageId: string;
  /** Present when the message is a continuation. */
  continuation?: Continuation;
}

/** What an SQS message of the ingest queue asks for. */
export type IngestMessage =
  /** Sent by S3 when a notification configuration is written: nothing to do. */
  | { kind: 'test' }
  | { kind: 'records'; events: S3ObjectEvent[] }
  /** The rest of a file, handed on by an invocation that stopped before its deadline. */
  | { kind: 'continuation'; continuation: Continuation };

/**
 * The body of a continuation message (docs/store.md, "Resumable writes"): which write to go on with. The
 * source item's progress is the checkpoint; `resumeAfter` and `slice` are what the sender recorded, for logs.
 */
export interface Continuation {
  bucket: string;
  /** The object key, decoded. */
  key: string;
  /** The sequencer of the S3 event the write is for. */
  sequencer: string;
  eventName: string;
  /** The object the write reads: a continuation that finds another one (or none) stops. */
  versionId: string | null;
  eTag: string;
  resumeAfter: number;
  /** The slice this message starts. */
  slice: number;
}

/**
 * What one invocation did with its S3 events, for its one INFO summary line: per-event success lines
 * are DEBUG, so at the default level a batch costs one line of logs, not one per object.
 */
export interface OutcomeCounts {
  /** Events whose object was parsed and its articles stored. */
  parsed: number;
  /** Events whose object was rejected (its reason is logged at WARN). */
  rejected: number;
  /** Events that marked a key's records deleted. */
  deleted: number;
  /** Events that changed nothing (stale, duplicate, or already applied). */
  skipped: number;
  /** Events that threw (each logged at ERROR); their message returns to the queue. */
  failed: number;
  /** Articles stored by the parsed events. */
  articles: number;
  /** `s3:TestEvent` messages acknowledged. */
  testEvents: number;
  /** Writes this invocation stopped before its deadline and handed on with a continuation. */
  handedOn: number;
}

/**
 * How one AWS SDK client retries and times out. The values, and why, are in `awsClientSettings.ts`;
 * `awsClientConfig` turns them into a client's configuration.
 */
export interface AwsClientSettings {
  /** Attempts per call, the first included (the SDK's standard retry mode and its retry quota). */
  maxAttempts: number;
  /**
   * Ceiling of the first retry's delay after a transient error (5xx, timeout, reset); it doubles per retry,
   * with full jitter. Throttling errors start from the SDK's own base (1 s).
   */
  transientBaseDelayMs: number;
  /**
   * Multiplies every back-off delay, transient and throttling. 1 in the function; tests shrink it. It never
   * changes which errors are retried or how many attempts are made.
   */
  delayScale: number;
  /** Longest wait for a TCP connection. */
  connectionTimeoutMs: number;
  /** Longest wait from sending a request to its response's headers; past it the SDK retries (`TimeoutError`). */
  requestTimeoutMs: number;
  /** Longest silence on the socket, also while a response body streams. */
  socketTimeoutMs: number;
}

/** The settings of each client the function makes. */
export interface AwsClientsSettings {
  s3: AwsClientSettings;
  dynamodb: AwsClientSettings;
  /** For the function's own messages (continuations); not for long polls, whose wait exceeds these timeouts. */
  sqs: AwsClientSettings;
}
