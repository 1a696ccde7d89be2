// Local mode's S3 → SQS → Lambda leg, through real servers, with a hand-written template and a scripted
// function that logs what it receives and fails on cue: batching, partial batch responses, whole-batch
// failures, redrive to the dead-letter queue, concurrency, the event shapes, the notification filter.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalPipeline } from '../../local/LocalPipeline';
import { handWrittenTemplate } from './fixtures/handWrittenTemplate';

interface Invocation {
  startedAt: number;
  endedAt: number;
  requestId: string;
  functionName: string;
  remainingMs: number;
  env: Record<string, string | undefined>;
  records: (SQSRecord & { key: string })[];
}

const SCRIPTED_HANDLER = fileURLToPath(new URL('./fixtures/scriptedHandler.ts', import.meta.url));
let workDir: string;
let invocationLog: string;
let pipeline: LocalPipeline;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'local-esm-'));
  invocationLog = join(workDir, 'invocations.jsonl');
  await writeFile(invocationLog, '');
  pipeline = await LocalPipeline.start({
    projectRoot: process.cwd(),
    dataDir: join(workDir, 'data'),
    timeScale: 60,
    stack: { stackName: 'Test', template: handWrittenTemplate({ invocationLog }) },
    functionSources: { WorkerFunction: { entry: SCRIPTED_HANDLER } },
    // reorder.txt: its 4-byte version is delivered twice, late; its later 14-byte version twice, at once.
    deliveryPlan: (change) =>
      change.key !== 'reorder.txt' ? [0] : change.size === 4 ? [900, 1000] : [0, 20],
  });
});

afterAll(async () => {
  await pipeline?.stop();
  await rm(workDir, { recursive: true, force: true });
});

async function invocations(): Promise<Invocation[]> {
  const text = await readFile(invocationLog, 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Invocation);
}

async function uploadNamed(names: string[]) {
  const folder = join(workDir, `upload-${Math.random().toString(36).slice(2)}`);
  await mkdir(folder);
  await Promise.all(names.map((name) => writeFile(join(folder, name), `contents of ${name}\n`)));
  const uploaded = await pipeline.upload([folder]);
  return pipeline.waitUntilProcessed(uploaded, 30_000);
}

async function deadLetteredKeys(): Promise<string[]> {
  const dead = await pipeline.clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: pipeline.state.deadLetterQueueUrl!,
      MaxNumberOfMessages: 10,
      VisibilityTimeout: 0,
    }),
  );
  return (dead.Messages ?? []).map((message) => JSON.parse(message.Body!).Records[0].s3.object.key);
}

function receiveCounts(all: Invocation[], key: string): number[] {
  return all.flatMap((invocation) =>
    invocation.records
      .filter((record) => record.key === key)
      .map((record) => Number(record.attributes.ApproximateReceiveCount)),
  );
}

