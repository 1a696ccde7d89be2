// A restart after a run that was stopped mid-write: a source left PROCESSING under the lease of a writer
// that no longer runs, and an object whose event went with the in-memory queue. Local mode reports both,
// sends their events again (the leased one once its lease has ended), and never blocks on them: `--once`
// honours --timeout and says what is unfinished, a watching run goes on at once, Ctrl-C ends it cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNexisExport } from '../../bench/corpus/generateNexisExport';
import { SCHEMA_VERSION } from '../../lambda/store/constants';
import { tableKeys } from '../../lambda/store/tableKeys';
import { LocalPipeline, type LocalPipelineOptions } from '../../local/LocalPipeline';
import { LocalStateFile } from '../../local/state/LocalStateFile';
import { handWrittenTemplate } from './fixtures/handWrittenTemplate';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(PROJECT_ROOT, 'bin', 'article-pipeline.mjs');
const SEED = join(PROJECT_ROOT, 'seeds', '000_90b2515fab799f03.txt');
const EXPORT = join(PROJECT_ROOT, 'test/local/fixtures/uploads/three-document export.txt');
const SCRIPTED_HANDLER = join(PROJECT_ROOT, 'test/local/fixtures/scriptedHandler.ts');
// Each case starts DynamoDB Local and the function: seconds on an idle machine, more on a busy one.
const CASE_TIMEOUT_MS = 300_000;

let workDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'local-restart-'));
});

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(workDir, { recursive: true, force: true });
});

/**
 * Leaves a data folder as a run stopped mid-write leaves it: `leased.txt` stored with its source PROCESSING
 * under a writer's lease that ends `leaseMs` from now (what a killed invocation leaves), and `lost.txt`
 * stored with no record (its event was in the queue, which lived in memory).
 */
async function leaveUnfinishedWork(
  dataDir: string,
  leaseMs: number,
  overrides: Partial<LocalPipelineOptions> = {},
): Promise<number> {
  const folder = join(workDir, `files-${Math.random().toString(36).slice(2)}`);
  await mkdir(folder);
  await copyFile(SEED, join(folder, 'leased.txt'));
  await copyFile(SEED, join(folder, 'lost.txt'));
  const run = await LocalPipeline.start({
    projectRoot: PROJECT_ROOT,
    dataDir,
    poll: false,
    reenqueue: false,
    ...overrides,
  });
  const leaseExpiresAt = Date.now() + leaseMs;
  try {
    await run.upload([folder]);
    // The item a writer's claim makes (lambda/store/claimSource.ts), which nothing released.
    await run.clients.documents.send(
      new PutCommand({
        TableName: run.state.table,
        Item: {
          ...tableKeys.source(run.state.bucket, 'leased.txt'),
          type: 'SOURCE',
          schemaVersion: SCHEMA_VERSION,
          bucket: run.state.bucket,
          key: 'leased.txt',
          status: 'PROCESSING',
          leaseOwner: 'a-run-that-was-killed',
          leaseExpiresAt,
          leaseSequencerKey: '0',
          leaseParserVersionKey: '0',
        },
      }),
    );
  } finally {
    await run.stop();
  }
  return leaseExpiresAt;
}

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function runLocal(dataDir: string, args: string[]): Running {
  const child = spawn(process.execPath, [BIN, 'local', '--data-dir', dataDir, ...args], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Processes with an argument that contains `text` (Linux /proc). */
async function processesMentioning(text: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.split('\0').some((arg) => arg.includes(text))) pids.push(Number(entry));
  }
  return pids;
}

