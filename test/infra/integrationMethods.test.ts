import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Code, Function as LambdaFunction, Runtime, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { createTestApp } from './testApp';

function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.resolve((construct.node.defaultChild as { logicalId: string }).logicalId);
}

/** Statements of the default policy attached to `role` in `template`. */
function roleStatements(template: Template, stack: Stack, role: Role): unknown[] {
  const roleId = logicalId(stack, role);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((ref: { Ref: string }) => ref.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

function newConsumer(stack: Stack, id: string): LambdaFunction {
  return new LambdaFunction(stack, id, {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
  });
}

describe('grantUpload and grantReadRecords', () => {
  let stack: Stack;
  let pipeline: ArticlePipeline;
  let template: Template;
  let uploader: Role;
  let prefixUploader: Role;
  let reader: Role;

  beforeAll(() => {
    stack = new Stack(createTestApp(), 'Grants');
    pipeline = new ArticlePipeline(stack, 'Pipeline');
    uploader = new Role(stack, 'Uploader', { assumedBy: new ServicePrincipal('ec2.amazonaws.com') });
    prefixUploader = new Role(stack, 'PrefixUploader', {
      assumedBy: new ServicePrincipal('ec2.amazonaws.com'),
    });
    reader = new Role(stack, 'Reader', { assumedBy: new ServicePrincipal('ec2.amazonaws.com') });
    pipeline.grantUpload(uploader);
    pipeline.grantUpload(prefixUploader, 'exports/*');
    pipeline.grantReadRecords(reader);
    template = Template.fromStack(stack);
  });

  it('grantUpload allows PutObject and AbortMultipartUpload on the objects, nothing else', () => {
    const bucketArn = { 'Fn::GetAtt': [logicalId(stack, pipeline.bucket), 'Arn'] };
    expect(roleStatements(template, stack, uploader)).toEqual([
      {
        Action: ['s3:AbortMultipartUpload', 's3:PutObject'],
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [bucketArn, '/*']] },
      },
    ]);
    expect(roleStatements(template, stack, prefixUploader)).toEqual([
      {
        Action: ['s3:AbortMultipartUpload', 's3:PutObject'],
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [bucketArn, '/exports/*']] },
      },
    ]);
  });

  it('grantReadRecords allows reads on the table and its two named indexes, no write, no stream', () => {
    const tableArn = { 'Fn::GetAtt': [logicalId(stack, pipeline.table), 'Arn'] };
    expect(roleStatements(template, stack, reader)).toEqual([
      {
        Action: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'],
        Effect: 'Allow',
        Resource: [
          tableArn,
          { 'Fn::Join': ['', [tableArn, '/index/byPublication']] },
          { 'Fn::Join': ['', [tableArn, '/index/lookup']] },
        ],
      },
    ]);
  });
});

describe('grantUpload on a KMS-encrypted bucket', () => {
  it('adds the key actions an upload needs', () => {
    const stack = new Stack(createTestApp(), 'KmsGrants');
    const key = new Key(stack, 'BucketKey', { enableKeyRotation: true });
    const pipeline = new ArticlePipeline(stack, 'Pipeline', {
      bucketProps: { encryption: BucketEncryption.KMS, encryptionKey: key },
    });
    const uploader = new Role(stack, 'Uploader', { assumedBy: new ServicePrincipal('ec2.amazonaws.com') });
    pipeline.grantUpload(uploader);
    expect(roleStatements(Template.fromStack(stack), stack, uploader)).toContainEqual({
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [logicalId(stack, key), 'Arn'] },
    });
  });
});

