import { Duration, FeatureFlags } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import type { Construct } from 'constructs';
import type { PipelineSettings } from './types';

/** What `createIncomingBucket` returns: the bucket to ingest from, and its access-log bucket when it made one. */
export interface IncomingBucket {
  readonly bucket: IBucket;
  readonly accessLogsBucket?: Bucket;
}

/**
 * The bucket users upload articles to: private, encrypted, TLS 1.2+ only, versioned (a delete leaves a
 * marker and the earlier versions, so a takedown is recorded and reversible), with server access logs in a
 * bucket of their own. An existing bucket is returned as it is.
 *
 * The construct ids `IncomingBucket` and `AccessLogsBucket` fix the logical ids of retained data: keep them.
 *
 * @example
 * ```ts
 * const { bucket } = createIncomingBucket(pipeline, resolvePipelineSettings({}), {});
 * ```
 */
export function createIncomingBucket(
  scope: Construct,
  settings: PipelineSettings,
  props: { existingBucketObj?: IBucket; bucketProps?: Partial<BucketProps> },
): IncomingBucket {
  if (props.existingBucketObj) return { bucket: props.existingBucketObj };

  const destroyWithStack = !settings.retainData;
  // With this feature flag (set by `cdk init` since 2.60) S3 delivers logs under a bucket policy and ACLs
  // can be disabled; without it CDK grants the log-delivery ACL, which needs ObjectWriter ownership.
  const logsUseBucketPolicy = FeatureFlags.of(scope).isEnabled(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY);
  const accessLogsBucket = new Bucket(scope, 'AccessLogsBucket', {
    // Server access logs can only be delivered to SSE-S3 buckets.
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: logsUseBucketPolicy ? ObjectOwnership.BUCKET_OWNER_ENFORCED : undefined,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    lifecycleRules: [{ id: 'ExpireAccessLogs', expiration: Duration.days(settings.accessLogsRetentionDays) }],
    removalPolicy: settings.removalPolicy,
    autoDeleteObjects: destroyWithStack,
  });

  const bucket = new Bucket(scope, 'IncomingBucket', {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    serverAccessLogsBucket: accessLogsBucket,
    serverAccessLogsPrefix: 'incoming/',
    lifecycleRules: [
      { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      {
        // Replaced and deleted versions stay restorable for 90 days; lifecycle expirations send no
        // ObjectRemoved events, so they never touch the records.
        id: 'ExpireOldVersions',
        noncurrentVersionExpiration: Duration.days(90),
        expiredObjectDeleteMarker: true,
      },
    ],
    removalPolicy: settings.removalPolicy,
    autoDeleteObjects: destroyWithStack,
    ...props.bucketProps,
  });
  return { bucket, accessLogsBucket };
}
