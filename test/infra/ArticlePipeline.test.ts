import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { onlyResource, type SynthesizedPipeline, synthesizePipelineStack } from './testApp';

/** The default stack, as `cdk deploy` creates it. */
let synthesized: SynthesizedPipeline;

beforeAll(() => {
  synthesized = synthesizePipelineStack();
});

function logicalIdOf(type: string, predicate: (properties: Record<string, unknown>) => boolean): string {
  const matches = Object.entries(synthesized.template.findResources(type)).filter(([, resource]) =>
    predicate((resource as { Properties?: Record<string, unknown> }).Properties ?? {}),
  );
  if (matches.length !== 1) throw new Error(`expected one matching ${type}, found ${matches.length}`);
  return matches[0]![0];
}

const incomingBucketId = () => logicalIdOf('AWS::S3::Bucket', (p) => p.VersioningConfiguration !== undefined);
const accessLogsBucketId = () =>
  logicalIdOf('AWS::S3::Bucket', (p) => p.VersioningConfiguration === undefined);
// The default stack also holds the aggregates consumer (its function, and the consumer failure queue).
const logicalIdOfConstruct = (construct: IConstruct) =>
  synthesized.stack.getLogicalId(construct.node.defaultChild as CfnElement);
const queueId = () => logicalIdOfConstruct(synthesized.stack.pipeline.queue);
const deadLetterQueueId = () => logicalIdOfConstruct(synthesized.stack.pipeline.deadLetterQueue);
const consumerFailureQueueId = () => logicalIdOfConstruct(synthesized.stack.pipeline.consumerFailureQueue!);
const ingestFunctionId = () => logicalIdOfConstruct(synthesized.stack.pipeline.ingestFunction);

describe('incoming bucket', () => {
  it('is private, SSE-S3 encrypted, versioned, bucket-owner-enforced and logs to the access-log bucket', () => {
    synthesized.template.hasResource('AWS::S3::Bucket', {
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: {
          DestinationBucketName: { Ref: accessLogsBucketId() },
          LogFilePrefix: 'incoming/',
        },
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('aborts stale multipart uploads and expires noncurrent versions after 90 days', () => {
    const bucket = synthesized.template.toJSON().Resources[incomingBucketId()];
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual([
      {
        Id: 'AbortIncompleteUploads',
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        Status: 'Enabled',
      },
      {
        Id: 'ExpireOldVersions',
        NoncurrentVersionExpiration: { NoncurrentDays: 90 },
        ExpiredObjectDeleteMarker: true,
        Status: 'Enabled',
      },
    ]);
  });

  it.each([
    ['incoming', incomingBucketId],
    ['access-log', accessLogsBucketId],
  ])('%s bucket policy denies requests without TLS and below TLS 1.2', (_name, bucketId) => {
    const id = bucketId();
    const bucketArn = { 'Fn::GetAtt': [id, 'Arn'] };
    const objectsArn = { 'Fn::Join': ['', [bucketArn, '/*']] };
    synthesized.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: [bucketArn, objectsArn],
          },
          {
            Action: 's3:*',
            Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: [bucketArn, objectsArn],
          },
        ]),
      },
    });
  });

  it('access-log bucket is SSE-S3, private, retained, expires logs, and lets only S3 logging deliver', () => {
    const id = accessLogsBucketId();
    synthesized.template.hasResource('AWS::S3::Bucket', {
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: Match.objectLike({
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        }),
        LifecycleConfiguration: {
          Rules: [{ Id: 'ExpireAccessLogs', ExpirationInDays: 90, Status: 'Enabled' }],
        },
      },
      DeletionPolicy: 'Retain',
    });
    synthesized.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:PutObject',
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Condition: {
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [incomingBucketId(), 'Arn'] } },
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            },
          }),
        ]),
      },
    });
  });
});

