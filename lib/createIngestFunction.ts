import { fileURLToPath } from 'node:url';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  type CfnFunction,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { pdfjsAssetCommands } from './pdfjsAssetCommands';
import type { PipelineSettings } from './types';

/** The handler's source, bundled by esbuild; resolved from this file so the construct works from any cwd. */
const HANDLER_ENTRY = fileURLToPath(new URL('../lambda/ingest/handler.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCK_FILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/**
 * The newest Node.js runtime this aws-cdk-lib offers, pinned rather than `NODEJS_LATEST` or
 * `determineLatestNodeRuntime` so that an aws-cdk-lib upgrade never moves the runtime untested and the
 * template needs no region mapping.
 */
export const INGEST_RUNTIME = Runtime.NODEJS_24_X;

/** What `createIngestFunction` returns. */
export interface IngestFunction {
  readonly fn: NodejsFunction;
  /** The function's role; its default policy holds the statements this project writes and CDK's SQS grant. */
  readonly role: Role;
  /** The X-Ray statement (`Resource: *`, X-Ray has no resource-level permissions), apart from the rest. */
  readonly tracingPolicy: Policy;
  readonly logGroup: LogGroup;
}

/**
 * The ingest function: the handler bundled by esbuild (minified, source maps without sources), arm64, its
 * own log group with retention, active X-Ray tracing, JSON logs, and the environment the handler reads.
 *
 * Its role starts empty (no `AWSLambdaBasicExecutionRole`, whose log statement covers every log group):
 * it may write to its own log group only. Data permissions are added by `addIngestPermissions`.
 *
 * @example
 * ```ts
 * const { fn, role } = createIngestFunction(pipeline, settings, { tableName: table.tableName, serviceName: 'ingest' });
 * ```
 */
export function createIngestFunction(
  scope: Construct,
  settings: PipelineSettings,
  props: { tableName: string; serviceName: string },
): IngestFunction {
  const logGroup = new LogGroup(scope, 'IngestLogGroup', {
    retention: settings.logRetention,
    removalPolicy: settings.removalPolicy,
  });
  const role = new Role(scope, 'IngestFunctionRole', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Ingest function of ${scope.node.path}: reads incoming objects, writes article records`,
  });
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'WriteOwnLogs',
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [logGroup.logGroupArn],
    }),
  );

  const fn = new NodejsFunction(scope, 'IngestFunction', {
    description: 'article-pipeline ingest: S3 events from SQS, parse the object, write records to DynamoDB',
    entry: HANDLER_ENTRY,
    handler: 'handler',
    projectRoot: PROJECT_ROOT,
    depsLockFilePath: LOCK_FILE,
    runtime: INGEST_RUNTIME,
    architecture: Architecture.ARM_64,
    memorySize: settings.memorySize,
    timeout: settings.timeout,
    role,
    logGroup,
    loggingFormat: LoggingFormat.JSON,
    applicationLogLevelV2: ApplicationLogLevel[settings.logLevel],
    systemLogLevelV2: SystemLogLevel.INFO,
    environment: {
      TABLE_NAME: props.tableName,
      MAX_OBJECT_BYTES: String(settings.maxObjectBytes),
      MAX_RECEIVE_COUNT: String(settings.maxReceiveCount),
      DELETED_RETENTION_DAYS: String(settings.deletedRetentionDays),
      DATE_FROM_KEY: String(settings.publishedDateFromKey),
      INDEX_ENTITIES: String(settings.indexEntities),
      PACK_ARTICLE_BODIES: String(settings.packArticleBodies),
      POWERTOOLS_SERVICE_NAME: props.serviceName,
      POWERTOOLS_METRICS_NAMESPACE: settings.metricsNamespace,
      POWERTOOLS_LOG_LEVEL: settings.logLevel,
      NODE_OPTIONS: '--enable-source-maps',
    },
    bundling: {
      minify: true,
      sourceMap: true,
      // Stack traces need the mappings, not a copy of every source file in the bundle.
      sourcesContent: false,
      target: 'node24',
      format: OutputFormat.CJS,
      // The SDK's ES module builds, which esbuild can tree-shake: with `bundleAwsSdk` the function is then
      // a quarter smaller and starts faster than from the CommonJS builds (bench/coldStartBench.ts). Packages
      // with an `exports` map (Powertools, zod) resolve through it either way.
      mainFields: ['module', 'main'],
      bundleAwsSDK: settings.bundleAwsSdk,
      // PDF.js beside the bundle, loaded by `import()` only when a PDF arrives (lib/pdfjsAssetCommands.ts).
      esbuildArgs: { '--external:pdfjs-dist': true },
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (inputDir, outputDir) => pdfjsAssetCommands(inputDir, outputDir),
      },
    },
  });
  // Active tracing is set on the L1 so that CDK does not add X-Ray's `Resource: *` statement to the
  // role's default policy: kept in a policy of its own, that wildcard is acknowledged there alone, and a
  // new wildcard in the default policy is still a finding.
  const tracingPolicy = new Policy(scope, 'IngestTracingPolicy', {
    roles: [role],
    statements: [
      new PolicyStatement({
        sid: 'WriteTraces',
        actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
        resources: ['*'],
      }),
    ],
  });
  (fn.node.defaultChild as CfnFunction).tracingConfig = { mode: Tracing.ACTIVE };
  fn.node.addDependency(tracingPolicy);
  return { fn, role, logGroup, tracingPolicy };
}
