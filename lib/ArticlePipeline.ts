import { Duration, Names, Stack, Validations } from 'aws-cdk-lib';
import type { Dashboard } from 'aws-cdk-lib/aws-cloudwatch';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable, PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, type IFunction, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import { type Bucket, EventType, type IBucket, type NotificationKeyFilter } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { addIngestPermissions } from './addIngestPermissions';
import { bucketOwnerAccount } from './bucketOwnerAccount';
import { BY_PUBLICATION_INDEX, LOOKUP_INDEX } from './constants';
import { createIncomingBucket } from './createIncomingBucket';
import { createIngestFunction, type IngestFunction } from './createIngestFunction';
import { createIngestQueues } from './createIngestQueues';
import { createPipelineAlarms } from './createPipelineAlarms';
import { createPipelineDashboard } from './createPipelineDashboard';
import { createRecordTable } from './createRecordTable';
import { nagResourceFinding } from './nagResourceFinding';
import { resolvePipelineSettings } from './resolvePipelineSettings';
import { S3EventsQueueDestination } from './S3EventsQueueDestination';
import { streamConsumerFilters } from './streamConsumerFilters';
import type { AddConsumerOptions, ArticlePipelineProps, PipelineAlarms, PipelineSettings } from './types';

/** CDK's singleton that writes bucket notification configurations, one per stack. */
const BUCKET_NOTIFICATIONS_HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

/**
 * The article pipeline as one construct: an incoming S3 bucket whose `ObjectCreated:*` and
 * `ObjectRemoved:*` events go to an SQS queue (never straight to the function), an ingest function that
 * consumes the queue in batches with partial batch failures, a dead-letter queue, and the DynamoDB table of
 * article records with a stream for downstream consumers; least-privilege IAM, alarms and a dashboard.
 *
 * Secure by default: private, encrypted, TLS-only storage and queues; the bucket and table are retained
 * (and the table deletion-protected) when the stack goes, unless `removalPolicy` is `DESTROY`.
 *
 * The construct creates no CloudFormation outputs, so several pipelines fit in one stack; see
 * `addPipelineOutputs`.
 *
 * @example
 * ```ts
 * const pipeline = new ArticlePipeline(stack, 'Pipeline', { objectKeySuffix: '.txt', alarmTopic });
 * pipeline.grantUpload(uploaderRole);
 * pipeline.addConsumer(indexerFunction, { types: ['ARTICLE'] });
 * ```
 */
export class ArticlePipeline extends Construct {
  /** The bucket users upload to (created, or the `existingBucketObj`). */
  readonly bucket: IBucket;
  /** The bucket holding the incoming bucket's server access logs; absent for an existing bucket. */
  readonly accessLogsBucket?: Bucket;
  /** The queue that receives the bucket's events and feeds the ingest function. */
  readonly queue: Queue;
  /** Where a message goes after `maxReceiveCount` receives. */
  readonly deadLetterQueue: Queue;
  /** The ingest function. */
  readonly ingestFunction: NodejsFunction;
  /**
   * The ingest function's role. Its statements are in two policies attached to it: `DefaultPolicy` (logs,
   * S3, DynamoDB, SQS) and `IngestTracingPolicy` (X-Ray).
   */
  readonly ingestRole: Role;
  /** The ingest function's log group. */
  readonly ingestLogGroup: LogGroup;
  /** The table of source and article records. */
  readonly table: Table;
  /** The pipeline's alarms. */
  readonly alarms: PipelineAlarms;
  /** The pipeline's CloudWatch dashboard. */
  readonly dashboard: Dashboard;
  /** The Powertools service name the ingest function logs and publishes metrics under. */
  readonly serviceName: string;

  private readonly settings: PipelineSettings;
  private readonly alarmTopic?: ITopic;
  private consumerFailures?: { queue: Queue; alarm: Alarm };

