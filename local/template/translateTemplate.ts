import { createHash } from 'node:crypto';
import type {
  AttributeDefinition,
  CreateTableCommandInput,
  GlobalSecondaryIndex,
  KeySchemaElement,
  LocalSecondaryIndex,
  Projection,
} from '@aws-sdk/client-dynamodb';
import { UntranslatableTemplateError } from '../errors';
import type {
  CloudFormationResource,
  CloudFormationTemplate,
  LocalBucket,
  LocalEnvironment,
  LocalEventSourceMapping,
  LocalFunction,
  LocalNotification,
  LocalPipelineDefinition,
  LocalQueue,
  LocalTable,
} from '../types';
import { buildReferenceTable } from './buildReferenceTable';
import { findUntranslatedProperties } from './findUntranslatedProperties';
import { functionsLocalModeRuns } from './functionsLocalModeRuns';
import { referencedLogicalId } from './referencedLogicalId';
import { resolveIntrinsic } from './resolveIntrinsic';
import { scaleSeconds } from './scaleSeconds';
import type { ReferenceTable } from './types';

// SQS's defaults where the template leaves an attribute out.
const DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;
// Lambda's defaults for an SQS event source mapping.
const DEFAULT_BATCH_SIZE = 10;

type Properties = Record<string, unknown>;

/**
 * Translates a synthesized CloudFormation template into what local mode creates and runs: buckets, queues
 * (dead-letter queues first), tables with their keys, indexes, stream and TTL, the functions SQS invokes
 * with their environment, the event source mappings, and the bucket notifications with their filters.
 * Waits (visibility timeout, batching window, delay) are divided by `environment.timeScale`.
 *
 * @example
 * const definition = translateTemplate(Template.fromStack(stack).toJSON(), {
 *   region: 'us-east-1', accountId: '000000000000', stackName: 'ArticlePipeline', timeScale: 60,
 *   queueUrl: (name) => `http://127.0.0.1:9324/000000000000/${name}`,
 * });
 * definition.queues[0].attributes.VisibilityTimeout; // '5' for a template's 300
 */
export function translateTemplate(
  template: CloudFormationTemplate,
  environment: LocalEnvironment,
): LocalPipelineDefinition {
  const references = buildReferenceTable(template, environment);
  const resources = Object.entries(template.Resources ?? {});
  const ofType = (...types: string[]) => resources.filter(([, resource]) => types.includes(resource.Type));
  const runFunctions = functionsLocalModeRuns(template);
  const queues = ofType('AWS::SQS::Queue').map(([id, resource]) =>
    translateQueue(id, resource, references, environment.timeScale),
  );
  return {
    stackName: environment.stackName,
    region: environment.region,
    accountId: environment.accountId,
    timeScale: environment.timeScale,
    buckets: ofType('AWS::S3::Bucket').map(([id]) => translateBucket(id, references)),
    queues: deadLetterQueuesFirst(queues),
    tables: ofType('AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable').map(([id, resource]) =>
      translateTable(id, resource, references),
    ),
    functions: ofType('AWS::Lambda::Function')
      .filter(([id]) => runFunctions.has(id))
      .map(([id, resource]) => translateFunction(id, resource, references)),
    eventSourceMappings: ofType('AWS::Lambda::EventSourceMapping')
      .filter(([, resource]) => queueLogicalId(resource.Properties?.EventSourceArn, template) !== undefined)
      .map(([id, resource]) => translateEventSourceMapping(id, resource, template, environment.timeScale)),
    notifications: ofType('Custom::S3BucketNotifications').flatMap(([id, resource]) =>
      translateNotifications(id, resource, template),
    ),
    untranslated: findUntranslatedProperties(template),
  };
}

function translateBucket(logicalId: string, references: ReferenceTable): LocalBucket {
  return { logicalId, bucketName: references.resources[logicalId]!.ref };
}

