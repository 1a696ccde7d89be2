import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type IFunction, LoggingFormat } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AGGREGATES_FUNCTION_DESCRIPTION } from '../lambda/aggregates/constants';
import type { ArticlePipeline } from './ArticlePipeline';
import { INGEST_RUNTIME } from './createIngestFunction';

const HANDLER_ENTRY = fileURLToPath(new URL('../lambda/aggregates/handler.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCK_FILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/** Props of {@link PipelineAggregates}. */
export interface PipelineAggregatesProps {
  /** The pipeline whose table the aggregates count (and live in). */
  readonly pipeline: ArticlePipeline;
  /**
   * How long the consumer's log group keeps its logs.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the consumer's log group when it leaves the stack (the counters live in the table,
   * which the pipeline's own removal policy governs).
   * @default RemovalPolicy.DESTROY
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * Stream records per invocation: more records, fewer invocations (docs/browse.md, "What the aggregates cost").
   * @default 100
   */
  readonly batchSize?: number;
  /**
   * How long the event source gathers records before it invokes: a batch's deltas are summed per counter
   * item, so a trickle of uploads gathered into one batch writes each counter once, not once per upload.
   * The counts lag by up to this much (the browser refreshes every 30 s against AWS).
   * @default Duration.seconds(10)
   */
  readonly maxBatchingWindow?: Duration;
}

/**
 * Keeps the record browser's aggregates (sources by status, articles per publication and day) with a
 * consumer of the table's stream, attached with the pipeline's own `addConsumer` (source and article
 * items only), so ingest never waits for it. The counters live in the record table as `AGGREGATE` items.
 * The function has its own role: its log group, `PutItem` and `UpdateItem` on the table (the two actions
 * of its transactions), and the stream read that `addConsumer` grants. `ArticlePipelineStack` creates
 * one unless `aggregates: false`.
 *
 * @example
 * const pipeline = new ArticlePipeline(this, 'Pipeline');
 * new PipelineAggregates(this, 'Aggregates', { pipeline });
 */
export class PipelineAggregates extends Construct {
  /** The consumer function. */
  readonly fn: IFunction;
  /** The consumer's log group. */
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: PipelineAggregatesProps) {
    super(scope, id);
    const table = props.pipeline.table;
    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.DESTROY,
    });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Aggregates consumer of ${props.pipeline.node.path}: counts sources and articles from the table's stream`,
    });
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'WriteOwnLogs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'WriteCounters',
        // TransactWriteItems of conditional Puts (the changes' markers) and Updates (the summed counters).
        actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
        resources: [table.tableArn],
      }),
    );
    const fn = new NodejsFunction(this, 'Function', {
      description: AGGREGATES_FUNCTION_DESCRIPTION,
      entry: HANDLER_ENTRY,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: INGEST_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(30),
      role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: { TABLE_NAME: table.tableName },
      bundling: { minify: true, target: 'node24', format: OutputFormat.CJS, mainFields: ['module', 'main'] },
    });
    props.pipeline.addConsumer(fn, {
      types: ['SOURCE', 'ARTICLE'],
      batchSize: props.batchSize ?? 100,
      maxBatchingWindow: props.maxBatchingWindow ?? Duration.seconds(10),
      // The handler reports the first change it could not apply, so a retry starts there rather than
      // re-sending (and bisecting) the whole batch; without this setting Lambda would ignore that answer.
      reportBatchItemFailures: true,
      // One batch per shard at a time (the default, pinned): the markers keep counting exact under any
      // factor, but concurrent batches of one shard would update the same counter items in overlapping
      // transactions, which DynamoDB cancels (TransactionConflict) and the event source then retries.
      parallelizationFactor: 1,
    });
    this.fn = fn;
    Validations.of(role.node.findChild('DefaultPolicy')).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams, which the stream event source grants, has no resource-level permission; ' +
        'the stream read itself is scoped to this table stream.',
    });
    Validations.of(fn).acknowledge(
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'The function is invoked only by its DynamoDB stream event source, synchronously; a batch that ' +
          "fails every retry goes to the pipeline's consumer failure queue (the mapping's on-failure destination).",
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          'A few small transactions per batch: traces would cost more than they show. Failures are in its logs ' +
          'and the consumer failure alarm.',
      },
    );
  }
}
