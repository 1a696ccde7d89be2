/** Types of local mode: the pipeline translated from the CloudFormation template, and its running state. */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { SQSEvent } from 'aws-lambda';

/** A CloudFormation template as the CDK synthesizes it (only the parts local mode reads). */
export interface CloudFormationTemplate {
  Resources?: Record<string, CloudFormationResource>;
  [section: string]: unknown;
}

export interface CloudFormationResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
  [attribute: string]: unknown;
}

/** Names and places that CloudFormation would assign in AWS and local mode assigns here. */
export interface LocalEnvironment {
  region: string;
  accountId: string;
  /** The stack name, prefix of every generated physical name. */
  stackName: string;
  /** The URL the local queue server gives a queue of this name. */
  queueUrl: (queueName: string) => string;
  /**
   * How much faster time runs here: queue and event-source waits are divided by it.
   * @default 60
   */
  timeScale: number;
}

export interface LocalBucket {
  logicalId: string;
  bucketName: string;
}

export interface LocalQueue {
  logicalId: string;
  queueName: string;
  queueArn: string;
  /** Attributes for CreateQueue, time-scaled (VisibilityTimeout) and with the redrive policy's ARN resolved. */
  attributes: Record<string, string>;
  /** The template's visibility timeout before scaling, in seconds (30 when it sets none, as SQS does). */
  templateVisibilityTimeoutSeconds: number;
  /** Redrive: where failed messages go and after how many receives. */
  redrive?: { deadLetterQueueLogicalId: string; maxReceiveCount: number };
}

export interface LocalTable {
  logicalId: string;
  tableName: string;
  createTable: CreateTableCommandInput;
  /** The TTL attribute, enabled after creation. */
  timeToLiveAttribute?: string;
}

/** A function local mode runs: its configuration from the template, its code from this repository. */
export interface LocalFunction {
  logicalId: string;
  functionName: string;
  /** Construct path from the template's metadata, e.g. `ArticlePipelineStack/Pipeline/Ingest/Resource`. */
  constructPath?: string;
  /** The exported name the template's `Handler` names (`index.handler` → `handler`). */
  exportName: string;
  /** The function's environment variables, intrinsic functions resolved to local names. */
  environment: Record<string, string>;
  timeoutSeconds: number;
  memorySizeMb: number;
  /** At most this many concurrent invocations (reserved concurrency), where the template sets it. */
  reservedConcurrency?: number;
}

/** An SQS event source mapping, as Lambda's pollers apply it. */
export interface LocalEventSourceMapping {
  logicalId: string;
  queueLogicalId: string;
  functionLogicalId: string;
  batchSize: number;
  /** The template's batching window, in seconds, before scaling. */
  maximumBatchingWindowSeconds: number;
  /** The batching window local mode waits, in milliseconds (scaled). */
  batchingWindowMs: number;
  /** `ScalingConfig.MaximumConcurrency`; Lambda's default when unset is as many as it scales to. */
  maximumConcurrency?: number;
  reportBatchItemFailures: boolean;
  enabled: boolean;
}

/** One queue configuration of a bucket's notification configuration. */
export interface LocalNotification {
  bucketLogicalId: string;
  queueLogicalId: string;
  /** As configured: `s3:ObjectCreated:*`, `s3:ObjectRemoved:Delete`… */
  events: string[];
  /** Filter values as S3 matches them: against the URL-encoded key. */
  prefix?: string;
  suffix?: string;
  /** The id S3 would generate for a configuration without one. */
  configurationId: string;
}

/** Everything local mode creates and runs, translated from one stack's template. */
export interface LocalPipelineDefinition {
  stackName: string;
  region: string;
  accountId: string;
  timeScale: number;
  buckets: LocalBucket[];
  queues: LocalQueue[];
  tables: LocalTable[];
  functions: LocalFunction[];
  eventSourceMappings: LocalEventSourceMapping[];
  notifications: LocalNotification[];
  /** Template properties local mode neither translates nor explicitly ignores (`Type.Property.Path`). */
  untranslated: string[];
}

/** Where the code of a function lives in this repository. */
export interface FunctionSource {
  /** Absolute path of the module. */
  entry: string;
  /** The exported handler; the template's `Handler` decides when omitted. */
  exportName?: string;
}

/** What became of one message after an invocation of its batch. */
export type MessageOutcome = 'deleted' | 'retried' | 'dead-lettered';

/** One message's fate, reported by the event source poller after each invocation. */
export interface SettledMessage {
  messageId: string;
  body: string;
  receiveCount: number;
  outcome: MessageOutcome;
  /** Why the batch or the item failed, for logs. */
  reason?: string;
}

/**
 * The result of running a handler once: its return value, or what it threw. `interrupted` marks an
 * invocation that did not end by itself: its environment was stopped (a timeout, a crash, local mode
 * stopping), so whatever it held (a lease on a key) was never released.
 */
export type InvocationResult =
  | { ok: true; response: unknown }
  | { ok: false; error: string; interrupted?: boolean };

/** Something that runs a Lambda handler with an SQS event. */
export type InvokeFunction = (event: SQSEvent) => Promise<InvocationResult>;

/** Endpoints and names a running local pipeline publishes in its state file, for the CLI's other commands. */
export interface LocalState {
  pid: number;
  startedAt: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  endpoints: { s3: string; dynamodb: string; sqs: string };
  bucket: string;
  table: string;
  queueUrl: string;
  deadLetterQueueUrl?: string;
  functionName: string;
  timeScale: number;
  /** Key prefix the notification filter listens on (decoded), '' when none. */
  keyPrefix: string;
  /** Processes local mode started (DynamoDB Local), so a later start can reap them if this one was killed. */
  childPids: number[];
}

/** An object local mode uploaded and the event it expects for it. */
export interface UploadedObject {
  file: string;
  key: string;
  size: number;
  /** The sequencer of the event local mode sent for this upload; undefined when no notification matched. */
  sequencer?: string;
}

/** What became of an uploaded object. */
export interface ProcessedObject extends UploadedObject {
  /**
   * `processed`: its message was deleted and its source is no longer `PROCESSING`; `dead-lettered`: it
   * went to the DLQ; `skipped`: no notification matches it; `unfinished`: neither, when the wait ran out.
   */
  delivery: 'processed' | 'dead-lettered' | 'skipped' | 'unfinished';
  reason?: string;
}

/** Messages of a queue, by state, as SQS counts them. */
export interface QueueDepth {
  visible: number;
  inFlight: number;
  delayed: number;
}

/** What local mode needs to know of a key's source item: whether it is finished, and whose lease holds it. */
export interface SourceState {
  /** `PROCESSING`, `PARSED`, `REJECTED`, `FAILED`, `DELETED`; undefined when the key has no source item. */
  status?: string;
  /** Epoch milliseconds at which a writer's lease on the key ends, when one was taken and not released. */
  leaseExpiresAt?: number;
  /** Documents a write in slices has stored so far (its checkpoint), while the source is `PROCESSING`. */
  documentsStored?: number;
  /**
   * A write in slices is under way (the source has `progress`): a first write (`PROCESSING`), and also a
   * rewrite, delete or rejection of a key already committed, whose status stays the committed one meanwhile.
   */
  writing?: boolean;
  /** How far a write in slices has got: documents stored plus documents removed (a delete, a shrinking rewrite). */
  progressMark?: number;
}
