// The template is local mode's single source of truth: these tests pin how each setting is translated,
// and fail when the app's template gains a property local mode neither translates nor deliberately ignores.
import { beforeAll, describe, expect, it } from 'vitest';
import { UntranslatableTemplateError } from '../../local/errors';
import { findUntranslatedProperties } from '../../local/template/findUntranslatedProperties';
import { resolveIntrinsic } from '../../local/template/resolveIntrinsic';
import {
  type SynthesizedStack,
  synthesizePipelineTemplate,
} from '../../local/template/synthesizePipelineTemplate';
import { translateTemplate } from '../../local/template/translateTemplate';
import type { CloudFormationTemplate, LocalEnvironment } from '../../local/types';
import { handWrittenTemplate } from './fixtures/handWrittenTemplate';

const environment = (overrides: Partial<LocalEnvironment> = {}): LocalEnvironment => ({
  region: 'us-east-1',
  accountId: '000000000000',
  stackName: 'Test',
  timeScale: 60,
  queueUrl: (name) => `http://sqs.us-east-1.localhost:9324/000000000000/${name}`,
  ...overrides,
});

describe('translateTemplate with a hand-written template', () => {
  const template = handWrittenTemplate({ invocationLog: '/tmp/log.jsonl' });
  const definition = translateTemplate(template, environment());

  it('creates the dead-letter queue first, and scales the visibility timeout', () => {
    expect(definition.queues.map((queue) => queue.logicalId)).toEqual([
      'DeadLetterQueue9F8E7D6C',
      'QueueC0FFEE01',
    ]);
    const queue = definition.queues[1]!;
    expect(queue.attributes).toEqual({
      VisibilityTimeout: '1',
      MaximumMessageSize: '262144',
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:Test-DeadLetterQueue9F8E7D6C',
        maxReceiveCount: 2,
      }),
    });
    expect(queue.redrive).toEqual({
      deadLetterQueueLogicalId: 'DeadLetterQueue9F8E7D6C',
      maxReceiveCount: 2,
    });
    expect(queue.templateVisibilityTimeoutSeconds).toBe(60);
    // SQS's default of 30 s, scaled, for a queue that sets none.
    expect(definition.queues[0]!.attributes.VisibilityTimeout).toBe('1');
  });

  it('creates the table with its keys, indexes, stream and TTL', () => {
    expect(definition.tables).toEqual([
      {
        logicalId: 'RecordsTable55AA66BB',
        tableName: 'Test-RecordsTable55AA66BB',
        createTable: {
          TableName: 'Test-RecordsTable55AA66BB',
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
            { AttributeName: 'gsi1pk', AttributeType: 'S' },
          ],
          BillingMode: 'PAY_PER_REQUEST',
          GlobalSecondaryIndexes: [
            {
              IndexName: 'byThing',
              KeySchema: [{ AttributeName: 'gsi1pk', KeyType: 'HASH' }],
              Projection: { ProjectionType: 'KEYS_ONLY' },
            },
          ],
          StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        },
        timeToLiveAttribute: 'expiresAt',
      },
    ]);
  });

  it('runs only the function the queue invokes, with its environment resolved', () => {
    expect(definition.functions).toEqual([
      {
        logicalId: 'WorkerFunction0D1E2F3A',
        functionName: 'Test-WorkerFunction0D1E2F3A',
        constructPath: 'Test/Pipeline/WorkerFunction/Resource',
        exportName: 'handler',
        environment: {
          TABLE_NAME: 'Test-RecordsTable55AA66BB',
          QUEUE_ARN: 'arn:aws:sqs:us-east-1:000000000000:Test-QueueC0FFEE01',
          BUCKET_ARN: 'arn:aws:s3:::test-incomingbucketa1b2c3d4',
          INVOCATION_LOG: '/tmp/log.jsonl',
          AWS_LAMBDA_LOG_FORMAT: 'JSON',
          AWS_LAMBDA_LOG_LEVEL: 'DEBUG',
        },
        timeoutSeconds: 30,
        memorySizeMb: 512,
      },
    ]);
  });

  it('polls the queue as the event source mapping says, the batching window scaled', () => {
    expect(definition.eventSourceMappings).toEqual([
      {
        logicalId: 'WorkerFunctionSqsEventSource99AABBCC',
        queueLogicalId: 'QueueC0FFEE01',
        functionLogicalId: 'WorkerFunction0D1E2F3A',
        batchSize: 4,
        maximumBatchingWindowSeconds: 12,
        batchingWindowMs: 200,
        maximumConcurrency: 2,
        reportBatchItemFailures: true,
        enabled: true,
      },
    ]);
  });

  it('sends the bucket’s events to the queue through its filters', () => {
    expect(definition.buckets).toEqual([
      { logicalId: 'IncomingBucketA1B2C3D4', bucketName: 'test-incomingbucketa1b2c3d4' },
    ]);
    expect(definition.notifications).toEqual([
      {
        bucketLogicalId: 'IncomingBucketA1B2C3D4',
        queueLogicalId: 'QueueC0FFEE01',
        events: ['s3:ObjectCreated:*'],
        suffix: '.txt',
        configurationId: expect.any(String),
      },
    ]);
  });

  it('finds nothing untranslated in it', () => {
    expect(definition.untranslated).toEqual([]);
  });

  it('scales with the time scale', () => {
    const slower = translateTemplate(template, environment({ timeScale: 6 }));
    expect(slower.queues[1]!.attributes.VisibilityTimeout).toBe('10');
    expect(slower.eventSourceMappings[0]!.batchingWindowMs).toBe(2000);
  });
});

