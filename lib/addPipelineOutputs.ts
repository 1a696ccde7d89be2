import { Aws, CfnOutput } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ArticlePipeline } from './ArticlePipeline';

/** The names of a pipeline's CloudFormation outputs (before any prefix): what the CLI looks up. */
export const PIPELINE_OUTPUT_NAMES = [
  'BucketName',
  'TableName',
  'TableStreamArn',
  'QueueUrl',
  'DeadLetterQueueUrl',
  'IngestFunctionName',
  'DashboardUrl',
] as const;

export type PipelineOutputName = (typeof PIPELINE_OUTPUT_NAMES)[number];

/**
 * Adds the outputs by which the CLI and downstream consumers find a deployed pipeline: `BucketName`,
 * `TableName`, `TableStreamArn`, `QueueUrl`, `DeadLetterQueueUrl`, `IngestFunctionName`, `DashboardUrl`.
 * The output names are their logical ids, so they are stable; no exports, so no stack is pinned by
 * another. A second pipeline in the same stack takes a `prefix` (`ArchiveBucketName`, ...).
 *
 * @example
 * ```ts
 * addPipelineOutputs(stack, pipeline);
 * addPipelineOutputs(stack, archivePipeline, 'Archive');
 * ```
 */
export function addPipelineOutputs(
  scope: Construct,
  pipeline: ArticlePipeline,
  prefix = '',
): Record<PipelineOutputName, CfnOutput> {
  const region = Aws.REGION;
  const values: Record<PipelineOutputName, { value: string; description: string }> = {
    BucketName: { value: pipeline.bucket.bucketName, description: 'Upload article files here' },
    TableName: { value: pipeline.table.tableName, description: 'Source and article records' },
    TableStreamArn: {
      value: pipeline.table.tableStreamArn!,
      description: 'Change feed of the records (NEW_AND_OLD_IMAGES) for downstream consumers',
    },
    QueueUrl: { value: pipeline.queue.queueUrl, description: 'S3 events waiting for the ingest function' },
    DeadLetterQueueUrl: {
      value: pipeline.deadLetterQueue.queueUrl,
      description: 'Events that failed every receive; redrive after fixing the cause',
    },
    IngestFunctionName: { value: pipeline.ingestFunction.functionName, description: 'The ingest function' },
    DashboardUrl: {
      value: `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards/dashboard/${pipeline.dashboard.dashboardName}`,
      description: 'CloudWatch dashboard of the pipeline',
    },
  };
  const outputs = {} as Record<PipelineOutputName, CfnOutput>;
  for (const name of PIPELINE_OUTPUT_NAMES) {
    const output = new CfnOutput(scope, `${prefix}${name}`, values[name]);
    // The output's name is the CLI's contract: independent of where in the tree it was created.
    output.overrideLogicalId(`${prefix}${name}`);
    outputs[name] = output;
  }
  return outputs;
}