describe('bucket notifications', () => {
  it('send ObjectCreated:* and ObjectRemoved:* to the queue, unfiltered by default', () => {
    const queueArn = { 'Fn::GetAtt': [queueId(), 'Arn'] };
    const { resource } = onlyResource(synthesized.template, 'Custom::S3BucketNotifications');
    expect(resource.Properties.BucketName).toEqual({ Ref: incomingBucketId() });
    expect(resource.Properties.NotificationConfiguration).toEqual({
      QueueConfigurations: [
        { Events: ['s3:ObjectCreated:*'], QueueArn: queueArn },
        { Events: ['s3:ObjectRemoved:*'], QueueArn: queueArn },
      ],
    });
  });

  it('never go to a function directly', () => {
    const { resource } = onlyResource(synthesized.template, 'Custom::S3BucketNotifications');
    expect(resource.Properties.NotificationConfiguration.LambdaFunctionConfigurations).toBeUndefined();
    expect(synthesized.template.findResources('AWS::Lambda::Permission')).toEqual({});
  });

  it("are allowed into the queue for S3, from this bucket and its owner's account only", () => {
    synthesized.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId() }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
            Condition: {
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [incomingBucketId(), 'Arn'] } },
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            },
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Resource: { 'Fn::GetAtt': [queueId(), 'Arn'] },
          },
        ]),
      },
    });
  });
});

describe('queues', () => {
  it('ingest queue: SSE-SQS, visibility timeout six times the function timeout, 256 KiB messages, DLQ after 5 receives', () => {
    const queue = synthesized.template.toJSON().Resources[queueId()];
    const fn = synthesized.template.toJSON().Resources[ingestFunctionId()];
    expect(queue.Properties).toEqual({
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 6 * fn.Properties.Timeout,
      MaximumMessageSize: 262_144,
      MessageRetentionPeriod: 4 * 24 * 3600,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterQueueId(), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
    // A whole S3 event message (at most 64 KB) fits.
    expect(queue.Properties.MaximumMessageSize).toBeGreaterThanOrEqual(65_536);
  });

  it('dead-letter queue: SSE-SQS, 14 days retention', () => {
    const dlq = synthesized.template.toJSON().Resources[deadLetterQueueId()];
    expect(dlq.Properties).toEqual({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
      MaximumMessageSize: 262_144,
    });
  });

  it.each([
    ['ingest', queueId],
    ['dead-letter', deadLetterQueueId],
  ])('%s queue denies requests without TLS', (_name, id) => {
    synthesized.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: id() }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: { 'Fn::GetAtt': [id(), 'Arn'] },
          },
        ]),
      },
    });
  });

  it('no queue uses a KMS key S3 could not publish with (aws/sqs)', () => {
    for (const queue of Object.values(synthesized.template.findResources('AWS::SQS::Queue'))) {
      expect(queue.Properties.KmsMasterKeyId).toBeUndefined();
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    }
  });
});

describe('ingest function', () => {
  it('runs the newest Node.js runtime aws-cdk-lib offers, on arm64', () => {
    const newestNode = Runtime.ALL.filter((runtime) => /^nodejs\d+\.x$/.test(runtime.name))
      .map((runtime) => runtime.name)
      .sort((a, b) => Number.parseInt(b.slice(6), 10) - Number.parseInt(a.slice(6), 10))[0];
    synthesized.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: newestNode,
      Architectures: ['arm64'],
      Handler: 'index.handler',
    });
  });

  it('has 1024 MB, a 2-minute timeout, active tracing and JSON logs in its own log group', () => {
    const logGroupId = logicalIdOfConstruct(synthesized.stack.pipeline.ingestLogGroup);
    synthesized.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      MemorySize: 1024,
      Timeout: 120,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: {
        LogFormat: 'JSON',
        LogGroup: { Ref: logGroupId },
        ApplicationLogLevel: 'INFO',
        SystemLogLevel: 'INFO',
      },
    });
    synthesized.template.hasResource('AWS::Logs::LogGroup', {
      Properties: { RetentionInDays: 30 },
      DeletionPolicy: 'Retain',
    });
  });

  it('gets every environment variable the handler reads', () => {
    const fn = synthesized.template.toJSON().Resources[ingestFunctionId()];
    const { id: tableId } = onlyResource(synthesized.template, 'AWS::DynamoDB::Table');
    expect(fn.Properties.Environment.Variables).toEqual({
      TABLE_NAME: { Ref: tableId },
      MAX_OBJECT_BYTES: '26214400',
      MAX_RECEIVE_COUNT: '5',
      DELETED_RETENTION_DAYS: '30',
      DATE_FROM_KEY: 'false',
      INDEX_ENTITIES: 'true',
      PACK_ARTICLE_BODIES: 'true',
      POWERTOOLS_SERVICE_NAME: synthesized.stack.pipeline.serviceName,
      POWERTOOLS_METRICS_NAMESPACE: 'ArticlePipeline',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      NODE_OPTIONS: '--enable-source-maps',
      INGEST_QUEUE_URL: { Ref: queueId() },
    });
  });

  it('has no reserved concurrency: the event source limits concurrency instead', () => {
    const fn = synthesized.template.toJSON().Resources[ingestFunctionId()];
    expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
  });

  it('consumes the queue in batches with partial batch failures, a batching window and maxConcurrency', () => {
    const [resource] = Object.values(
      synthesized.template.findResources('AWS::Lambda::EventSourceMapping', {
        Properties: { FunctionName: { Ref: ingestFunctionId() } },
      }),
    );
    expect(resource?.Properties).toEqual({
      EventSourceArn: { 'Fn::GetAtt': [queueId(), 'Arn'] },
      FunctionName: { Ref: ingestFunctionId() },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });
});