describe('findUntranslatedProperties', () => {
  const base = (): CloudFormationTemplate =>
    structuredClone(handWrittenTemplate({ invocationLog: '/tmp/x' }));

  it('reports a property at any depth local mode reads', () => {
    const template = base();
    template.Resources!.QueueC0FFEE01!.Properties!.FifoQueue = true;
    const mapping = template.Resources!.WorkerFunctionSqsEventSource99AABBCC!.Properties!;
    mapping.FilterCriteria = { Filters: [{ Pattern: '{}' }] };
    (mapping.ScalingConfig as Record<string, unknown>).Burst = 3;
    expect(findUntranslatedProperties(template)).toEqual([
      'AWS::SQS::Queue QueueC0FFEE01: FifoQueue',
      'AWS::Lambda::EventSourceMapping WorkerFunctionSqsEventSource99AABBCC: ScalingConfig.Burst',
      'AWS::Lambda::EventSourceMapping WorkerFunctionSqsEventSource99AABBCC: FilterCriteria',
    ]);
  });

  it('reports a resource type it does not know, and an event source that is not a queue', () => {
    const template = base();
    template.Resources!.Schedule = { Type: 'AWS::Events::Rule', Properties: {} };
    template.Resources!.StreamMapping = {
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: {
        EventSourceArn: { 'Fn::GetAtt': ['RecordsTable55AA66BB', 'StreamArn'] },
        FunctionName: { Ref: 'WorkerFunction0D1E2F3A' },
      },
    };
    expect(findUntranslatedProperties(template)).toEqual([
      'AWS::Events::Rule Schedule: resource type not translated',
      'AWS::Lambda::EventSourceMapping StreamMapping: EventSourceArn is not an SQS queue of this stack',
    ]);
  });

  it('does not look into functions local mode does not run', () => {
    const template = base();
    template.Resources!.BucketNotificationsHandlerAAAA!.Properties!.Layers = ['arn:aws:lambda:layer'];
    expect(findUntranslatedProperties(template)).toEqual([]);
  });
});

