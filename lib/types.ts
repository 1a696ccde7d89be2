/** Types at the infrastructure's boundary: the props of `ArticlePipeline` and its integration methods. */
import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableProps } from 'aws-cdk-lib/aws-dynamodb';
import type { DynamoEventSourceProps } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { BucketProps, IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';

/** Item types stored in the table (docs/table-design.md); stream consumers filter on them. */
export type RecordType = 'SOURCE' | 'ARTICLE' | 'INDEX' | 'CHUNK';

/** Stream event names a consumer can subscribe to. */
export type StreamEventName = 'INSERT' | 'MODIFY' | 'REMOVE';

/** Log levels of Powertools Logger and Lambda's application log level. */
export type PipelineLogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/** The table settings a user may change; keys, indexes, stream and TTL are the records' contract and are fixed. */
export type RecordTableOverrides = Pick<
  TableProps,
  'tableName' | 'encryption' | 'encryptionKey' | 'contributorInsightsSpecification' | 'tableClass'
>;

export interface ArticlePipelineProps {
  /**
   * A bucket to ingest from instead of creating one. Its notifications for this pipeline are still wired;
   * its encryption, versioning, logging and retention stay the owner's business.
   * @default - a new versioned, encrypted, TLS-only, access-logged bucket
   */
  readonly existingBucketObj?: IBucket;
  /**
   * Overrides merged over the new bucket's secure defaults (a top-level key replaces the default, e.g.
   * `lifecycleRules`). Not allowed together with `existingBucketObj`.
   * @default - no overrides
   */
  readonly bucketProps?: Partial<BucketProps>;
  /**
   * Only keys that start with this prefix produce events.
   * @default - every key
   */
  readonly objectKeyPrefix?: string;
  /**
   * Only keys that end with this suffix produce events. Beware: `.txt` skips `.docx` and `.zip` uploads,
   * which the parser reads (docs/formats.md); the parser tells formats from the bytes, so most stacks
   * leave this unset.
   * @default - every key
   */
  readonly objectKeySuffix?: string;
  /**
   * What happens to the stored data when the stack is deleted or a resource is replaced.
   * `RETAIN` keeps the bucket, its log bucket, the table (with deletion protection on) and the log group.
   * `DESTROY`, for a dev stack, deletes them and empties the buckets first.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Overrides of the table's settings (name, encryption key, contributor insights, table class).
   * @default - a CloudFormation-generated name, encryption with the AWS-managed `aws/dynamodb` key
   */
  readonly tableProps?: RecordTableOverrides;
  /**
   * The ingest function's memory. Lambda allots CPU in proportion: 1024 MB on arm64 parses a 25 MB export
   * in about a second and leaves room for the decoded text (UTF-16 in V8, so twice the bytes) and its
   * articles; the DynamoDB writes that follow are network-bound and do not need more.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * The ingest function's timeout. It bounds a whole batch, not one object: a maximum-size export is
   * estimated at a few seconds (about 1 s to parse 25 MB, then hundreds of batched writes), so ten of them
   * fit with room for a cold start, throttling back-off and slow reads. A timeout fails the whole batch,
   * and a failed message returns only after the visibility timeout (six times this value), so headroom is
   * cheap and a much longer timeout only slows retries. A benchmark refines this.
   * @default Duration.minutes(2)
   */
  readonly timeout?: Duration;
  /**
   * Bundle the AWS SDK into the function (from its ES modules, tree-shaken) instead of using the copy in the
   * Lambda runtime. Bundled, the function pins the tested SDK version and starts faster, both to load and
   * through its first event (`npm run bench -- coldStart`, docs/performance.md); `false` keeps the bundle
   * small (277 KB against 756 KB) and takes the runtime's SDK.
   * @default true
   */
  readonly bundleAwsSdk?: boolean;
  /**
   * SQS messages (S3 events) per invocation.
   * @default 10
   */
  readonly batchSize?: number;
  /**
   * How long the event source gathers messages before invoking, trading latency for fewer invocations
   * under load.
   * @default Duration.seconds(1)
   */
  readonly maxBatchingWindow?: Duration;
  /**
   * Most concurrent invocations by the event source (2–1000). This, not reserved concurrency, limits the
   * function: throttled reserved-concurrency invocations count as receives and dead-letter messages.
   * @default 10
   */
  readonly maxConcurrency?: number;
  /**
   * Receives before SQS moves a message to the dead-letter queue. The handler records a `FAILED` source on
   * the last receive.
   * @default 5
   */
  readonly maxReceiveCount?: number;
  /**
   * Largest object the function reads, in bytes; larger ones are rejected as `TOO_LARGE`.
   * @default 26_214_400 (25 MiB)
   */
  readonly maxObjectBytes?: number;
  /**
   * Days a `DELETED` article and its source's tombstone stay before DynamoDB's TTL removes them.
   * @default 30
   */
  readonly deletedRetentionDays?: number;
  /**
   * Let the handler take an article's publication date from its object key when the text states none
   * (`DATE_FROM_KEY`; the key formats it reads are the ingest handler's documentation).
   * @default false
   */
  readonly publishedDateFromKey?: boolean;
  /**
   * Write an index row per extracted person, organization and place, so that `articlesByEntity` (access
   * pattern 4, `query --entity`) finds the articles mentioning them (`INDEX_ENTITIES`). Off, the entities
   * are still stored in each article and on the stream, and each article costs one write unit less per
   * entity: 6.3 for the generated 4 KB articles ($11.03 → $7.07 a million), 16 for the seed story
   * ($17.98 → $7.98; docs/performance.md).
   * @default true
   */
  readonly indexEntities?: boolean;
  /**
   * Store each article's text gzip-packed in its item's `body`, its display fields beside it
   * (`PACK_ARTICLE_BODIES`; docs/store.md). Off, articles that fit one item are stored as plain attributes,
   * about 2.7 write units an article more for a 4 KB article.
   * @default true
   */
  readonly packArticleBodies?: boolean;
  /**
   * Powertools log level, also set as Lambda's application log level so the two agree.
   * @default 'INFO'
   */
  readonly logLevel?: PipelineLogLevel;
  /**
   * Retention of the ingest function's log group.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * Powertools service name: the `service` key of every log line and the dimension of custom metrics.
   * @default - a name unique to this construct in its stack, so two pipelines' metrics stay apart
   */
  readonly serviceName?: string;
  /**
   * CloudWatch namespace of the function's custom metrics.
   * @default 'ArticlePipeline'
   */
  readonly metricsNamespace?: string;
  /**
   * Topic notified when an alarm fires and when it recovers.
   * @default - alarms without actions (visible on the dashboard and in the console)
   */
  readonly alarmTopic?: ITopic;
  /**
   * Age of the oldest queued message that raises the backlog alarm. A failed message comes back after the
   * visibility timeout (six times the function timeout), so the default fires on a message that failed
   * twice or on a backlog of half an hour.
   * @default Duration.minutes(30)
   */
  readonly queueAgeAlarmThreshold?: Duration;
  /**
   * Days the access-log bucket keeps server access logs.
   * @default 90
   */
  readonly accessLogsRetentionDays?: number;
}

/** How `ArticlePipeline.addConsumer` subscribes a function to the table's stream. */
export interface AddConsumerOptions
  extends Partial<Omit<DynamoEventSourceProps, 'filters' | 'filterEncryption'>> {
  /** Item types the consumer receives, e.g. `['ARTICLE']`. Events of other types never invoke it. */
  readonly types: RecordType[];
  /**
   * Stream events the consumer receives.
   * @default - all: INSERT, MODIFY and REMOVE (a TTL expiry is a REMOVE)
   */
  readonly eventNames?: StreamEventName[];
}

/** `ArticlePipelineProps` with every default applied and every range checked. */
export interface PipelineSettings {
  readonly removalPolicy: RemovalPolicy;
  /** True when the stored data survives stack deletion (RETAIN or RETAIN_ON_UPDATE_OR_DELETE). */
  readonly retainData: boolean;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly visibilityTimeout: Duration;
  readonly bundleAwsSdk: boolean;
  readonly batchSize: number;
  readonly maxBatchingWindow: Duration;
  readonly maxConcurrency: number;
  readonly maxReceiveCount: number;
  readonly maxObjectBytes: number;
  readonly deletedRetentionDays: number;
  readonly publishedDateFromKey: boolean;
  readonly indexEntities: boolean;
  readonly packArticleBodies: boolean;
  readonly logLevel: PipelineLogLevel;
  readonly logRetention: RetentionDays;
  readonly metricsNamespace: string;
  readonly queueAgeAlarmThreshold: Duration;
  readonly accessLogsRetentionDays: number;
}

/**
 * The pipeline's CloudWatch alarms, each notifying `alarmTopic` when it fires and when it recovers; what
 * each means and what to do is the runbook in docs/deploy.md.
 */
export interface PipelineAlarms {
  /** A message reached the dead-letter queue: an object could not be processed `maxReceiveCount` times. */
  readonly deadLetterMessages: Alarm;
  /** The handler failed a message inside a batch (its `messagesFailed` metric), which Lambda does not count. */
  readonly failedMessages: Alarm;
  /** The ingest function threw or timed out (per-message failures are reported, not thrown). */
  readonly functionErrors: Alarm;
  /** Lambda throttled the ingest function: the account's concurrency is exhausted. */
  readonly functionThrottles: Alarm;
  /** The oldest queued message is older than `queueAgeAlarmThreshold`: a backlog or repeated failures. */
  readonly oldestMessageAge: Alarm;
  /** Sustained throttled requests on the table (3 of 5 minutes). */
  readonly tableThrottles: Alarm;
  /** Sustained DynamoDB system errors (HTTP 500) on the table (3 of 5 minutes). */
  readonly tableSystemErrors: Alarm;
  /** Sustained read or write throttle events on the `byPublication` index. */
  readonly byPublicationIndexThrottles: Alarm;
  /** Sustained read or write throttle events on the `lookup` index. */
  readonly lookupIndexThrottles: Alarm;
}
