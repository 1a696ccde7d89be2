// `npm start` as a user runs it: the real command in a child process. It must print what landed, stop
// every process it started on Ctrl-C, leave nothing behind when it is killed, and start again after that.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnPath } from '../../local/servers/findOnPath';
import { LocalStateFile } from '../../local/state/LocalStateFile';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(PROJECT_ROOT, 'bin', 'article-pipeline.mjs');
const STARTUP_MS = 90_000;
// A whole start (DynamoDB Local, the function, the template) per test: seconds idle, more on a busy machine.
const TEST_TIMEOUT_MS = 180_000;

// What `jq .headline` prints for JSON Lines, for machines without jq.
const NODE_HEADLINE_FILTER = `node -e 'let text = ""; process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => { for (const line of text.split("\\n")) if (line.trim() !== "") console.log(JSON.stringify(JSON.parse(line).headline ?? null)); })'`;
const JQ = await findOnPath('jq');

let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'local-command-'));
});

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function runLocal(args: string[]): Running {
  return watch(
    spawn(process.execPath, [BIN, 'local', '--data-dir', dataDir, ...args], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** A shell pipeline from the project root, as a user types it; its status is the first failure's. */
function spawnPipe(pipeline: string, env: Record<string, string>): Running {
  return watch(
    spawn('bash', ['-o', 'pipefail', '-c', pipeline], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

function watch(child: ChildProcess): Running {
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

async function waitForOutput(running: Running, pattern: RegExp): Promise<void> {
  await expect
    .poll(() => pattern.test(running.stderr()) || running.child.exitCode !== null, {
      timeout: STARTUP_MS,
      interval: 100,
    })
    .toBe(true);
  if (!pattern.test(running.stderr())) throw new Error(`exited before ${pattern}:\n${running.stderr()}`);
}

function isAlive(pid: number): boolean {
  return LocalStateFile.isAlive(pid);
}

/** Processes with an argument that contains `text`, or equals it when `exact` (Linux /proc). */
async function processesMentioning(text: string, exact = false): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = commandLine.split('\0');
    if (args.some((arg) => (exact ? arg === text : arg.includes(text)))) pids.push(Number(entry));
  }
  return pids;
}

describe('article-pipeline local (npm start)', () => {
  it(
    'stops every server and removes its state file on SIGINT, exiting 0',
    async () => {
      const running = runLocal(['--fresh']);
      await waitForOutput(running, /Watching s3:\/\//);
      expect(running.stdout()).toMatch(
        /^KEY\s+STATUS\s+PUBLICATION\s+HEADLINE\s+AUTHORS\n000_90b2515fab799f03\.txt\s+PARSED\s+Albuquerque Journal\s+Milley: US may work with Taliban to hit ISIS\s+Robert Burns, Lolita C\. Baldor\n$/,
      );
      const state = await new LocalStateFile(dataDir).read();
      expect(state?.pid).toBe(running.child.pid);
      const [javaPid] = state!.childPids;
      expect(javaPid).toBeDefined();
      expect(isAlive(javaPid!)).toBe(true);

      running.child.kill('SIGINT');
      expect(await running.exited).toBe(0);
      expect(await new LocalStateFile(dataDir).read()).toBeUndefined();
      expect(isAlive(javaPid!)).toBe(false);
      // Nothing started for this data folder survives: no DynamoDB Local, no watcher of it.
      await expect.poll(() => processesMentioning(dataDir), { timeout: 5_000 }).toEqual([]);
      // The watcher that guards DynamoDB Local takes its pid as an argument.
      await expect.poll(() => processesMentioning(String(javaPid), true), { timeout: 5_000 }).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'leaves no DynamoDB Local behind when it is killed outright',
    async () => {
      const running = runLocal([]);
      await waitForOutput(running, /Watching s3:\/\//);
      const state = await new LocalStateFile(dataDir).read();
      const [javaPid] = state!.childPids;
      running.child.kill('SIGKILL');
      await running.exited;
      await expect.poll(() => isAlive(javaPid!), { timeout: 15_000 }).toBe(false);
      await expect.poll(() => processesMentioning(dataDir), { timeout: 5_000 }).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    `starts again over the stale state of a killed run, and the pipe docs/local-mode.md shows prints the headlines and exits 0 (${JQ === undefined ? 'jq is not installed: node reads the JSON Lines as `jq .headline` would' : 'with jq'})`,
    async () => {
      const docs = await readFile(join(PROJECT_ROOT, 'docs', 'local-mode.md'), 'utf8');
      const documented = /`(npm start[^`]*--json exports\/ \| jq \.headline)`/.exec(docs)?.[1];
      expect(documented).toBeDefined();
      // The documented command, on this test's data folder and export, with the same filter.
      const pipe = documented!
        .replace('exports/', '--data-dir "$DATA_DIR" "$EXPORT"')
        .replace('jq .headline', JQ === undefined ? NODE_HEADLINE_FILTER : 'jq .headline');
      const running = spawnPipe(pipe, {
        DATA_DIR: dataDir,
        EXPORT: join(PROJECT_ROOT, 'test/local/fixtures/uploads/three-document export.txt'),
      });
      expect(await running.exited).toBe(0);
      expect(running.stdout()).toBe(
        [
          '"Ferry service to resume after winter repairs"',
          '"School board weighs later start times"',
          '"Library extends weekend hours"',
          '',
        ].join('\n'),
      );
      expect(running.stderr()).toMatch(
        /1 object\(s\): 1 parsed; 3 article\(s\); 0 message\(s\) in the dead-letter queue/,
      );
      expect(await new LocalStateFile(dataDir).read()).toBeUndefined();
      await expect.poll(() => processesMentioning(dataDir), { timeout: 5_000 }).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
