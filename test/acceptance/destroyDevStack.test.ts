// The teardown of `npm run test:aws` against stubbed CloudFormation and S3 clients: the one part of the
// acceptance test that only AWS can run (local mode has no stacks), checked for its retry logic.
import {
  CloudFormationClient,
  DeleteStackCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import {
  DeleteObjectsCommand,
  HeadBucketCommand,
  ListObjectVersionsCommand,
  PutBucketLoggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destroyDevStack } from '../../scripts/acceptance/destroyDevStack';

const cloudFormation = mockClient(CloudFormationClient);
const s3 = mockClient(S3Client);
const STACK = 'ArticlePipelineAcceptance-test';
const gone = () =>
  Object.assign(new Error(`Stack with id ${STACK} does not exist`), { name: 'ValidationError' });
const notFound = () =>
  Object.assign(new Error('NotFound'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } });
const clients = () => ({
  cloudFormation: new CloudFormationClient({ region: 'us-east-1' }),
  s3: new S3Client({ region: 'us-east-1' }),
});

beforeEach(() => {
  cloudFormation.on(ListStackResourcesCommand).resolves({
    StackResourceSummaries: [
      {
        ResourceType: 'AWS::S3::Bucket',
        LogicalResourceId: 'PipelineIncomingBucket9E41A874',
        PhysicalResourceId: 'incoming',
      },
      {
        ResourceType: 'AWS::S3::Bucket',
        LogicalResourceId: 'PipelineAccessLogsBucket1A2B3C4D',
        PhysicalResourceId: 'logs',
      },
    ] as never,
  });
  s3.on(PutBucketLoggingCommand).resolves({});
  s3.on(ListObjectVersionsCommand).resolves({ IsTruncated: false, Versions: [{ Key: 'k', VersionId: 'v' }] });
  s3.on(DeleteObjectsCommand).resolves({});
});
afterEach(() => {
  cloudFormation.reset();
  s3.reset();
});

describe('destroyDevStack', () => {
  it('turns off access logging and empties the incoming bucket before cdk destroy, which then suffices', async () => {
    cloudFormation
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [{ StackStatus: 'CREATE_COMPLETE' } as never] })
      .rejects(gone());
    s3.on(HeadBucketCommand).rejects(notFound());
    const cdkRuns: string[][] = [];

    const result = await destroyDevStack(clients(), STACK, {
      runCdk: async (args) => {
        cdkRuns.push(args);
        return 0;
      },
      pause: async () => {},
    });

    expect(result).toMatchObject({ ok: true, detail: 'stack and 2 buckets deleted' });
    expect(s3.commandCalls(PutBucketLoggingCommand)[0]?.args[0].input).toEqual({
      Bucket: 'incoming',
      BucketLoggingStatus: {},
    });
    expect(s3.commandCalls(ListObjectVersionsCommand).map((call) => call.args[0].input.Bucket)).toEqual([
      'incoming',
    ]);
    expect(cdkRuns).toEqual([['destroy', STACK, '--force', '-c', 'dev=true', '-c', `stackName=${STACK}`]]);
    expect(cloudFormation.commandCalls(DeleteStackCommand)).toHaveLength(0);
  });

  it('after a BucketNotEmpty failure, empties the log bucket that late logs filled and deletes the stack again', async () => {
    cloudFormation
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [{ StackStatus: 'CREATE_COMPLETE' } as never] })
      .resolvesOnce({ Stacks: [{ StackStatus: 'DELETE_FAILED' } as never] })
      .rejects(gone());
    cloudFormation.on(DeleteStackCommand).resolves({});
    s3.on(HeadBucketCommand, { Bucket: 'incoming' }).rejects(notFound());
    s3.on(HeadBucketCommand, { Bucket: 'logs' }).resolvesOnce({}).rejects(notFound());

    const result = await destroyDevStack(clients(), STACK, { runCdk: async () => 1, pause: async () => {} });

    expect(result).toMatchObject({ ok: true });
    expect(s3.commandCalls(ListObjectVersionsCommand).map((call) => call.args[0].input.Bucket)).toEqual([
      'incoming',
      'logs',
    ]);
    expect(cloudFormation.commandCalls(DeleteStackCommand)).toHaveLength(1);
  });

  it('fails naming a bucket that is still there', async () => {
    cloudFormation
      .on(DescribeStacksCommand)
      .resolvesOnce({ Stacks: [{ StackStatus: 'CREATE_COMPLETE' } as never] })
      .rejects(gone());
    s3.on(HeadBucketCommand, { Bucket: 'incoming' }).rejects(notFound());
    s3.on(HeadBucketCommand, { Bucket: 'logs' }).resolves({});

    const result = await destroyDevStack(clients(), STACK, { runCdk: async () => 0, pause: async () => {} });

    expect(result).toMatchObject({ ok: false, detail: 'buckets left: logs' });
  });

  it('has nothing to do when the deploy never created the stack', async () => {
    cloudFormation.on(DescribeStacksCommand).rejects(gone());
    const result = await destroyDevStack(clients(), STACK, {
      runCdk: async () => {
        throw new Error('cdk must not run');
      },
      pause: async () => {},
    });
    expect(result).toMatchObject({ ok: true, detail: 'no stack to destroy' });
  });
});
