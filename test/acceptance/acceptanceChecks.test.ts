// The checks of `npm run test:aws` (everything but deploy and destroy) against the whole pipeline in local
// mode, so they run on every CI run: the same CLI commands, queue and stream reads as against a stack.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalPipeline } from '../../local/LocalPipeline';
import { runAcceptanceChecks } from '../../scripts/acceptance/runAcceptanceChecks';
import type { AcceptanceTarget, CheckResult } from '../../scripts/acceptance/types';

let workDir: string;
let pipeline: LocalPipeline;
let target: AcceptanceTarget;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'acceptance-local-'));
  pipeline = await LocalPipeline.start({ projectRoot: process.cwd(), dataDir: join(workDir, 'data') });
  target = {
    options: { dataDir: join(workDir, 'data') },
    stream: {
      region: pipeline.state.region,
      endpoint: pipeline.state.endpoints.dynamodb,
      credentials: pipeline.state.credentials,
    },
    alarmStates: async () => undefined,
    waitSeconds: 120,
  };
});

afterAll(async () => {
  await pipeline?.stop();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe('the acceptance checks against local mode', () => {
  it('pass: three files uploaded and processed, records as expected, no dead letter, a stream event', async () => {
    const results = await runAcceptanceChecks(target, 'local-run');

    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(results.map((result) => result.name)).toEqual([
      'upload the three files with the CLI',
      'status --wait: every key processed',
      'seed.txt is PARSED with 1 article(s)',
      'two-document-export.txt is PARSED with 2 article(s)',
      'not-an-article.txt is REJECTED',
      'get --json: the export has its two articles',
      'the dead-letter queue is empty',
      'no alarm in ALARM',
      'a stream event reaches a consumer',
    ]);
    const stream = results.find(
      (result) => result.name === 'a stream event reaches a consumer',
    ) as CheckResult;
    expect(stream.detail).toContain('acceptance/local-run/');
  }, 300_000);

  it('fail on the dead-letter queue when a message is in it', async () => {
    // A message left in the dead-letter queue (here put there by hand) must fail the run.
    const { SendMessageCommand } = await import('@aws-sdk/client-sqs');
    await pipeline.clients.sqs.send(
      new SendMessageCommand({ QueueUrl: pipeline.state.deadLetterQueueUrl, MessageBody: '{"Records":[]}' }),
    );
    const results = await runAcceptanceChecks({ ...target, waitSeconds: 60 }, 'local-run-dlq');

    expect(results.find((result) => result.name === 'the dead-letter queue is empty')).toMatchObject({
      ok: false,
      detail: '1 message(s)',
    });
  }, 300_000);
});