describe('local mode delivers S3 events to the function as AWS does', () => {
  it('sends an s3:TestEvent when the notification configuration is written, before any upload', async () => {
    const firstBody = async () => {
      const [first] = await invocations();
      return first === undefined ? undefined : JSON.parse(first.records[0]!.body);
    };
    await expect
      .poll(firstBody, { timeout: 10_000 })
      .toMatchObject({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: pipeline.state.bucket });
  });

  it('builds the SQS event and the S3 message as Lambda and S3 do, with the template’s environment', async () => {
    const [object] = await uploadNamed(['shape check (1)+more.txt']);
    expect(object?.delivery).toBe('processed');
    const invocation = (await invocations()).find((candidate) =>
      candidate.records.some((record) => record.key === 'shape check (1)+more.txt'),
    )!;
    const record = invocation.records.find((candidate) => candidate.key === 'shape check (1)+more.txt')!;
    const queue = pipeline.definition.queues.find((candidate) => candidate.logicalId === 'QueueC0FFEE01')!;
    expect(record).toMatchObject({
      eventSource: 'aws:sqs',
      eventSourceARN: queue.queueArn,
      awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: '1' },
    });
    expect(record.attributes.SentTimestamp).toMatch(/^\d+$/);
    expect(record.md5OfBody).toMatch(/^[0-9a-f]{32}$/);
    const s3Record = JSON.parse(record.body).Records[0];
    expect(s3Record).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      s3: {
        bucket: { name: pipeline.state.bucket, arn: `arn:aws:s3:::${pipeline.state.bucket}` },
        object: {
          key: 'shape+check+%281%29%2Bmore.txt',
          size: 'contents of shape check (1)+more.txt\n'.length,
        },
      },
    });
    expect(s3Record.s3.object.eTag).toMatch(/^[0-9a-f]{32}$/);
    expect(s3Record.s3.object.sequencer).toMatch(/^[0-9A-F]{18}$/);
    expect(invocation.env).toMatchObject({
      TABLE_NAME: 'Test-RecordsTable55AA66BB',
      QUEUE_ARN: queue.queueArn,
      BUCKET_ARN: `arn:aws:s3:::${pipeline.state.bucket}`,
      AWS_REGION: 'us-east-1',
      AWS_LAMBDA_FUNCTION_NAME: 'Test-WorkerFunction0D1E2F3A',
      AWS_LAMBDA_LOG_LEVEL: 'DEBUG',
      AWS_ENDPOINT_URL_S3: pipeline.state.endpoints.s3,
    });
    // Only the function's environment: nothing of the test process leaks in.
    expect(invocation.env.HOME).toBeUndefined();
    expect(invocation.remainingMs).toBeGreaterThan(20_000);
    expect(invocation.remainingMs).toBeLessThanOrEqual(30_000);
  });

  it('sends nothing for a key the notification filter does not match', async () => {
    const before = (await invocations()).length;
    const [object] = await uploadNamed(['report.xml']);
    expect(object).toMatchObject({ key: 'report.xml', delivery: 'skipped' });
    const after = await invocations();
    expect(
      after.slice(before).some((invocation) => invocation.records.some((r) => r.key === 'report.xml')),
    ).toBe(false);
  });

  it('deletes the messages a partial batch response does not list, and retries the one it does', async () => {
    const processed = await uploadNamed(['good-1.txt', 'good-2.txt', 'partial-fail.txt']);
    const byKey = Object.fromEntries(processed.map((object) => [object.key, object.delivery]));
    expect(byKey).toEqual({
      'good-1.txt': 'processed',
      'good-2.txt': 'processed',
      'partial-fail.txt': 'dead-lettered',
    });
    const all = await invocations();
    expect(receiveCounts(all, 'good-1.txt')).toEqual([1]);
    expect(receiveCounts(all, 'good-2.txt')).toEqual([1]);
    expect(receiveCounts(all, 'partial-fail.txt')).toEqual([1, 2]);
  });

  it('moves a message that fails maxReceiveCount receives to the dead-letter queue', async () => {
    const depthBefore = await pipeline.deadLetterQueueDepth();
    const [object] = await uploadNamed(['poison-fail.txt']);
    expect(object?.delivery).toBe('dead-lettered');
    expect(receiveCounts(await invocations(), 'poison-fail.txt')).toEqual([1, 2]);
    // SQS moves it on the receive after the last failure, once its visibility timeout has passed.
    await expect.poll(deadLetteredKeys, { timeout: 10_000 }).toContain('poison-fail.txt');
    expect(await pipeline.deadLetterQueueDepth()).toBeGreaterThan(depthBefore);
  });

  it('fails the whole batch when the function throws', async () => {
    // Four uploads at once fill one batch (BatchSize 4) within the batching window.
    const processed = await uploadNamed([
      'throw.txt',
      'bystander-1.txt',
      'bystander-2.txt',
      'bystander-3.txt',
    ]);
    expect(processed.find((object) => object.key === 'throw.txt')?.delivery).toBe('dead-lettered');
    const all = await invocations();
    const throwing = all.filter((invocation) =>
      invocation.records.some((record) => record.key === 'throw.txt'),
    );
    expect(Math.max(...throwing.map((invocation) => invocation.records.length))).toBeGreaterThan(1);
    // Every message of a batch that threw was received again (or dead-lettered): none was deleted.
    for (const invocation of throwing) {
      for (const record of invocation.records) {
        const count = Number(record.attributes.ApproximateReceiveCount);
        const receivedAgain = all.some((other) =>
          other.records.some(
            (r) => r.messageId === record.messageId && Number(r.attributes.ApproximateReceiveCount) > count,
          ),
        );
        expect(receivedAgain || count === 2).toBe(true);
      }
    }
  });

  it('fails the whole batch when the response names a message that is not in it', async () => {
    const [object] = await uploadNamed(['unknown-id.txt']);
    expect(object?.delivery).toBe('dead-lettered');
    expect(receiveCounts(await invocations(), 'unknown-id.txt')).toEqual([1, 2]);
  });

  it('gathers batches of at most BatchSize within the batching window', async () => {
    const names = Array.from({ length: 10 }, (_, index) => `batch-${String(index).padStart(2, '0')}.txt`);
    const processed = await uploadNamed(names);
    expect(processed.every((object) => object.delivery === 'processed')).toBe(true);
    const batches = (await invocations())
      .map((invocation) => invocation.records.filter((record) => record.key.startsWith('batch-')).length)
      .filter((size) => size > 0);
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(10);
    expect(Math.max(...batches)).toBeLessThanOrEqual(4);
    expect(Math.max(...batches)).toBeGreaterThan(1);
  });

  it('runs at most MaximumConcurrency invocations at once', async () => {
    const names = Array.from({ length: 12 }, (_, index) => `slow-${String(index).padStart(2, '0')}.txt`);
    await uploadNamed(names);
    const slow = (await invocations()).filter((invocation) =>
      invocation.records.some((r) => r.key.startsWith('slow-')),
    );
    expect(slow.length).toBeGreaterThanOrEqual(3);
    const overlapAt = (time: number) =>
      slow.filter((invocation) => invocation.startedAt <= time && time < invocation.endedAt).length;
    expect(Math.max(...slow.map((invocation) => overlapAt(invocation.startedAt)))).toBeLessThanOrEqual(2);
  });

  it('injects duplicate and reordered deliveries, and waits for the newest event of a key', async () => {
    const folder = join(workDir, 'reorder');
    await mkdir(folder);
    await writeFile(join(folder, 'reorder.txt'), 'old\n');
    const [older] = await pipeline.upload([folder]);
    await writeFile(join(folder, 'reorder.txt'), 'newer version\n');
    const [newer] = await pipeline.upload([folder]);
    expect(BigInt(`0x${newer!.sequencer}`)).toBeGreaterThan(BigInt(`0x${older!.sequencer}`));
    const [processed] = await pipeline.waitUntilProcessed([newer!], 30_000);
    expect(processed?.delivery).toBe('processed');
    // The plan delays both copies of the older event past the newer one's.
    await expect.poll(async () => deliveriesOf('reorder.txt'), { timeout: 10_000 }).toHaveLength(4);
    const deliveries = await deliveriesOf('reorder.txt');
    expect(deliveries.map((delivery) => delivery.size)).toEqual([14, 14, 4, 4]);
    expect(new Set(deliveries.map((delivery) => delivery.messageId)).size).toBe(4);
    expect(deliveries[0]!.sequencer).toBe(deliveries[1]!.sequencer);
    expect(deliveries[2]!.sequencer).toBe(older!.sequencer);
  });
});

async function deliveriesOf(key: string) {
  return (await invocations())
    .flatMap((invocation) => invocation.records.filter((record) => record.key === key))
    .map((record) => {
      const object = JSON.parse(record.body).Records[0].s3.object;
      return {
        messageId: record.messageId,
        size: object.size as number,
        sequencer: object.sequencer as string,
      };
    });
}