describe('table', () => {
  it('follows docs/table-design.md: pk/sk strings, sparse KEYS_ONLY indexes byPublication and lookup', () => {
    const { resource } = onlyResource(synthesized.template, 'AWS::DynamoDB::Table');
    const keys = (hash: string, range: string) => [
      { AttributeName: hash, KeyType: 'HASH' },
      { AttributeName: range, KeyType: 'RANGE' },
    ];
    expect(resource.Properties.KeySchema).toEqual(keys('pk', 'sk'));
    expect(resource.Properties.AttributeDefinitions).toEqual(
      ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'].map((name) => ({
        AttributeName: name,
        AttributeType: 'S',
      })),
    );
    expect(resource.Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: 'byPublication',
        KeySchema: keys('gsi1pk', 'gsi1sk'),
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
      {
        IndexName: 'lookup',
        KeySchema: keys('gsi2pk', 'gsi2sk'),
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ]);
  });

  it('is on-demand with PITR, KMS encryption, a NEW_AND_OLD_IMAGES stream, TTL on expiresAt, protected and retained', () => {
    synthesized.template.hasResource('AWS::DynamoDB::Table', {
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        DeletionProtectionEnabled: true,
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('alarms and dashboard', () => {
  /** What an alarm watches and when it fires: its template properties without the description. */
  const firstMinute = {
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    EvaluationPeriods: 1,
    DatapointsToAlarm: 1,
    TreatMissingData: 'notBreaching',
  };
  const threeOfFiveMinutes = { ...firstMinute, EvaluationPeriods: 5, DatapointsToAlarm: 3, Threshold: 1 };
  const tableRef = () => ({ Ref: onlyResource(synthesized.template, 'AWS::DynamoDB::Table').id });
  const operations = [
    'GetItem',
    'Query',
    'PutItem',
    'UpdateItem',
    'BatchWriteItem',
    'BatchGetItem',
    'Scan',
    'GetRecords',
  ];
  const sumOverOperations = (metricName: string, label: string) => [
    {
      Id: 'expr_1',
      Expression: operations.map((op) => op.toLowerCase()).join(' + '),
      Label: label,
      ReturnData: true,
    },
    ...operations.map((operation) => ({
      Id: operation.toLowerCase(),
      MetricStat: {
        Metric: {
          Dimensions: [
            { Name: 'Operation', Value: operation },
            { Name: 'TableName', Value: tableRef() },
          ],
          MetricName: metricName,
          Namespace: 'AWS/DynamoDB',
        },
        Period: 60,
        Stat: 'Sum',
      },
      ReturnData: false,
    })),
  ];
  const indexThrottleEvents = (index: string) => [
    {
      Id: 'expr_1',
      Expression: `${index}Read + ${index}Write`,
      Label: `${index} index throttle events`,
      ReturnData: true,
    },
    ...['Read', 'Write'].map((kind) => ({
      Id: `${index}${kind}`,
      MetricStat: {
        Metric: {
          Dimensions: [
            { Name: 'GlobalSecondaryIndexName', Value: index },
            { Name: 'TableName', Value: tableRef() },
          ],
          MetricName: `${kind}ThrottleEvents`,
          Namespace: 'AWS/DynamoDB',
        },
        Period: 60,
        Stat: 'Sum',
      },
      ReturnData: false,
    })),
  ];

  it('pins every alarm: its metric, statistic, threshold, period, evaluation periods and datapoints', () => {
    const alarms = Object.fromEntries(
      Object.entries(synthesized.template.findResources('AWS::CloudWatch::Alarm')).map(([id, alarm]) => {
        const { AlarmDescription, ...watched } = alarm.Properties;
        expect(AlarmDescription).toEqual(expect.any(String));
        return [id.replace(/^Pipeline/, '').replace(/Alarm[0-9A-F]{8}$/, ''), watched];
      }),
    );
    const queueName = (id: string) => [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id, 'QueueName'] } }];
    const functionName = [{ Name: 'FunctionName', Value: { Ref: ingestFunctionId() } }];
    expect(alarms).toEqual({
      DeadLetterMessages: {
        ...firstMinute,
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: queueName(deadLetterQueueId()),
        Statistic: 'Maximum',
        Period: 60,
        Threshold: 1,
      },
      FailedMessages: {
        ...firstMinute,
        Namespace: 'ArticlePipeline',
        MetricName: 'messagesFailed',
        Dimensions: [{ Name: 'service', Value: synthesized.stack.pipeline.serviceName }],
        Statistic: 'Sum',
        Period: 60,
        Threshold: 1,
      },
      FunctionErrors: {
        ...firstMinute,
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: functionName,
        Statistic: 'Sum',
        Period: 60,
        Threshold: 1,
      },
      FunctionThrottles: {
        ...firstMinute,
        Namespace: 'AWS/Lambda',
        MetricName: 'Throttles',
        Dimensions: functionName,
        Statistic: 'Sum',
        Period: 60,
        Threshold: 1,
      },
      OldestMessageAge: {
        ...firstMinute,
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateAgeOfOldestMessage',
        Dimensions: queueName(queueId()),
        Statistic: 'Maximum',
        Period: 60,
        Threshold: 1800,
      },
      // The aggregates consumer's failure path (the default stack adds it through addConsumer).
      ConsumerFailures: {
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        EvaluationPeriods: 1,
        TreatMissingData: 'notBreaching',
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: queueName(consumerFailureQueueId()),
        Statistic: 'Maximum',
        Period: 60,
        Threshold: 1,
      },
      TableThrottles: {
        ...threeOfFiveMinutes,
        Metrics: sumOverOperations('ThrottledRequests', 'Sum of throttled requests across all operations'),
      },
      TableSystemErrors: {
        ...threeOfFiveMinutes,
        Metrics: sumOverOperations('SystemErrors', 'Sum of errors across all operations'),
      },
      ByPublicationIndexThrottles: { ...threeOfFiveMinutes, Metrics: indexThrottleEvents('byPublication') },
      LookupIndexThrottles: { ...threeOfFiveMinutes, Metrics: indexThrottleEvents('lookup') },
    });
  });

  it('alarms on the throttles of every index the table has', () => {
    const { resource } = onlyResource(synthesized.template, 'AWS::DynamoDB::Table');
    const indexNames = (resource.Properties.GlobalSecondaryIndexes as Array<{ IndexName: string }>).map(
      (index) => index.IndexName,
    );
    const alarmed = Object.values(synthesized.template.findResources('AWS::CloudWatch::Alarm')).flatMap(
      (alarm) =>
        (
          (alarm.Properties.Metrics ?? []) as Array<{
            MetricStat?: { Metric: { Dimensions: Array<{ Name: string; Value: unknown }> } };
          }>
        )
          .flatMap((query) => query.MetricStat?.Metric.Dimensions ?? [])
          .filter((dimension) => dimension.Name === 'GlobalSecondaryIndexName')
          .map((dimension) => dimension.Value),
    );
    expect(new Set(alarmed)).toEqual(new Set(indexNames));
  });

  it('alarms have no actions when no topic is given', () => {
    for (const alarm of Object.values(synthesized.template.findResources('AWS::CloudWatch::Alarm'))) {
      expect(alarm.Properties.AlarmActions).toBeUndefined();
    }
  });

  it('dashboard shows alarms, throughput, errors, duration, queue depth and handler metrics', () => {
    const { resource } = onlyResource(synthesized.template, 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(resource.Properties.DashboardBody);
    for (const title of [
      'Alarms',
      'Throughput',
      'Errors',
      'Duration (ms)',
      'Queue depth',
      'Handler failures',
      'DynamoDB throttles',
      'DynamoDB system errors',
      'Handler metrics',
    ]) {
      expect(body).toContain(`\\"title\\":\\"${title}`);
    }
    for (const metric of [
      'NumberOfMessagesSent',
      'Invocations',
      'Errors',
      'Throttles',
      'Duration',
      'ApproximateNumberOfMessagesVisible',
      'ApproximateAgeOfOldestMessage',
      'ThrottledRequests',
      'SystemErrors',
      'ReadThrottleEvents',
      'WriteThrottleEvents',
      'messagesFailed',
      'invocationsStoppedEarly',
      'filesRejected',
    ]) {
      expect(body).toContain(`\\"${metric}\\"`);
    }
    expect(body).toContain(
      `SEARCH('{ArticlePipeline,service} service=\\\\\\"${synthesized.stack.pipeline.serviceName}`,
    );
  });
});

describe('outputs', () => {
  it('name the bucket, table, stream, queues, function and dashboard, without exports', () => {
    const outputs = synthesized.template.toJSON().Outputs as Record<
      string,
      { Value: unknown; Export?: unknown }
    >;
    expect(Object.keys(outputs).sort()).toEqual(
      [
        'BucketName',
        'DashboardUrl',
        'DeadLetterQueueUrl',
        'IngestFunctionName',
        'QueueUrl',
        'TableName',
        'TableStreamArn',
      ].sort(),
    );
    const { id: tableId } = onlyResource(synthesized.template, 'AWS::DynamoDB::Table');
    expect(outputs.BucketName!.Value).toEqual({ Ref: incomingBucketId() });
    expect(outputs.TableName!.Value).toEqual({ Ref: tableId });
    expect(outputs.TableStreamArn!.Value).toEqual({ 'Fn::GetAtt': [tableId, 'StreamArn'] });
    expect(outputs.QueueUrl!.Value).toEqual({ Ref: queueId() });
    expect(outputs.DeadLetterQueueUrl!.Value).toEqual({ Ref: deadLetterQueueId() });
    expect(outputs.IngestFunctionName!.Value).toEqual({ Ref: ingestFunctionId() });
    expect(JSON.stringify(outputs.DashboardUrl!.Value)).toContain('#dashboards/dashboard/');
    for (const output of Object.values(outputs)) expect(output.Export).toBeUndefined();
  });
});

describe('IAM across the template', () => {
  it('grants no "*" action anywhere, and "*" resources only to X-Ray and the stream consumer\'s ListStreams', () => {
    const policies = synthesized.template.findResources('AWS::IAM::Policy');
    const statements = Object.values(policies).flatMap(
      (policy) =>
        policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>,
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      for (const action of [statement.Action].flat()) expect(action).not.toMatch(/\*/);
      const resources = [statement.Resource].flat();
      if (resources.includes('*')) {
        // dynamodb:ListStreams has no resource-level permission; addConsumer grants it (docs/deploy.md).
        expect(
          [statement.Action]
            .flat()
            .every((action) => action.startsWith('xray:') || action === 'dynamodb:ListStreams'),
        ).toBe(true);
      }
    }
  });
});
