import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticlePipeline } from '../../lib/ArticlePipeline';
import { ingestRoleStatements, type TemplateStatement } from './ingestRoleStatements';
import { createTestApp, synthesizePipelineStack } from './testApp';

function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.resolve((construct.node.defaultChild as { logicalId: string }).logicalId);
}

describe('the ingest function role', () => {
  let template: Template;
  let statements: TemplateStatement[];
  let ids: { bucket: string; table: string; queue: string; logGroup: string; role: string; fn: string };

  beforeAll(() => {
    const synthesized = synthesizePipelineStack();
    template = synthesized.template;
    statements = ingestRoleStatements(template);
    const { pipeline } = synthesized.stack;
    const stack = synthesized.stack;
    ids = {
      bucket: logicalId(stack, pipeline.bucket),
      table: logicalId(stack, pipeline.table),
      queue: logicalId(stack, pipeline.queue),
      logGroup: logicalId(stack, pipeline.ingestLogGroup),
      role: logicalId(stack, pipeline.ingestRole),
      fn: logicalId(stack, pipeline.ingestFunction),
    };
  });

  it('holds exactly these statements: own logs, current objects, list, table items, queue, continuations, traces', () => {
    const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
    expect(statements).toEqual([
      {
        Sid: 'WriteOwnLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: arn(ids.logGroup),
      },
      {
        Sid: 'ReadIncomingObjects',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [arn(ids.bucket), '/*']] },
      },
      { Sid: 'ListIncomingBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: arn(ids.bucket) },
      {
        Sid: 'ReadWriteRecords',
        Effect: 'Allow',
        Action: [
          'dynamodb:BatchWriteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ],
        Resource: arn(ids.table),
      },
      { Sid: 'SendContinuations', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn(ids.queue) },
      {
        Effect: 'Allow',
        Action: [
          'sqs:ChangeMessageVisibility',
          'sqs:DeleteMessage',
          'sqs:GetQueueAttributes',
          'sqs:GetQueueUrl',
          'sqs:ReceiveMessage',
        ],
        Resource: arn(ids.queue),
      },
      {
        Sid: 'WriteTraces',
        Effect: 'Allow',
        Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
        Resource: '*',
      },
    ]);
  });

  it('grants no index, no stream and no bucket write', () => {
    const serialized = JSON.stringify(statements);
    expect(serialized).not.toContain('/index/');
    expect(serialized).not.toContain('StreamArn');
    expect(serialized).not.toMatch(/s3:(Put|Delete)/);
    // The handler reads the current version of a key, never a pinned one.
    expect(serialized).not.toContain('s3:GetObjectVersion');
  });

  it('is assumable by Lambda only and has no managed or inline policies', () => {
    const role = template.toJSON().Resources[ids.role];
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.Policies).toBeUndefined();
  });

  it('is created before the function, so the first invocation has its permissions', () => {
    const fn = template.toJSON().Resources[ids.fn];
    const policyIds = Object.entries(template.findResources('AWS::IAM::Policy'))
      .filter(([, policy]) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === ids.role))
      .map(([id]) => id);
    expect(policyIds).toHaveLength(2);
    for (const id of policyIds) expect(fn.DependsOn).toContain(id);
  });
});

describe('the ingest function role with an existing KMS-encrypted bucket', () => {
  it('adds kms:Decrypt on that bucket key only', () => {
    const app = createTestApp();
    const stack = new Stack(app, 'Embedding');
    const key = new Key(stack, 'ArchiveKey', { enableKeyRotation: true });
    const bucket = new Bucket(stack, 'Archive', { encryption: BucketEncryption.KMS, encryptionKey: key });
    new ArticlePipeline(stack, 'Pipeline', { existingBucketObj: bucket });
    const statements = ingestRoleStatements(Template.fromStack(stack));
    expect(statements).toContainEqual({
      Sid: 'DecryptIncomingObjects',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: { 'Fn::GetAtt': [logicalId(stack, key), 'Arn'] },
    });
    expect(statements.filter((statement) => JSON.stringify(statement.Action).includes('kms:'))).toHaveLength(
      1,
    );
  });
});
