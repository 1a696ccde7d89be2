import { PassThrough } from 'node:stream';
import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStacksCommand,
  type DescribeStacksCommandOutput,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli';
import { resolveTarget } from '../../cli/target/resolveTarget';
import recorded from './fixtures/describeStacks.json';

const cloudFormation = mockClient(CloudFormationClient);
const answer = recorded as unknown as DescribeStacksCommandOutput;
const context = { cwd: process.cwd() };

afterEach(() => cloudFormation.reset());

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const code = await main(['node', 'article-pipeline', ...args], { stdout, stderr });
  return { code, stdout: stdout.read()?.toString() ?? '', stderr: stderr.read()?.toString() ?? '' };
}

describe('--stack: names from the stack outputs (a recorded DescribeStacks answer)', () => {
  it('reads bucket, table and both queues, asking for the named stack in the given region', async () => {
    cloudFormation.on(DescribeStacksCommand, { StackName: 'ArticlePipeline' }).resolves(answer);
    const target = await resolveTarget({ stack: 'ArticlePipeline', region: 'eu-west-1' }, context);
    expect(target).toEqual({
      description: 'stack ArticlePipeline in eu-west-1',
      bucket: 'articlepipeline-pipelineincomingbucket9e41a874-k2m4q6s8u0w2',
      table: 'ArticlePipeline-PipelineTable0C1A5F45-1QW2E3R4T5Y6U',
      queueUrl:
        'https://sqs.eu-west-1.amazonaws.com/123456789012/ArticlePipeline-PipelineQueueC13966F5-Zx9Yw8Vu7Ts6',
      deadLetterQueueUrl:
        'https://sqs.eu-west-1.amazonaws.com/123456789012/ArticlePipeline-PipelineDeadLetterQueueF08023D6-Qa1Ws2Ed3Rf4',
      clients: { region: 'eu-west-1', profile: undefined },
    });
    expect(cloudFormation.commandCalls(DescribeStacksCommand)).toHaveLength(1);
  });

  it('lets an explicit name override one output', async () => {
    cloudFormation.on(DescribeStacksCommand).resolves(answer);
    const target = await resolveTarget(
      { stack: 'ArticlePipeline', region: 'eu-west-1', table: 'mirror' },
      context,
    );
    expect(target.table).toBe('mirror');
    expect(target.bucket).toBe('articlepipeline-pipelineincomingbucket9e41a874-k2m4q6s8u0w2');
  });

  it('reads a second pipeline of the stack by its output prefix, and says which prefixes exist', async () => {
    const stack = answer.Stacks?.[0];
    const prefixed = {
      ...answer,
      Stacks: [
        {
          ...stack,
          Outputs: stack?.Outputs?.map((output) => ({ ...output, OutputKey: `Archive${output.OutputKey}` })),
        },
      ],
    } as DescribeStacksCommandOutput;
    cloudFormation.on(DescribeStacksCommand).resolves(prefixed);
    const target = await resolveTarget(
      { stack: 'ArticlePipeline', region: 'eu-west-1', outputPrefix: 'Archive' },
      context,
    );
    expect(target.table).toBe('ArticlePipeline-PipelineTable0C1A5F45-1QW2E3R4T5Y6U');
    await expect(resolveTarget({ stack: 'ArticlePipeline', region: 'eu-west-1' }, context)).rejects.toThrow(
      'it has pipelines with output prefix "Archive": pass --output-prefix',
    );
  });

  it('a stack that does not exist is one line and exit status 2', async () => {
    cloudFormation.on(DescribeStacksCommand).rejects(
      new CloudFormationServiceException({
        name: 'ValidationError',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: 'Stack with id Nope does not exist',
      }),
    );
    const result = await run(['status', '--stack', 'Nope', '--region', 'eu-west-1']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'article-pipeline: no such stack: Nope (check the name, --region and --profile)\n',
    });
  });

  it('a stack without pipeline outputs is one line and exit status 2', async () => {
    cloudFormation
      .on(DescribeStacksCommand)
      .resolves({ Stacks: [{ StackName: 'Other', Outputs: [] }] } as never);
    const result = await run(['query', '--author', 'x', '--stack', 'Other', '--region', 'eu-west-1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'article-pipeline: stack Other has no BucketName or TableName output (is it an article-pipeline stack?)\n',
    );
  });
});

describe('without --stack', () => {
  it('explicit names target AWS with the standard resolution', async () => {
    const target = await resolveTarget(
      { bucket: 'b', table: 't', region: 'us-west-2', profile: 'archive' },
      context,
    );
    expect(target).toEqual({
      description: 'AWS',
      bucket: 'b',
      table: 't',
      queueUrl: undefined,
      deadLetterQueueUrl: undefined,
      clients: { region: 'us-west-2', profile: 'archive' },
    });
  });

  it('no local pipeline running is one line that says how to start one', async () => {
    const result = await run(['status', '--data-dir', '/nonexistent/article-pipeline-data']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'article-pipeline: no local pipeline is running with data folder /nonexistent/article-pipeline-data: ' +
        'start one with `npm start -- --data-dir /nonexistent/article-pipeline-data`\n',
    );
  });

  it('a command missing a name it needs says which option gives it', async () => {
    const result = await run(['redrive', '--bucket', 'b', '--region', 'eu-west-1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'article-pipeline: redrive needs the queue of the pipeline: pass --queue or --stack NAME\n',
    );
  });
});
