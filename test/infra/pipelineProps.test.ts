import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { describe, expect, it } from 'vitest';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { ArticlePipelinePropsError } from '../../lib/errors';
import { createTestApp, onlyResource, synthesizePipelineStack } from './testApp';

describe('key filters', () => {
  it('apply the prefix and suffix to both notifications', () => {
    const { template } = synthesizePipelineStack({
      pipeline: { objectKeyPrefix: 'incoming/', objectKeySuffix: '.txt' },
    });
    const { resource } = onlyResource(template, 'Custom::S3BucketNotifications');
    const filter = {
      Key: {
        FilterRules: [
          { Name: 'suffix', Value: '.txt' },
          { Name: 'prefix', Value: 'incoming/' },
        ],
      },
    };
    const configurations = resource.Properties.NotificationConfiguration.QueueConfigurations;
    expect(configurations.map((configuration: { Events: string[] }) => configuration.Events)).toEqual([
      ['s3:ObjectCreated:*'],
      ['s3:ObjectRemoved:*'],
    ]);
    for (const configuration of configurations) {
      expect(configuration.Filter.Key.FilterRules).toEqual(expect.arrayContaining(filter.Key.FilterRules));
      expect(configuration.Filter.Key.FilterRules).toHaveLength(2);
    }
  });
});

/** The conditions of the queue policy statement that lets S3 send bucket events. */
function s3SendConditions(template: Template): Record<string, unknown> {
  const statements = Object.values(template.findResources('AWS::SQS::QueuePolicy')).flatMap(
    (policy) =>
      policy.Properties.PolicyDocument.Statement as Array<{
        Principal?: { Service?: string };
        Condition: Record<string, unknown>;
      }>,
  );
  const fromS3 = statements.filter((statement) => statement.Principal?.Service === 's3.amazonaws.com');
  expect(fromS3).toHaveLength(1);
  return fromS3[0]!.Condition;
}

describe('an existing bucket', () => {
  it('is used as is: no new bucket, its notifications wired without replacing others', () => {
    const stack = new Stack(createTestApp(), 'Embedding');
    new ArticlePipeline(stack, 'Pipeline', {
      existingBucketObj: Bucket.fromBucketName(stack, 'Existing', 'existing-archive'),
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::S3::Bucket', 0);
    const { resource } = onlyResource(template, 'Custom::S3BucketNotifications');
    expect(resource.Properties.BucketName).toBe('existing-archive');
    // Unmanaged: the handler merges with the bucket's other notifications instead of overwriting them.
    expect(resource.Properties.Managed).toBe(false);
    expect(resource.Properties.NotificationConfiguration.QueueConfigurations).toHaveLength(2);
  });

  it("lets S3 into the queue only for the bucket's own account when its account is known", () => {
    const stack = new Stack(createTestApp(), 'Embedding');
    new ArticlePipeline(stack, 'Pipeline', {
      existingBucketObj: Bucket.fromBucketAttributes(stack, 'Existing', {
        bucketName: 'existing-archive',
        account: '111122223333',
      }),
    });
    expect(s3SendConditions(Template.fromStack(stack))).toEqual({
      ArnLike: {
        'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::existing-archive']] },
      },
      StringEquals: { 'aws:SourceAccount': '111122223333' },
    });
  });

  it('names no source account for a bucket imported by name: it may belong to another account', () => {
    const stack = new Stack(createTestApp(), 'Embedding');
    new ArticlePipeline(stack, 'Pipeline', {
      existingBucketObj: Bucket.fromBucketName(stack, 'Existing', 'existing-archive'),
    });
    expect(Object.keys(s3SendConditions(Template.fromStack(stack)))).toEqual(['ArnLike']);
  });

  it("names the stack's account for a bucket of the same stack", () => {
    const stack = new Stack(createTestApp(), 'Embedding');
    new ArticlePipeline(stack, 'Pipeline', { existingBucketObj: new Bucket(stack, 'Archive') });
    expect(s3SendConditions(Template.fromStack(stack)).StringEquals).toEqual({
      'aws:SourceAccount': { Ref: 'AWS::AccountId' },
    });
  });

  it('cannot be combined with bucketProps', () => {
    const stack = new Stack(createTestApp(), 'Conflict');
    expect(
      () =>
        new ArticlePipeline(stack, 'Pipeline', {
          existingBucketObj: Bucket.fromBucketName(stack, 'Existing', 'existing-archive'),
          bucketProps: { versioned: false },
        }),
    ).toThrow(ArticlePipelinePropsError);
  });
});

describe('a dev stack (removalPolicy DESTROY)', () => {
  const { template } = synthesizePipelineStack({ pipeline: { removalPolicy: RemovalPolicy.DESTROY } });

  it('deletes and empties the buckets, and deletes the table and log group', () => {
    const buckets = Object.values(template.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) expect(bucket.DeletionPolicy).toBe('Delete');
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: { DeletionProtectionEnabled: false },
      DeletionPolicy: 'Delete',
    });
    template.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Delete' });
  });

  it('keeps everything else secure: PITR, encryption, TLS-only', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('the default stack', () => {
  it('creates no auto-delete custom resource: retained buckets are never emptied', () => {
    const { template } = synthesizePipelineStack();
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });
});

describe('tuning props', () => {
  const stack = new Stack(createTestApp(), 'Tuned');
  const topic = new Topic(stack, 'Alarms', { enforceSSL: true });
  new ArticlePipeline(stack, 'Pipeline', {
    timeout: Duration.seconds(30),
    memorySize: 2048,
    batchSize: 50,
    maxBatchingWindow: Duration.seconds(5),
    maxConcurrency: 4,
    maxReceiveCount: 3,
    maxObjectBytes: 1_048_576,
    deletedRetentionDays: 7,
    publishedDateFromKey: true,
    indexEntities: false,
    packArticleBodies: false,
    logLevel: 'DEBUG',
    serviceName: 'news-ingest',
    metricsNamespace: 'NewsArchive',
    queueAgeAlarmThreshold: Duration.minutes(10),
    alarmTopic: topic,
    tableProps: { tableName: 'news-records' },
  });
  const template = Template.fromStack(stack);
  const topicRef = {
    Ref: stack.resolve((topic.node.defaultChild as unknown as { logicalId: string }).logicalId),
  };

  it('reach the function, its environment and its event source consistently', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 30,
      MemorySize: 2048,
      LoggingConfig: Match.objectLike({ ApplicationLogLevel: 'DEBUG' }),
      Environment: {
        Variables: Match.objectLike({
          MAX_OBJECT_BYTES: '1048576',
          MAX_RECEIVE_COUNT: '3',
          DELETED_RETENTION_DAYS: '7',
          DATE_FROM_KEY: 'true',
          INDEX_ENTITIES: 'false',
          PACK_ARTICLE_BODIES: 'false',
          POWERTOOLS_SERVICE_NAME: 'news-ingest',
          POWERTOOLS_METRICS_NAMESPACE: 'NewsArchive',
          POWERTOOLS_LOG_LEVEL: 'DEBUG',
        }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 50,
      MaximumBatchingWindowInSeconds: 5,
      ScalingConfig: { MaximumConcurrency: 4 },
    });
  });

  it('keep the queue consistent: visibility 6x the timeout, redrive after the same receive count the handler reads', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 180,
      RedrivePolicy: Match.objectLike({ maxReceiveCount: 3 }),
    });
  });

  it('send every alarm and its recovery to the topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(9);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([topicRef]);
      expect(alarm.Properties.OKActions).toEqual([topicRef]);
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      Threshold: 600,
    });
  });

  it('name the table without touching its keys', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'news-records',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    });
  });
});