describe('addConsumer', () => {
  let stack: Stack;
  let pipeline: ArticlePipeline;
  let template: Template;
  let articles: LambdaFunction;
  let sources: LambdaFunction;

  beforeAll(() => {
    stack = new Stack(createTestApp(), 'Consumers');
    pipeline = new ArticlePipeline(stack, 'Pipeline');
    articles = newConsumer(stack, 'ArticleIndexer');
    sources = newConsumer(stack, 'SourceWatcher');
    pipeline.addConsumer(articles, { types: ['ARTICLE'] });
    pipeline.addConsumer(sources, { types: ['SOURCE'], eventNames: ['MODIFY'], batchSize: 10 });
    template = Template.fromStack(stack);
  });

  const mappingOf = (fn: LambdaFunction) => {
    const fnId = logicalId(stack, fn);
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).filter(
      (mapping) => mapping.Properties.FunctionName.Ref === fnId,
    );
    expect(mappings).toHaveLength(1);
    return mappings[0]!.Properties;
  };

  it('subscribes to the table stream, filtered on the item type of new and, for removes, old images', () => {
    const mapping = mappingOf(articles);
    expect(mapping.EventSourceArn).toEqual({ 'Fn::GetAtt': [logicalId(stack, pipeline.table), 'StreamArn'] });
    expect(
      mapping.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern)),
    ).toEqual([
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['ARTICLE'] } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { type: { S: ['ARTICLE'] } } } },
    ]);
  });

  it('defaults to TRIM_HORIZON, bisecting, 3 retries and the shared failure queue', () => {
    const mapping = mappingOf(articles);
    expect(mapping).toMatchObject({
      StartingPosition: StartingPosition.TRIM_HORIZON,
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      DestinationConfig: {
        OnFailure: {
          Destination: { 'Fn::GetAtt': [logicalId(stack, pipeline.consumerFailureQueue!), 'Arn'] },
        },
      },
    });
    expect(mappingOf(sources).DestinationConfig).toEqual(mapping.DestinationConfig);
  });

  it('lets options override the defaults and narrow the events', () => {
    const mapping = mappingOf(sources);
    expect(mapping.BatchSize).toBe(10);
    expect(
      mapping.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern)),
    ).toEqual([{ eventName: ['MODIFY'], dynamodb: { NewImage: { type: { S: ['SOURCE'] } } } }]);
  });

  it('creates one encrypted failure queue, with an alarm, for all consumers', () => {
    const failureQueueId = logicalId(stack, pipeline.consumerFailureQueue!);
    expect(template.toJSON().Resources[failureQueueId].Properties).toEqual({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    template.resourceCountIs('AWS::SQS::Queue', 3);
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter(
      (alarm) =>
        JSON.stringify(alarm.Properties.Dimensions) ===
        JSON.stringify([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [failureQueueId, 'QueueName'] } }]),
    );
    expect(alarms).toHaveLength(1);
    const { AlarmDescription, ...watched } = alarms[0]!.Properties;
    expect(AlarmDescription).toEqual(expect.any(String));
    expect(watched).toEqual({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [failureQueueId, 'QueueName'] } }],
      Statistic: 'Maximum',
      Period: 60,
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it("grants dynamodb:ListStreams on '*' and nothing else on '*': it has no resource-level permission", () => {
    const statements = roleStatements(template, stack, articles.role as Role) as Array<{
      Action: string | string[];
      Resource: unknown;
    }>;
    const onAnyResource = statements.filter((statement) => [statement.Resource].flat().includes('*'));
    expect(onAnyResource.flatMap((statement) => [statement.Action].flat())).toEqual(['dynamodb:ListStreams']);
  });

  it('grants the consumer the stream read and the failure queue send, not the table', () => {
    const statements = roleStatements(template, stack, articles.role as Role);
    const serialized = JSON.stringify(statements);
    expect(serialized).toContain('dynamodb:GetRecords');
    expect(serialized).toContain('sqs:SendMessage');
    expect(serialized).not.toMatch(/dynamodb:(GetItem|Query|PutItem)/);
  });

  it('takes a failure destination of its own instead of the shared queue', () => {
    const ownStack = new Stack(createTestApp(), 'OwnFailures');
    const ownPipeline = new ArticlePipeline(ownStack, 'Pipeline');
    const ownQueue = new Queue(ownStack, 'MyFailures', { enforceSSL: true });
    ownPipeline.addConsumer(newConsumer(ownStack, 'Consumer'), {
      types: ['ARTICLE'],
      onFailure: new SqsDlq(ownQueue),
    });
    const ownTemplate = Template.fromStack(ownStack);
    ownTemplate.resourceCountIs('AWS::SQS::Queue', 3);
    expect(ownPipeline.consumerFailureQueue).toBeUndefined();
    ownTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(ownStack, ownQueue), 'Arn'] } },
      },
    });
  });
});

describe('two pipelines in one stack', () => {
  it('do not collide', () => {
    const stack = new Stack(createTestApp(), 'TwoPipelines');
    const first = new ArticlePipeline(stack, 'News');
    const second = new ArticlePipeline(stack, 'Archive', {
      existingBucketObj: Bucket.fromBucketName(stack, 'Existing', 'existing-archive'),
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
    expect(first.serviceName).not.toBe(second.serviceName);
  });
});