function translateQueue(
  logicalId: string,
  resource: CloudFormationResource,
  references: ReferenceTable,
  timeScale: number,
): LocalQueue {
  const properties = resolveIntrinsic(resource.Properties ?? {}, references) as Properties;
  const reference = references.resources[logicalId]!;
  const templateVisibility = Number(properties.VisibilityTimeout ?? DEFAULT_VISIBILITY_TIMEOUT_SECONDS);
  const attributes: Record<string, string> = {
    VisibilityTimeout: String(scaleSeconds(templateVisibility, timeScale)),
  };
  for (const name of [
    'MessageRetentionPeriod',
    'MaximumMessageSize',
    'ReceiveMessageWaitTimeSeconds',
  ] as const) {
    if (properties[name] !== undefined) attributes[name] = String(properties[name]);
  }
  if (properties.DelaySeconds !== undefined) {
    attributes.DelaySeconds = String(scaleSeconds(Number(properties.DelaySeconds), timeScale, 0));
  }
  const queue: LocalQueue = {
    logicalId,
    queueName: reference.attributes.QueueName!,
    queueArn: reference.attributes.Arn!,
    attributes,
    templateVisibilityTimeoutSeconds: templateVisibility,
  };
  const rawRedrive = resource.Properties?.RedrivePolicy as Properties | undefined;
  if (rawRedrive !== undefined) {
    const redrive = properties.RedrivePolicy as {
      deadLetterTargetArn: string;
      maxReceiveCount: number | string;
    };
    const deadLetterQueueLogicalId = referencedLogicalId(rawRedrive.deadLetterTargetArn);
    if (deadLetterQueueLogicalId === undefined) {
      throw new UntranslatableTemplateError(
        `${logicalId}: the dead-letter queue must be a queue of this stack`,
      );
    }
    const maxReceiveCount = Number(redrive.maxReceiveCount);
    attributes.RedrivePolicy = JSON.stringify({
      deadLetterTargetArn: redrive.deadLetterTargetArn,
      maxReceiveCount,
    });
    queue.redrive = { deadLetterQueueLogicalId, maxReceiveCount };
  }
  return queue;
}

function deadLetterQueuesFirst(queues: LocalQueue[]): LocalQueue[] {
  const targets = new Set(queues.flatMap((queue) => queue.redrive?.deadLetterQueueLogicalId ?? []));
  return [
    ...queues.filter((queue) => targets.has(queue.logicalId)),
    ...queues.filter((q) => !targets.has(q.logicalId)),
  ];
}

function translateTable(
  logicalId: string,
  resource: CloudFormationResource,
  references: ReferenceTable,
): LocalTable {
  const properties = resolveIntrinsic(resource.Properties ?? {}, references) as Properties;
  const tableName = references.resources[logicalId]!.ref;
  const createTable: CreateTableCommandInput = {
    TableName: tableName,
    KeySchema: properties.KeySchema as KeySchemaElement[],
    AttributeDefinitions: properties.AttributeDefinitions as AttributeDefinition[],
    BillingMode: 'PAY_PER_REQUEST',
  };
  const globalIndexes = properties.GlobalSecondaryIndexes as Properties[] | undefined;
  if (globalIndexes?.length) {
    createTable.GlobalSecondaryIndexes = globalIndexes.map(
      (index): GlobalSecondaryIndex => ({
        IndexName: index.IndexName as string,
        KeySchema: index.KeySchema as KeySchemaElement[],
        Projection: index.Projection as Projection,
      }),
    );
  }
  const localIndexes = properties.LocalSecondaryIndexes as Properties[] | undefined;
  if (localIndexes?.length) {
    createTable.LocalSecondaryIndexes = localIndexes.map(
      (index): LocalSecondaryIndex => ({
        IndexName: index.IndexName as string,
        KeySchema: index.KeySchema as KeySchemaElement[],
        Projection: index.Projection as Projection,
      }),
    );
  }
  const stream = properties.StreamSpecification as { StreamViewType?: string } | undefined;
  if (stream?.StreamViewType !== undefined) {
    createTable.StreamSpecification = {
      StreamEnabled: true,
      StreamViewType: stream.StreamViewType as 'NEW_AND_OLD_IMAGES',
    };
  }
  const table: LocalTable = { logicalId, tableName, createTable };
  const ttl = properties.TimeToLiveSpecification as { AttributeName?: string; Enabled?: boolean } | undefined;
  if (ttl?.Enabled === true && ttl.AttributeName !== undefined) table.timeToLiveAttribute = ttl.AttributeName;
  return table;
}

