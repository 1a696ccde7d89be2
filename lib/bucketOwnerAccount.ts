import { Stack, Token } from 'aws-cdk-lib';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';

/**
 * The account that owns `bucket`, where the construct can know it: the account its env names (an imported
 * bucket given `account`, or a bucket of a stack with an explicit env), else, for a bucket defined in the
 * same stack as `scope`, that stack's account (`AWS::AccountId`). Otherwise (a bucket imported by name
 * only, or defined in another env-agnostic stack) `undefined`: it may live in another account, and a
 * wrong `aws:SourceAccount` would silently drop every event.
 *
 * @example
 * ```ts
 * bucketOwnerAccount(pipeline, Bucket.fromBucketAttributes(stack, 'In', { bucketName: 'in', account: '111122223333' })); // '111122223333'
 * ```
 */
export function bucketOwnerAccount(scope: IConstruct, bucket: IBucket): string | undefined {
  if (!Token.isUnresolved(bucket.env.account)) return bucket.env.account;
  if (bucket instanceof Bucket && Stack.of(bucket) === Stack.of(scope)) return Stack.of(bucket).account;
  return undefined;
}
