import { Stack, type StackProps } from 'aws-cdk-lib';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { ArticlePipeline } from './ArticlePipeline';
import { addPipelineOutputs } from './addPipelineOutputs';
import { PipelineAggregates, type PipelineAggregatesProps } from './PipelineAggregates';
import type { ArticlePipelineProps } from './types';

export interface ArticlePipelineStackProps extends StackProps {
  /**
   * Props of the pipeline.
   * @default - the pipeline's defaults: a retained, production-grade pipeline
   */
  readonly pipeline?: ArticlePipelineProps;
  /**
   * ARN of an existing SNS topic for the alarms (used when `pipeline.alarmTopic` is not given). The topic
   * lives outside the stack: a topic that CloudWatch can publish to while encrypted needs a customer-managed
   * KMS key, which is the owner's choice.
   * @default - alarms without actions
   */
  readonly alarmTopicArn?: string;
  /**
   * The record browser's aggregates (counts by status, articles per publication and day), kept by a
   * consumer of the table's stream (`PipelineAggregates`, construct id `Aggregates`): `false` leaves it out,
   * and `browse` then counts by listing the bucket; an object sets its props.
   * @default - created with PipelineAggregates' defaults
   */
  readonly aggregates?: boolean | Omit<PipelineAggregatesProps, 'pipeline'>;
}

/**
 * The deployable stack: one `ArticlePipeline` (construct id `Pipeline`), the browser's aggregates
 * (`PipelineAggregates`, id `Aggregates`, unless `aggregates: false`) and the pipeline's outputs (`BucketName`,
 * `TableName`, `TableStreamArn`, `QueueUrl`, `DeadLetterQueueUrl`, `IngestFunctionName`, `DashboardUrl`),
 * which the CLI reads to find the pipeline.
 *
 * @example
 * ```ts
 * const app = new App();
 * new ArticlePipelineStack(app, 'ArticlePipeline', { pipeline: { removalPolicy: RemovalPolicy.DESTROY } });
 * ```
 */
export class ArticlePipelineStack extends Stack {
  readonly pipeline: ArticlePipeline;
  /** The aggregates consumer; undefined with `aggregates: false`. */
  readonly aggregates?: PipelineAggregates;

  constructor(scope: Construct, id: string, props: ArticlePipelineStackProps = {}) {
    super(scope, id, {
      description: 'article-pipeline: newspaper article files in S3 become structured records in DynamoDB',
      ...props,
    });
    const alarmTopic =
      props.pipeline?.alarmTopic ??
      (props.alarmTopicArn ? Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn) : undefined);
    this.pipeline = new ArticlePipeline(this, 'Pipeline', { ...props.pipeline, alarmTopic });
    if (props.aggregates !== false) {
      this.aggregates = new PipelineAggregates(this, 'Aggregates', {
        ...(typeof props.aggregates === 'object' ? props.aggregates : {}),
        pipeline: this.pipeline,
      });
    }
    addPipelineOutputs(this, this.pipeline);
  }
}