function translateFunction(
  logicalId: string,
  resource: CloudFormationResource,
  references: ReferenceTable,
): LocalFunction {
  const properties = resolveIntrinsic(resource.Properties ?? {}, references) as Properties;
  const variables = ((properties.Environment as Properties | undefined)?.Variables ?? {}) as Properties;
  const environment = Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [name, String(value)]),
  );
  const logging = properties.LoggingConfig as
    | { LogFormat?: string; ApplicationLogLevel?: string }
    | undefined;
  // Lambda sets these two itself when the function has an advanced logging configuration.
  if (logging?.LogFormat !== undefined) environment.AWS_LAMBDA_LOG_FORMAT = logging.LogFormat;
  if (logging?.ApplicationLogLevel !== undefined)
    environment.AWS_LAMBDA_LOG_LEVEL = logging.ApplicationLogLevel;
  const handler = String(properties.Handler ?? 'index.handler');
  const metadataPath = resource.Metadata?.['aws:cdk:path'];
  const fn: LocalFunction = {
    logicalId,
    functionName: references.resources[logicalId]!.ref,
    exportName: handler.slice(handler.lastIndexOf('.') + 1),
    environment,
    timeoutSeconds: Number(properties.Timeout ?? 3),
    memorySizeMb: Number(properties.MemorySize ?? 128),
  };
  if (typeof metadataPath === 'string') fn.constructPath = metadataPath;
  if (properties.ReservedConcurrentExecutions !== undefined) {
    fn.reservedConcurrency = Number(properties.ReservedConcurrentExecutions);
  }
  return fn;
}

function queueLogicalId(value: unknown, template: CloudFormationTemplate): string | undefined {
  const id = referencedLogicalId(value);
  return id !== undefined && template.Resources?.[id]?.Type === 'AWS::SQS::Queue' ? id : undefined;
}

function translateEventSourceMapping(
  logicalId: string,
  resource: CloudFormationResource,
  template: CloudFormationTemplate,
  timeScale: number,
): LocalEventSourceMapping {
  const properties = resource.Properties ?? {};
  const functionLogicalId = referencedLogicalId(properties.FunctionName);
  if (functionLogicalId === undefined) {
    throw new UntranslatableTemplateError(`${logicalId}: FunctionName must name a function of this stack`);
  }
  const window = Number(properties.MaximumBatchingWindowInSeconds ?? 0);
  const scaling = properties.ScalingConfig as { MaximumConcurrency?: number } | undefined;
  const mapping: LocalEventSourceMapping = {
    logicalId,
    queueLogicalId: queueLogicalId(properties.EventSourceArn, template)!,
    functionLogicalId,
    batchSize: Number(properties.BatchSize ?? DEFAULT_BATCH_SIZE),
    maximumBatchingWindowSeconds: window,
    batchingWindowMs: Math.round((window * 1000) / timeScale),
    reportBatchItemFailures: ((properties.FunctionResponseTypes as string[] | undefined) ?? []).includes(
      'ReportBatchItemFailures',
    ),
    enabled: properties.Enabled !== false && properties.Enabled !== 'false',
  };
  if (scaling?.MaximumConcurrency !== undefined)
    mapping.maximumConcurrency = Number(scaling.MaximumConcurrency);
  return mapping;
}

function translateNotifications(
  logicalId: string,
  resource: CloudFormationResource,
  template: CloudFormationTemplate,
): LocalNotification[] {
  const properties = resource.Properties ?? {};
  const bucketLogicalId = referencedLogicalId(properties.BucketName);
  if (bucketLogicalId === undefined) {
    throw new UntranslatableTemplateError(`${logicalId}: BucketName must be a bucket of this stack`);
  }
  const configuration = (properties.NotificationConfiguration ?? {}) as Properties;
  const queueConfigurations = (configuration.QueueConfigurations ?? []) as Properties[];
  return queueConfigurations.map((queueConfiguration) => {
    const queue = queueLogicalId(queueConfiguration.QueueArn, template);
    if (queue === undefined) {
      throw new UntranslatableTemplateError(`${logicalId}: QueueArn must be a queue of this stack`);
    }
    const events = (queueConfiguration.Events ?? []) as string[];
    const rules = ((queueConfiguration.Filter as Properties | undefined)?.Key as Properties | undefined)
      ?.FilterRules as { Name: string; Value: string }[] | undefined;
    const notification: LocalNotification = {
      bucketLogicalId,
      queueLogicalId: queue,
      events,
      configurationId:
        typeof queueConfiguration.Id === 'string'
          ? queueConfiguration.Id
          : generatedConfigurationId(bucketLogicalId, queue, events),
    };
    for (const rule of rules ?? []) {
      if (rule.Name.toLowerCase() === 'prefix') notification.prefix = rule.Value;
      if (rule.Name.toLowerCase() === 'suffix') notification.suffix = rule.Value;
    }
    return notification;
  });
}

// S3 gives an unnamed configuration a generated id (base64 of random bytes); a hash keeps it stable here.
function generatedConfigurationId(bucket: string, queue: string, events: string[]): string {
  return createHash('sha256')
    .update(`${bucket}\n${queue}\n${events.join(',')}`)
    .digest('base64')
    .slice(0, 48);
}
