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