  constructor(scope: Construct, id: string, props: ArticlePipelineProps = {}) {
    super(scope, id);
    this.settings = resolvePipelineSettings(props);
    this.alarmTopic = props.alarmTopic;
    this.serviceName = props.serviceName ?? Names.uniqueResourceName(this, { maxLength: 64, separator: '-' });

    const incoming = createIncomingBucket(this, this.settings, props);
    this.bucket = incoming.bucket;
    this.accessLogsBucket = incoming.accessLogsBucket;

    const queues = createIngestQueues(this, this.settings);
    this.queue = queues.queue;
    this.deadLetterQueue = queues.deadLetterQueue;
    this.subscribeQueueToBucket(props);

    this.table = createRecordTable(this, this.settings, props.tableProps);

    const ingest = createIngestFunction(this, this.settings, {
      tableName: this.table.tableName,
      serviceName: this.serviceName,
    });
    this.ingestFunction = ingest.fn;
    this.ingestRole = ingest.role;
    this.ingestLogGroup = ingest.logGroup;
    addIngestPermissions(this.ingestRole, { bucket: this.bucket, table: this.table });
    // Resumable ingest: an invocation that must stop before its timeout hands the rest of its file on with a
    // continuation message to its own queue (docs/store.md); a send, unlike a visibility change, is no receive.
    this.ingestFunction.addEnvironment('INGEST_QUEUE_URL', this.queue.queueUrl);
    this.ingestRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'SendContinuations',
        actions: ['sqs:SendMessage'],
        resources: [this.queue.queueArn],
      }),
    );
    this.ingestFunction.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: this.settings.batchSize,
        maxBatchingWindow: this.settings.maxBatchingWindow,
        maxConcurrency: this.settings.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );

    this.alarms = createPipelineAlarms(this, {
      queue: this.queue,
      deadLetterQueue: this.deadLetterQueue,
      fn: this.ingestFunction,
      table: this.table,
      queueAgeAlarmThreshold: this.settings.queueAgeAlarmThreshold,
      metricsNamespace: this.settings.metricsNamespace,
      serviceName: this.serviceName,
      alarmTopic: props.alarmTopic,
    });
    this.dashboard = createPipelineDashboard(this, {
      queue: this.queue,
      deadLetterQueue: this.deadLetterQueue,
      fn: this.ingestFunction,
      table: this.table,
      alarms: this.alarms,
      metricsNamespace: this.settings.metricsNamespace,
      serviceName: this.serviceName,
    });
    this.acknowledgeNagFindings(ingest);
  }

  /**
   * Lets `grantee` upload objects to the incoming bucket: `s3:PutObject` (which also covers the steps of a
   * multipart upload) and `s3:AbortMultipartUpload`, so a failed upload can clean up after itself; plus
   * `kms:GenerateDataKey` and `kms:Decrypt` on the bucket's key when it has one.
   *
   * @param keyPattern object keys the grant covers, e.g. `'exports/*'`
   * @example
   * ```ts
   * pipeline.grantUpload(uploaderRole, 'exports/*');
   * ```
   */
  grantUpload(grantee: IGrantable, keyPattern = '*'): Grant {
    const grant = Grant.addToPrincipal({
      grantee,
      actions: ['s3:PutObject', 's3:AbortMultipartUpload'],
      resourceArns: [this.bucket.arnForObjects(keyPattern)],
    });
    const key = this.bucket.encryptionKey;
    return key ? grant.combine(key.grant(grantee, 'kms:GenerateDataKey', 'kms:Decrypt')) : grant;
  }

  /**
   * Lets `grantee` read records: `GetItem`, `BatchGetItem`, `Query` and `Scan` on the table and on its two
   * indexes, named (not `index/*`). No write, no stream.
   *
   * @example
   * ```ts
   * pipeline.grantReadRecords(cliRole);
   * ```
   */
  grantReadRecords(grantee: IGrantable): Grant {
    const tableArn = this.table.tableArn;
    return Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:Scan'],
      resourceArns: [
        tableArn,
        `${tableArn}/index/${BY_PUBLICATION_INDEX.indexName}`,
        `${tableArn}/index/${LOOKUP_INDEX.indexName}`,
      ],
    });
  }

  /**
   * Subscribes `fn` to the table's stream, filtered server-side to the item `types` (and `eventNames`), so
   * the function is invoked only for records it wants. REMOVE records (deletes, TTL expiries) are matched
   * on their old image. Grants the stream read.
   *
   * Defaults, each overridable through `options`: start at `TRIM_HORIZON` (no change is skipped between
   * deploys), batches of 100, bisect a failing batch, 3 retries, then the failed batch's stream position is
   * sent to a shared encrypted failure queue (`consumerFailureQueue`) with an alarm on it.
   *
   * CDK's `DynamoEventSource` grants `fn` `dynamodb:ListStreams` on `*` besides the stream read on the
   * stream's ARN: ListStreams has no resource-level permission (the service authorization reference lists
   * no resource type for it), so `*` is the only resource IAM accepts for it. It lists stream ARNs, no data.
   *
   * @example
   * ```ts
   * pipeline.addConsumer(searchIndexer, { types: ['ARTICLE'], eventNames: ['INSERT', 'MODIFY'] });
   * ```
   */
  addConsumer(fn: IFunction, options: AddConsumerOptions): DynamoEventSource {
    const { types, eventNames, ...eventSourceOptions } = options;
    const filters = streamConsumerFilters(types, eventNames).map((pattern) => FilterCriteria.filter(pattern));
    const source = new DynamoEventSource(this.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      bisectBatchOnError: true,
      retryAttempts: 3,
      onFailure: eventSourceOptions.onFailure ?? new SqsDlq(this.sharedConsumerFailureQueue()),
      ...eventSourceOptions,
      filters,
    });
    // Grants fn the stream read, plus dynamodb:ListStreams on `*`: ListStreams has no resource-level
    // permission, so IAM accepts no narrower resource for it (docs/deploy.md, "Least privilege").
    fn.addEventSource(source);
    return source;
  }

  /**
   * The queue that receives the stream positions of consumer batches that failed every retry, with an
   * alarm on it; created by the first `addConsumer` that brings no `onFailure` of its own.
   */
  get consumerFailureQueue(): Queue | undefined {
    return this.consumerFailures?.queue;
  }

  private sharedConsumerFailureQueue(): Queue {
    this.consumerFailures ??= this.createConsumerFailures();
    return this.consumerFailures.queue;
  }

  private createConsumerFailures(): { queue: Queue; alarm: Alarm } {
    const queue = new Queue(this, 'ConsumerFailureQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(queue).acknowledge(
      {
        id: 'AwsSolutions-SQS3',
        reason: 'This is the on-failure destination of the stream consumers, itself a dead-letter queue.',
      },
      {
        id: 'Serverless-SQSRedrivePolicy',
        reason: 'This is the on-failure destination of the stream consumers: the end of their failure path.',
      },
    );
    const alarm = new Alarm(this, 'ConsumerFailuresAlarm', {
      alarmDescription:
        'A stream consumer gave up on a batch: its stream positions are in the consumer failure queue.',
      metric: queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (this.alarmTopic) {
      alarm.addAlarmAction(new SnsAction(this.alarmTopic));
      alarm.addOkAction(new SnsAction(this.alarmTopic));
    }
    return { queue, alarm };
  }

  private subscribeQueueToBucket(props: ArticlePipelineProps): void {
    const destination = new S3EventsQueueDestination(this.queue, bucketOwnerAccount(this, this.bucket));
    const filters: NotificationKeyFilter[] =
      props.objectKeyPrefix || props.objectKeySuffix
        ? [{ prefix: props.objectKeyPrefix, suffix: props.objectKeySuffix }]
        : [];
    // `ObjectCreated:*`, not `:Put`, or multipart uploads and copies would be missed.
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, destination, ...filters);
    this.bucket.addEventNotification(EventType.OBJECT_REMOVED, destination, ...filters);
  }

  /** Findings that are inherent to this design, acknowledged on the narrowest construct with the reason. */
  private acknowledgeNagFindings(ingest: IngestFunction): void {
    const ingestPolicy = this.ingestRole.node.findChild('DefaultPolicy');
    Validations.of(ingestPolicy).acknowledge({
      id: nagResourceFinding(this, this.bucket.arnForObjects('*')),
      reason:
        'The function reads whichever object an S3 event names: any key of the incoming bucket, and only ' +
        's3:GetObject on it.',
    });
    Validations.of(ingest.tracingPolicy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments and PutTelemetryRecords have no resource-level permissions.',
    });
    Validations.of(this.ingestFunction).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'The function is invoked only by its SQS event source, synchronously; a function DLQ applies to ' +
        'asynchronous invocations. Failed messages go to the queue redrive dead-letter queue.',
    });
    const eventSourceMapping = this.ingestFunction.node.children.find((child) =>
      child.node.id.startsWith('SqsEventSource'),
    );
    if (eventSourceMapping) {
      Validations.of(eventSourceMapping).acknowledge({
        id: 'Serverless-LambdaEventSourceMappingDestination',
        reason:
          'SQS event source mappings support no on-failure destination; the queue redrive policy moves ' +
          'a message that failed maxReceiveCount times to the dead-letter queue.',
      });
    }
    const notificationsHandler = Stack.of(this).node.tryFindChild(BUCKET_NOTIFICATIONS_HANDLER_ID);
    if (notificationsHandler) {
      Validations.of(notificationsHandler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's BucketNotificationsHandler, which writes the bucket notification configuration at deploy " +
          'time; its S3 permission is scoped to this bucket.',
      });
    }
  }
}