describe('resolveIntrinsic', () => {
  const references = {
    resources: { Table: { ref: 'the-table', attributes: { Arn: 'arn:table' } } },
    pseudoParameters: { 'AWS::Region': 'us-east-1', 'AWS::Partition': 'aws' },
  };

  it('resolves Ref, GetAtt, Join, Sub, Select and Split', () => {
    expect(resolveIntrinsic({ Ref: 'Table' }, references)).toBe('the-table');
    expect(resolveIntrinsic({ 'Fn::GetAtt': ['Table', 'Arn'] }, references)).toBe('arn:table');
    expect(resolveIntrinsic({ 'Fn::Join': ['/', ['a', { Ref: 'AWS::Region' }]] }, references)).toBe(
      'a/us-east-1',
    );
    expect(
      resolveIntrinsic({ 'Fn::Sub': `arn:\${AWS::Partition}:x:\${Table}:\${Table.Arn}` }, references),
    ).toBe('arn:aws:x:the-table:arn:table');
    expect(resolveIntrinsic({ 'Fn::Sub': [`\${A}-\${!Literal}`, { A: { Ref: 'Table' } }] }, references)).toBe(
      `the-table-\${Literal}`,
    );
    expect(resolveIntrinsic({ 'Fn::Select': [1, { 'Fn::Split': [',', 'a,b,c'] }] }, references)).toBe('b');
  });

  it('refuses what it cannot resolve locally', () => {
    expect(() => resolveIntrinsic({ 'Fn::ImportValue': 'Other-Output' }, references)).toThrow(
      UntranslatableTemplateError,
    );
    expect(() => resolveIntrinsic({ Ref: 'Missing' }, references)).toThrow(UntranslatableTemplateError);
  });
});

describe('the app’s synthesized template', () => {
  let stack: SynthesizedStack;

  beforeAll(async () => {
    stack = await synthesizePipelineTemplate({ projectRoot: process.cwd() });
  });

  it('has no property local mode neither translates nor explicitly ignores', () => {
    expect(findUntranslatedProperties(stack.template)).toEqual([]);
  });

  it('translates into one bucket notification, a queue with a dead-letter queue, the table and the ingest function', () => {
    const definition = translateTemplate(
      stack.template,
      environment({ stackName: stack.stackName, timeScale: 600 }),
    );
    const [notification] = definition.notifications;
    const queue = definition.queues.find((candidate) => candidate.logicalId === notification?.queueLogicalId);
    expect(definition.notifications.flatMap((candidate) => candidate.events).sort()).toEqual([
      's3:ObjectCreated:*',
      's3:ObjectRemoved:*',
    ]);
    expect(queue?.redrive?.maxReceiveCount).toBeGreaterThan(1);
    expect(Number(queue?.attributes.VisibilityTimeout)).toBeGreaterThanOrEqual(1);
    expect(definition.tables[0]?.timeToLiveAttribute).toBe('expiresAt');
    expect(definition.tables[0]?.createTable.StreamSpecification?.StreamViewType).toBe('NEW_AND_OLD_IMAGES');
    expect(
      definition.tables[0]?.createTable.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort(),
    ).toEqual(['byPublication', 'lookup']);
    const [ingest] = definition.functions;
    expect(ingest?.constructPath).toMatch(/\/IngestFunction\/Resource$/);
    expect(ingest?.environment.TABLE_NAME).toBe(definition.tables[0]?.tableName);
    expect(ingest?.environment.MAX_RECEIVE_COUNT).toBe(String(queue?.redrive?.maxReceiveCount));
    // Continuations go to the function's own queue, at the URL the local SQS server gives it.
    expect(ingest?.environment.INGEST_QUEUE_URL).toBe(
      `http://sqs.us-east-1.localhost:9324/000000000000/${queue?.queueName}`,
    );
    expect(definition.eventSourceMappings[0]).toMatchObject({ reportBatchItemFailures: true, enabled: true });
  });

  it('follows CDK context, as cdk synth -c does', async () => {
    const filtered = await synthesizePipelineTemplate({
      projectRoot: process.cwd(),
      context: { objectKeySuffix: '.txt' },
    });
    const definition = translateTemplate(filtered.template, environment({ stackName: filtered.stackName }));
    expect(definition.notifications.map((notification) => notification.suffix)).toEqual(['.txt', '.txt']);
  });
});
