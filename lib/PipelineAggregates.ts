import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import { Architecture, type IFunction, LoggingFormat } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { ArticlePipeline } from './ArticlePipeline';
import { INGEST_RUNTIME } from './createIngestFunction';

const HANDLER_ENTRY = fileURLToPath(new URL('../lambda/aggregates/handler.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCK_FILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/** Props of {@link PipelineAggregates}. */
export interface PipelineAggregatesProps {
  /** The pipeline whose table the aggregates count (and live in). */
  readonly pipeline: ArticlePipeline;
}

/**
 * Keeps the record browser's aggregates (sources by status, articles per publication and day) with a
 * consumer of the table's stream, attached with the pipeline's own `addConsumer` (source and article
 * items only), so ingest never waits for it. The counters live in the record table as `AGGREGATE` items.
 *
 * @example
 * const pipeline = new ArticlePipeline(this, 'Pipeline');
 * new PipelineAggregates(this, 'Aggregates', { pipeline });
 */
export class PipelineAggregates extends Construct {
  /** The consumer function. */
  readonly fn: IFunction;

  constructor(scope: Construct, id: string, props: PipelineAggregatesProps) {
    super(scope, id);
    const fn = new NodejsFunction(this, 'Function', {
      description: 'article-pipeline aggregates: counts by status and articles per publication and day',
      entry: HANDLER_ENTRY,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: INGEST_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(30),
      loggingFormat: LoggingFormat.JSON,
      environment: { TABLE_NAME: props.pipeline.table.tableName },
    });
    props.pipeline.table.grantReadWriteData(fn);
    props.pipeline.addConsumer(fn, { types: ['SOURCE', 'ARTICLE'] });
    this.fn = fn;
  }
}
