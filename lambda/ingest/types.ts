/** Types of the ingest function. */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import type { RecordStore } from '../store/RecordStore';

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
}

/** What processing a message needs: created once per container. */
export interface IngestDependencies {
  config: IngestConfig;
  s3: S3Client;
  store: RecordStore;
  logger: Logger;
  metrics: Metrics;
}

/** Per-invocation settings. */
export interface InvocationSettings {
  /** How long a write may hold a key: the invocation's remaining time plus a margin. */
  leaseMs: number;
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
