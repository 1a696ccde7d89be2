import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BenchCheckError } from '../support/errors';
import type { BigFileCommand, BigFileRun } from './types';

const PROCESS = fileURLToPath(new URL('./bigFileProcess.ts', import.meta.url));
/** Past the time bound, how long the process gets to report and stop before it is killed. */
const STOP_GRACE_MS = 30_000;

/**
 * Forks `bigFileProcess.ts` (through tsx) to store one export in local mode, and resolves with what it
 * measured. It always ends: past `boundMs` plus a grace period the process (and with it the DynamoDB Local
 * its guard watches) is killed, and the promise rejects.
 *
 * @example
 * ```ts
 * const run = await runBigFileProcess({ file, dataDir, boundMs: 300_000, functionTimeoutSeconds: 10 });
 * ```
 */
export async function runBigFileProcess(options: {
  file: string;
  dataDir: string;
  boundMs: number;
  functionTimeoutSeconds: number;
}): Promise<BigFileRun> {
  const child = fork(
    PROCESS,
    [options.file, options.dataDir, String(options.boundMs), String(options.functionTimeoutSeconds)],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Starting takes seconds (DynamoDB Local, the template), hence the margin over the bound.
  const killer = setTimeout(() => child.kill('SIGKILL'), options.boundMs + 120_000 + STOP_GRACE_MS);
  try {
    const run = await new Promise<BigFileRun>((resolve, reject) => {
      child.on('message', (message: BigFileRun) => {
        if (message.type === 'done') resolve(message);
      });
      void exited.then((code) =>
        reject(new BenchCheckError(`the bigFile process exited (${code}) before reporting:\n${stderr}`)),
      );
    });
    const stop: BigFileCommand = { type: 'stop' };
    child.send(stop);
    const stopKiller = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(stopKiller);
    return run;
  } finally {
    clearTimeout(killer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
