import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ArticlePipelinePropsError } from './errors';
import type { ArticlePipelineProps, PipelineSettings } from './types';

/** AWS recommends a visibility timeout of at least six times the function's timeout for SQS sources. */
const VISIBILITY_TIMEOUT_FACTOR = 6;
/** SQS's largest visibility timeout. */
const MAX_VISIBILITY_TIMEOUT_SECONDS = 12 * 60 * 60;
/** Lambda's largest timeout. */
const MAX_FUNCTION_TIMEOUT_SECONDS = 15 * 60;

/**
 * Applies the documented defaults of `ArticlePipelineProps` and checks the values CDK itself does not
 * check (or checks only with a less helpful message), so a wrong prop fails at synth, not at deploy.
 *
 * @example
 * ```ts
 * const settings = resolvePipelineSettings({ maxReceiveCount: 3 });
 * settings.visibilityTimeout.toSeconds(); // 720: six times the 2-minute function timeout
 * ```
 */
export function resolvePipelineSettings(props: ArticlePipelineProps): PipelineSettings {
  if (props.existingBucketObj && props.bucketProps) {
    throw new ArticlePipelinePropsError(
      'bucketProps',
      'cannot be combined with existingBucketObj: configure the existing bucket where it is defined',
    );
  }
  const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
  if (removalPolicy === RemovalPolicy.SNAPSHOT) {
    throw new ArticlePipelinePropsError(
      'removalPolicy',
      'must be RETAIN, RETAIN_ON_UPDATE_OR_DELETE or DESTROY: S3 and DynamoDB have no SNAPSHOT',
    );
  }
  const timeout = props.timeout ?? Duration.minutes(2);
  const timeoutSeconds = timeout.toSeconds();
  if (timeoutSeconds < 1 || timeoutSeconds > MAX_FUNCTION_TIMEOUT_SECONDS) {
    throw new ArticlePipelinePropsError('timeout', `must be 1 s to 15 min, got ${timeoutSeconds} s`);
  }
  const visibilityTimeout = Duration.seconds(timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR);
  if (visibilityTimeout.toSeconds() > MAX_VISIBILITY_TIMEOUT_SECONDS) {
    throw new ArticlePipelinePropsError(
      'timeout',
      `gives a visibility timeout of ${visibilityTimeout.toSeconds()} s (6x), over SQS's 12 hours`,
    );
  }
  return {
    removalPolicy,
    retainData: removalPolicy !== RemovalPolicy.DESTROY,
    memorySize: integerInRange('memorySize', props.memorySize ?? 1024, 128, 10_240),
    timeout,
    visibilityTimeout,
    bundleAwsSdk: props.bundleAwsSdk ?? true,
    batchSize: integerInRange('batchSize', props.batchSize ?? 10, 1, 10_000),
    maxBatchingWindow: props.maxBatchingWindow ?? Duration.seconds(1),
    maxConcurrency: integerInRange('maxConcurrency', props.maxConcurrency ?? 10, 2, 1000),
    maxReceiveCount: integerInRange('maxReceiveCount', props.maxReceiveCount ?? 5, 1, 1000),
    maxObjectBytes: integerInRange(
      'maxObjectBytes',
      props.maxObjectBytes ?? 26_214_400,
      1,
      Number.MAX_SAFE_INTEGER,
    ),
    deletedRetentionDays: integerInRange('deletedRetentionDays', props.deletedRetentionDays ?? 30, 1, 36_500),
    publishedDateFromKey: props.publishedDateFromKey ?? false,
    indexEntities: props.indexEntities ?? true,
    packArticleBodies: props.packArticleBodies ?? true,
    logLevel: props.logLevel ?? 'INFO',
    logRetention: props.logRetention ?? RetentionDays.ONE_MONTH,
    metricsNamespace: props.metricsNamespace ?? 'ArticlePipeline',
    queueAgeAlarmThreshold: props.queueAgeAlarmThreshold ?? Duration.minutes(30),
    accessLogsRetentionDays: integerInRange(
      'accessLogsRetentionDays',
      props.accessLogsRetentionDays ?? 90,
      1,
      36_500,
    ),
  };
}

function integerInRange(prop: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ArticlePipelinePropsError(prop, `must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}