describe('a restart with unfinished work', () => {
  it(
    'resends both events, the leased key’s only once its lease has ended',
    async () => {
      // The scripted function logs every record it receives, with the time its message was sent.
      const dataDir = join(workDir, 'pipeline');
      const invocationLog = join(workDir, 'invocations.jsonl');
      await writeFile(invocationLog, '');
      const stack = { stackName: 'Test', template: handWrittenTemplate({ invocationLog }) };
      const functionSources = { WorkerFunction: { entry: SCRIPTED_HANDLER } };
      // Meant to outlast the restart (DynamoDB Local's JVM): seconds idle, and more on a busy machine.
      const leaseExpiresAt = await leaveUnfinishedWork(dataDir, 20_000, { stack, functionSources });
      const pipeline = await LocalPipeline.start({
        projectRoot: PROJECT_ROOT,
        dataDir,
        stack,
        functionSources,
      });
      try {
        const byKey = Object.fromEntries(pipeline.reenqueued.map((object) => [object.key, object]));
        expect(byKey['leased.txt']).toMatchObject({ status: 'PROCESSING' });
        // The lease is reported when it still held as the restart looked (state is written after that).
        if (Date.parse(pipeline.state.startedAt) < leaseExpiresAt)
          expect(byKey['leased.txt']!.leaseExpiresAt).toBe(leaseExpiresAt);
        expect(byKey['lost.txt']).toBeDefined();
        expect(byKey['lost.txt']!.status).toBeUndefined();
        // The scripted function stores nothing (the source stays PROCESSING): wait for what it received.
        const received = async () =>
          (await readFile(invocationLog, 'utf8'))
            .split('\n')
            .filter(Boolean)
            .flatMap((line) => (JSON.parse(line) as { records: (SQSRecord & { key: string })[] }).records);
        await expect
          .poll(async () => new Set((await received()).map((record) => record.key).filter(Boolean)), {
            timeout: 60_000,
          })
          .toEqual(new Set(['leased.txt', 'lost.txt']));
        const sentAt = async (key: string) =>
          (await received())
            .filter((record) => record.key === key)
            .map((record) => Number(record.attributes.SentTimestamp));
        // The leased key's event was sent once the lease had ended, the other's at once; each received once.
        expect(await sentAt('leased.txt')).toHaveLength(1);
        expect((await sentAt('leased.txt'))[0]).toBeGreaterThan(leaseExpiresAt);
        expect(await sentAt('lost.txt')).toHaveLength(1);
        expect((await sentAt('lost.txt'))[0]).toBeLessThan(leaseExpiresAt);
      } finally {
        await pipeline.stop();
      }
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'with --once, reports the unfinished work, honours --timeout and says what it left, exiting 1',
    async () => {
      const dataDir = join(workDir, 'once');
      await leaveUnfinishedWork(dataDir, 10 * 60_000);
      const running = runLocal(dataDir, ['--once', '--timeout', '20', EXPORT]);
      expect(await running.exited).toBe(1);
      const stderr = running.stderr();
      expect(stderr).toMatch(/The last run left 2 object\(s\) unfinished:/);
      expect(stderr).toMatch(
        /leased\.txt: PROCESSING, interrupted; the lease its writer left ends in \d+ s, its event is sent then/,
      );
      expect(stderr).toMatch(/lost\.txt: no record yet; its event is sent again/);
      expect(stderr).toMatch(
        /--timeout ran out after 20 s with 1 object\(s\) unfinished \(leased\.txt\); the queue holds \d+ message\(s\) waiting, \d+ in flight, \d+ delayed: they go on at the next start/,
      );
      // What did land is printed, and so is what did not.
      expect(running.stdout()).toMatch(/^three-document export\.txt#1\s+PARSED\s+The Harbor Ledger/m);
      expect(running.stdout()).toMatch(/^lost\.txt\s+PARSED\s+Albuquerque Journal/m);
      expect(running.stdout()).toMatch(/^leased\.txt\s+PROCESSING\s+\(a write is under way\)/m);
      expect(await new LocalStateFile(dataDir).read()).toBeUndefined();
      await expect.poll(() => processesMentioning(dataDir), { timeout: 5_000 }).toEqual([]);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'without --once, goes on watching at once, and Ctrl-C says Stopping… and leaves nothing behind',
    async () => {
      const dataDir = join(workDir, 'watching');
      await leaveUnfinishedWork(dataDir, 10 * 60_000);
      const running = runLocal(dataDir, [EXPORT]);
      await expect
        .poll(() => /Watching s3:\/\//.test(running.stderr()) || running.child.exitCode !== null, {
          timeout: 120_000,
          interval: 100,
        })
        .toBe(true);
      expect(running.stderr()).toMatch(/The last run left 2 object\(s\) unfinished:/);
      expect(running.stdout()).toMatch(/^three-document export\.txt#3\s+PARSED/m);
      const [javaPid] = (await new LocalStateFile(dataDir).read())!.childPids;
      expect(javaPid).toBeDefined();

      running.child.kill('SIGINT');
      // The leased key's event waits for its lease, ten minutes away: stopping must not wait for it.
      expect(await running.exited).toBe(0);
      expect(running.stderr()).toMatch(
        /Stopping…\nStopped: every server is down; data kept for the next start\.\n$/,
      );
      expect(LocalStateFile.isAlive(javaPid!)).toBe(false);
      await expect.poll(() => processesMentioning(dataDir), { timeout: 5_000 }).toEqual([]);
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'Ctrl-C in the middle of a batch says Stopping… at once, ends, and the next start reports what it left',
    async () => {
      const dataDir = join(workDir, 'interrupted');
      const folder = join(workDir, 'big');
      await mkdir(folder);
      // Thousands of documents: a batch that is still being written when the signal comes.
      await writeFile(
        join(folder, 'big-export.txt'),
        generateNexisExport({ documents: 2_000, seed: 11, maxParagraphs: 1 }),
      );
      const args = ['-c', 'functionTimeoutSeconds=20', join(folder, 'big-export.txt')];
      // A --timeout longer than this case's bound: nothing of the wait may outlive the stop.
      const running = runLocal(dataDir, ['--once', '--timeout', '900', ...args]);
      await expect
        .poll(() => /Uploaded 1 file/.test(running.stderr()) || running.child.exitCode !== null, {
          timeout: 120_000,
          interval: 50,
        })
        .toBe(true);
      const [javaPid] = (await new LocalStateFile(dataDir).read())!.childPids;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(running.child.exitCode).toBeNull();
      running.child.kill('SIGINT');
      expect(await running.exited).toBe(130);
      expect(running.stderr()).toMatch(
        /Uploaded 1 file\(s\)[\s\S]*\nStopping…\n[\s\S]*Stopped: every server is down/,
      );
      expect(LocalStateFile.isAlive(javaPid!)).toBe(false);
      await expect.poll(() => processesMentioning(dataDir), { timeout: 5_000 }).toEqual([]);

      const again = runLocal(dataDir, ['--once', '--timeout', '3', ...args.slice(0, 2), EXPORT]);
      expect(await again.exited).toBe(1);
      // Stopped before or after its writer claimed the key: no record yet, or PROCESSING.
      expect(again.stderr()).toMatch(
        /The last run left 1 object\(s\) unfinished:\n {2}big-export\.txt: (no record yet|PROCESSING)/,
      );
      expect(again.stderr()).toMatch(
        /--timeout ran out after 3 s with \d+ object\(s\) unfinished \([^)]*big-export\.txt/,
      );
    },
    CASE_TIMEOUT_MS,
  );
});
