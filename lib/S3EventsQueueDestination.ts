import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  type BucketNotificationDestinationConfig,
  BucketNotificationDestinationType,
  type IBucketNotificationDestination,
  type IBucketRef,
} from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * A bucket notification destination like CDK's `SqsDestination`, whose queue policy lets S3 send only for
 * this bucket (`aws:SourceArn`) and, when known, only on behalf of the bucket owner's account
 * (`aws:SourceAccount`): bucket names are global, so a bucket of the same name recreated in another
 * account after this one is deleted could otherwise still publish to the queue (the confused deputy).
 *
 * For a queue without a customer-managed KMS key only, as the pipeline's queues are (SSE-SQS): it adds no
 * key policy.
 *
 * @example
 * ```ts
 * bucket.addEventNotification(EventType.OBJECT_CREATED, new S3EventsQueueDestination(queue, '111122223333'));
 * ```
 */
export class S3EventsQueueDestination implements IBucketNotificationDestination {
  constructor(
    private readonly queue: IQueue,
    private readonly sourceAccount: string | undefined,
  ) {}

  bind(_scope: Construct, bucket: IBucketRef): BucketNotificationDestinationConfig {
    this.queue.grantSendMessages(
      new ServicePrincipal('s3.amazonaws.com', {
        conditions: {
          ArnLike: { 'aws:SourceArn': bucket.bucketRef.bucketArn },
          ...(this.sourceAccount === undefined
            ? {}
            : { StringEquals: { 'aws:SourceAccount': this.sourceAccount } }),
        },
      }),
    );
    return {
      arn: this.queue.queueArn,
      type: BucketNotificationDestinationType.QUEUE,
      dependencies: [this.queue],
    };
  }
}
