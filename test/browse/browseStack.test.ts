// `browse --stack NAME`: the target comes from the stack's outputs (a recorded DescribeStacks answer, as the
// CLI's own tests use); no page is requested that would call AWS.
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  type DescribeStacksCommandOutput,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowser } from '../../cli/browse/startBrowser';
import { runBrowseCommand } from '../../cli/commands/browseCommand';
import recorded from '../cli/fixtures/describeStacks.json';

const cloudFormation = mockClient(CloudFormationClient);
const answer = recorded as unknown as DescribeStacksCommandOutput;

afterEach(() => cloudFormation.reset());

describe('browse --stack', () => {
  it("serves the stack's pipeline, named in every page's header, with actions (the stack has queues)", async () => {
    cloudFormation.on(DescribeStacksCommand, { StackName: 'ArticlePipeline' }).resolves(answer);
    const browser = await startBrowser(
      { stack: 'ArticlePipeline', region: 'eu-west-1', port: 0 },
      process.cwd(),
    );
    try {
      expect(browser.description).toBe('stack ArticlePipeline in eu-west-1');
      const page = await (await fetch(new URL('/search', browser.url))).text();
      expect(page).toContain('<span class="target">stack ArticlePipeline in eu-west-1</span>');
      expect(cloudFormation.commandCalls(DescribeStacksCommand)).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });

  it('the command prints the address and stops on SIGINT', async () => {
    cloudFormation.on(DescribeStacksCommand, { StackName: 'ArticlePipeline' }).resolves(answer);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const signals = new EventEmitter();
    const running = runBrowseCommand(
      { stack: 'ArticlePipeline', region: 'eu-west-1', readOnly: true },
      { stdout, stderr },
      signals as never,
    );
    await expect.poll(() => signals.listenerCount('SIGINT'), { timeout: 10_000 }).toBe(1);
    const printed = String(stdout.read());
    expect(printed).toMatch(
      /^Browse stack ArticlePipeline in eu-west-1 at http:\/\/127\.0\.0\.1:\d+\/ \(read-only\)\n$/,
    );
    const url = /(http:\/\/\S+\/)/.exec(printed)?.[1] as string;
    expect((await fetch(new URL('/reprocess?prefix=x', url))).status).toBe(403);
    signals.emit('SIGINT');
    expect(await running).toBe(0);
  });

  it('a stack without the outputs is a one-line error, as for every command', async () => {
    cloudFormation.on(DescribeStacksCommand).resolves({
      Stacks: [{ StackName: 'Other', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [] }],
    });
    await expect(
      startBrowser({ stack: 'Other', region: 'eu-west-1', port: 0 }, process.cwd()),
    ).rejects.toThrow(/has no BucketName or TableName output/);
  });
});
