import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { ArticlePipelinePropsError } from '../../lib/errors';
import { resolvePipelineSettings } from '../../lib/resolvePipelineSettings';

describe('resolvePipelineSettings', () => {
  it('applies the documented defaults', () => {
    const settings = resolvePipelineSettings({});
    expect({
      ...settings,
      timeout: settings.timeout.toSeconds(),
      visibilityTimeout: settings.visibilityTimeout.toSeconds(),
      maxBatchingWindow: settings.maxBatchingWindow.toSeconds(),
      queueAgeAlarmThreshold: settings.queueAgeAlarmThreshold.toSeconds(),
    }).toEqual({
      removalPolicy: RemovalPolicy.RETAIN,
      retainData: true,
      memorySize: 1024,
      timeout: 120,
      visibilityTimeout: 720,
      bundleAwsSdk: true,
      batchSize: 10,
      maxBatchingWindow: 1,
      maxConcurrency: 10,
      maxReceiveCount: 5,
      maxObjectBytes: 26_214_400,
      deletedRetentionDays: 30,
      publishedDateFromKey: false,
      indexEntities: true,
      packArticleBodies: true,
      logLevel: 'INFO',
      logRetention: RetentionDays.ONE_MONTH,
      metricsNamespace: 'ArticlePipeline',
      queueAgeAlarmThreshold: 1800,
      accessLogsRetentionDays: 90,
    });
  });

  it('keeps the visibility timeout at six times the function timeout', () => {
    expect(resolvePipelineSettings({ timeout: Duration.seconds(45) }).visibilityTimeout.toSeconds()).toBe(
      270,
    );
  });

  it('retains data unless DESTROY', () => {
    expect(resolvePipelineSettings({ removalPolicy: RemovalPolicy.DESTROY }).retainData).toBe(false);
    expect(
      resolvePipelineSettings({ removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE }).retainData,
    ).toBe(true);
  });

  it.each([
    [{ maxReceiveCount: 0 }, 'maxReceiveCount'],
    [{ maxReceiveCount: 2.5 }, 'maxReceiveCount'],
    [{ maxConcurrency: 1 }, 'maxConcurrency'],
    [{ maxConcurrency: 1001 }, 'maxConcurrency'],
    [{ batchSize: 0 }, 'batchSize'],
    [{ memorySize: 64 }, 'memorySize'],
    [{ maxObjectBytes: 0 }, 'maxObjectBytes'],
    [{ deletedRetentionDays: 0 }, 'deletedRetentionDays'],
    [{ accessLogsRetentionDays: -1 }, 'accessLogsRetentionDays'],
    [{ timeout: Duration.minutes(16) }, 'timeout'],
    [{ removalPolicy: RemovalPolicy.SNAPSHOT }, 'removalPolicy'],
  ])('rejects %o naming %s', (props, prop) => {
    expect(() => resolvePipelineSettings(props)).toThrow(ArticlePipelinePropsError);
    try {
      resolvePipelineSettings(props);
    } catch (error) {
      expect((error as ArticlePipelinePropsError).prop).toBe(prop);
    }
  });

  it('rejects bucketProps together with an existing bucket', () => {
    const existingBucketObj = { bucketName: 'existing' } as unknown as Bucket;
    expect(() => resolvePipelineSettings({ existingBucketObj, bucketProps: { versioned: true } })).toThrow(
      /bucketProps cannot be combined with existingBucketObj/,
    );
  });
});
