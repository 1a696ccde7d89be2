// A function that runs past its timeout in local mode: the invocation is stopped and logged as Lambda logs
// it, its environment replaced, and its message kept: it comes back after the queue's visibility timeout,
// and not before the lease the dead invocation left on its key has expired.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalPipeline } from '../../local/LocalPipeline';
import type { CloudFormationTemplate } from '../../local/types';
import { handWrittenTemplate } from './fixtures/handWrittenTemplate';

interface Invocation {
  startedAt: number;
  requestId: string;
  remainingMs: number;
  leaseExpiresAt?: number;
  records: (SQSRecord & { key: string })[];
}

const SCRIPTED_HANDLER = fileURLToPath(new URL('./fixtures/scriptedHandler.ts', import.meta.url));
const TIME_SCALE = 60;
// 120 s in the template: 2 s here, long enough to tell "after the visibility timeout" from "at once".
const TEMPLATE_VISIBILITY_SECONDS = 120;
const FUNCTION_TIMEOUT_SECONDS = 1;
let workDir: string;
let invocationLog: string;
let pipeline: LocalPipeline;
let functionLog = '';

function templateWithShortTimeout(): CloudFormationTemplate {
  const template = handWrittenTemplate({ invocationLog });
  const resources = template.Resources!;
  resources.WorkerFunction0D1E2F3A!.Properties!.Timeout = FUNCTION_TIMEOUT_SECONDS;
  const queue = resources.QueueC0FFEE01!.Properties!;
  queue.VisibilityTimeout = TEMPLATE_VISIBILITY_SECONDS;
  (queue.RedrivePolicy as { maxReceiveCount: number }).maxReceiveCount = 3;
  return template;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'local-timeout-'));
  invocationLog = join(workDir, 'invocations.jsonl');
  await writeFile(invocationLog, '');
  const logSink = new PassThrough();
  logSink.on('data', (chunk: Buffer) => {
    functionLog += chunk.toString('utf8');
  });
  pipeline = await LocalPipeline.start({
    projectRoot: process.cwd(),
    dataDir: join(workDir, 'data'),
    timeScale: TIME_SCALE,
    stack: { stackName: 'Test', template: templateWithShortTimeout() },
    functionSources: { WorkerFunction: { entry: SCRIPTED_HANDLER } },
    logSink,
  });
}, 120_000);

afterAll(async () => {
  await pipeline?.stop();
  await rm(workDir, { recursive: true, force: true });
});

async function invocationsOf(key: string): Promise<Invocation[]> {
  const text = await readFile(invocationLog, 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Invocation)
    .filter((invocation) => invocation.records.some((record) => record.key === key));
}

async function upload(name: string) {
  const folder = join(workDir, `upload-${name}`);
  await mkdir(folder);
  await writeFile(join(folder, name), `contents of ${name}\n`);
  const uploaded = await pipeline.upload([folder]);
  return pipeline.waitUntilProcessed(uploaded, 100_000);
}

/** When the log says the invocation with this request id timed out. */
function timedOutAt(requestId: string): number {
  const line = functionLog.split('\n').find((candidate) => candidate.includes(requestId));
  expect(line).toMatch(
    new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ${requestId} Task timed out after 1\\.00 seconds$`),
  );
  return Date.parse(line!.split(' ')[0]!);
}

// Each case waits for a timeout, a fresh environment and a visibility timeout or a lease: seconds idle,
// much more on a busy machine.
describe('a function that runs past its timeout in local mode', { timeout: 120_000 }, () => {
  it('gives the handler a context that counts down from the function’s timeout', async () => {
    const [object] = await upload('quick.txt');
    expect(object?.delivery).toBe('processed');
    const [invocation] = await invocationsOf('quick.txt');
    expect(invocation!.remainingMs).toBeGreaterThan(0);
    expect(invocation!.remainingMs).toBeLessThanOrEqual(FUNCTION_TIMEOUT_SECONDS * 1000);
  });

  it('is stopped and logged as Lambda logs it, and its message returns after the visibility timeout', async () => {
    const [object] = await upload('hang.txt');
    expect(object?.delivery).toBe('processed');
    const [first, second, ...rest] = await invocationsOf('hang.txt');
    expect(rest).toEqual([]);
    // Not deleted: the same message came back, received a second time, in a fresh environment.
    expect(second!.records[0]!.messageId).toBe(first!.records[0]!.messageId);
    expect(first!.records[0]!.attributes.ApproximateReceiveCount).toBe('1');
    expect(second!.records[0]!.attributes.ApproximateReceiveCount).toBe('2');
    expect(second!.requestId).not.toBe(first!.requestId);
    // Back only once the scaled visibility timeout had passed since the invocation was stopped.
    const visibilityMs = (TEMPLATE_VISIBILITY_SECONDS / TIME_SCALE) * 1000;
    expect(second!.startedAt).toBeGreaterThanOrEqual(timedOutAt(first!.requestId) + visibilityMs);
    expect(functionLog.match(/Task timed out after/g)).toHaveLength(1);
  });

  it('keeps the message away while the lease the dead invocation left on its key still holds', async () => {
    const [object] = await upload('hang-lease.txt');
    expect(object?.delivery).toBe('processed');
    const [first, second, ...rest] = await invocationsOf('hang-lease.txt');
    expect(rest).toEqual([]);
    expect(first!.leaseExpiresAt).toBeDefined();
    // The lease (8 s) outlasts the scaled visibility timeout (2 s) and a fresh environment’s start: the retry waits for the lease.
    expect(second!.startedAt).toBeGreaterThan(first!.leaseExpiresAt!);
    expect(second!.records[0]!.attributes.ApproximateReceiveCount).toBe('2');
  });
});
