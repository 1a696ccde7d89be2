import { setTimeout as sleep } from 'node:timers/promises';
import {
  type CloudFormationClient,
  DeleteStackCommand,
  DescribeStacksCommand,
  paginateListStackResources,
  waitUntilStackDeleteComplete,
} from '@aws-sdk/client-cloudformation';
import { HeadBucketCommand, PutBucketLoggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { emptyBucket } from './emptyBucket';
import { runCdk } from './runCdk';
import type { CheckResult } from './types';

const ATTEMPTS = 3;

/** How `destroyDevStack` runs the CDK and waits between attempts; replaced in tests. */
export interface DestroyRunner {
  runCdk(args: string[]): Promise<number>;
  pause(): Promise<void>;
}

const REAL_RUNNER: DestroyRunner = { runCdk, pause: () => sleep(30_000) };

/**
 * Destroys a dev stack (deployed with `-c dev=true`) with both its buckets, working around the CDK's
 * known failure (aws/aws-cdk#21776, #16332): S3 delivers server access logs late and at best effort, so
 * the access-log bucket can fill again after its auto-delete emptied it, and CloudFormation then fails
 * with BucketNotEmpty. So: turn off the incoming bucket's access logging first (no new log objects), empty
 * the incoming bucket, `cdk destroy`, and if the stack still stands, empty what remains and delete it
 * again, up to 3 times. Then checks that both buckets are gone. A stack that does not exist (the deploy
 * failed before creating it) leaves nothing to destroy.
 *
 * @example
 * ```ts
 * const result = await destroyDevStack({ cloudFormation, s3 }, 'ArticlePipelineAcceptance-x1');
 * ```
 */
export async function destroyDevStack(
  clients: { cloudFormation: CloudFormationClient; s3: S3Client },
  stackName: string,
  runner: DestroyRunner = REAL_RUNNER,
): Promise<CheckResult> {
  const { cloudFormation, s3 } = clients;
  const name = 'destroy: the stack and both buckets are gone';
  if (!(await stackExists(cloudFormation, stackName)))
    return { name, ok: true, detail: 'no stack to destroy' };
  const buckets = await stackBuckets(cloudFormation, stackName);
  const incoming = buckets.find((bucket) => bucket.logicalId.includes('IncomingBucket'))?.name;
  if (incoming !== undefined) {
    await s3.send(new PutBucketLoggingCommand({ Bucket: incoming, BucketLoggingStatus: {} }));
    await emptyBucket(s3, incoming);
  }
  let code = await runner.runCdk([
    'destroy',
    stackName,
    '--force',
    '-c',
    'dev=true',
    '-c',
    `stackName=${stackName}`,
  ]);
  for (let attempt = 1; attempt < ATTEMPTS && (await stackExists(cloudFormation, stackName)); attempt++) {
    console.error(
      `destroy: the stack still stands (cdk exit ${code}); emptying the buckets and deleting again`,
    );
    await runner.pause();
    for (const bucket of buckets) if (await bucketExists(s3, bucket.name)) await emptyBucket(s3, bucket.name);
    await cloudFormation.send(new DeleteStackCommand({ StackName: stackName }));
    await waitUntilStackDeleteComplete(
      { client: cloudFormation, maxWaitTime: 900 },
      { StackName: stackName },
    ).catch(() => undefined);
    code = 0;
  }
  const left = [];
  for (const bucket of buckets) if (await bucketExists(s3, bucket.name)) left.push(bucket.name);
  const stackLeft = await stackExists(cloudFormation, stackName);
  return {
    name,
    ok: !stackLeft && left.length === 0 && buckets.length === 2,
    detail: stackLeft
      ? `stack ${stackName} still exists`
      : left.length > 0
        ? `buckets left: ${left.join(', ')}`
        : `stack and ${buckets.length} buckets deleted`,
  };
}

async function stackBuckets(
  cloudFormation: CloudFormationClient,
  stackName: string,
): Promise<Array<{ logicalId: string; name: string }>> {
  const buckets: Array<{ logicalId: string; name: string }> = [];
  for await (const page of paginateListStackResources({ client: cloudFormation }, { StackName: stackName })) {
    for (const resource of page.StackResourceSummaries ?? []) {
      if (resource.ResourceType === 'AWS::S3::Bucket' && resource.PhysicalResourceId) {
        buckets.push({ logicalId: resource.LogicalResourceId ?? '', name: resource.PhysicalResourceId });
      }
    }
  }
  return buckets;
}

async function stackExists(cloudFormation: CloudFormationClient, stackName: string): Promise<boolean> {
  try {
    const { Stacks = [] } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
    return Stacks.some((stack) => stack.StackStatus !== 'DELETE_COMPLETE');
  } catch (error) {
    // CloudFormation answers a stack that is gone with a ValidationError "... does not exist".
    if (String((error as Error).message).includes('does not exist')) return false;
    throw error;
  }
}

async function bucketExists(s3: S3Client, bucket: string): Promise<boolean> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    return true;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return false;
    throw error;
  }
}
