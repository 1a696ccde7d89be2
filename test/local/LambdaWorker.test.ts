import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { HandlerLoadError } from '../../local/errors';
import { LambdaWorker, type LambdaWorkerOptions } from '../../local/lambda/LambdaWorker';

const HANDLERS = fileURLToPath(new URL('./fixtures/workerHandlers.ts', import.meta.url));
const BROKEN = fileURLToPath(new URL('./fixtures/brokenHandler.ts', import.meta.url));
const event = (body = 'count'): SQSEvent => ({ Records: [{ body } as SQSEvent['Records'][number]] });
const started: LambdaWorker[] = [];

function options(overrides: Partial<LambdaWorkerOptions>): LambdaWorkerOptions {
  return {
    entry: HANDLERS,
    exportName: 'scripted',
    functionName: 'test-function',
    functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:test-function',
    memorySizeMb: 256,
    timeoutSeconds: 30,
    environment: { GREETING: 'hello' },
    ...overrides,
  };
}

async function start(overrides: Partial<LambdaWorkerOptions> = {}): Promise<LambdaWorker> {
  const worker = await LambdaWorker.start(options(overrides));
  started.push(worker);
  return worker;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((worker) => worker.stop()));
});

describe('LambdaWorker', () => {
  it('keeps the module loaded across invocations, with only the given environment', async () => {
    const worker = await start();
    const first = await worker.invoke(event());
    const second = await worker.invoke(event());
    expect(first).toEqual({
      ok: true,
      response: expect.objectContaining({ invocations: 1, greeting: 'hello' }),
    });
    expect(second).toEqual({ ok: true, response: expect.objectContaining({ invocations: 2 }) });
    const remaining = (first as { response: { remainingMs: number } }).response.remainingMs;
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(30_000);
  });

  it('reports what the handler threw, and keeps the environment', async () => {
    const worker = await start();
    await worker.invoke(event());
    const result = await worker.invoke(event('throw'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^TypeError: the handler failed/);
    expect(await worker.invoke(event())).toMatchObject({ ok: true, response: { invocations: 2 } });
  });

  it('fails an invocation past the timeout, logs it as Lambda does, and replaces the environment', async () => {
    let log = '';
    const logSink = new PassThrough();
    logSink.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
    });
    const worker = await start({ timeoutSeconds: 1, logSink });
    await worker.invoke(event());
    expect(await worker.invoke(event('hang'))).toEqual({
      ok: false,
      error: 'Task timed out after 1.00 seconds',
      interrupted: true,
    });
    expect(log).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z [0-9a-f-]{36} Task timed out after 1\.00 seconds\n$/m);
    // A fresh environment: the module was loaded again, its count starts over.
    expect(await worker.invoke(event())).toMatchObject({ ok: true, response: { invocations: 1 } });
  });

  it('fails the invocation when the environment dies, and starts a fresh one for the next', async () => {
    const worker = await start();
    await worker.invoke(event());
    expect((await worker.invoke(event('crash'))).ok).toBe(false);
    expect(await worker.invoke(event())).toMatchObject({ ok: true, response: { invocations: 1 } });
  });

  it('refuses to start when the handler module does not load, saying why', async () => {
    await expect(LambdaWorker.start(options({ entry: BROKEN }))).rejects.toThrow(HandlerLoadError);
    await expect(LambdaWorker.start(options({ entry: BROKEN }))).rejects.toThrow(/TABLE_NAME is not set/);
    await expect(LambdaWorker.start(options({ exportName: 'missing' }))).rejects.toThrow(
      /no function named missing/,
    );
  });
});
