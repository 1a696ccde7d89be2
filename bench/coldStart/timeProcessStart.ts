import { spawn } from 'node:child_process';
import { BenchCheckError } from '../support/errors';

/** A process to start: a script run by this Node.js binary with an environment of its own. */
export interface ProcessStart {
  script: string;
  /** The whole environment: nothing of the benchmark's own leaks in. */
  environment: Record<string, string>;
}

/** What one start took and printed. */
export interface ProcessStartTime {
  /** From spawn until the process exited, as seen from this process. */
  wallMs: number;
  stdout: string;
}

/**
 * Starts `node <script>` and measures the wall time until it exits. A non-zero exit is an error: a probe
 * that crashed early would look fast.
 *
 * @example
 * ```ts
 * const { wallMs } = await timeProcessStart({ script: 'probe-init.cjs', environment: { PATH: process.env.PATH! } });
 * ```
 */
export function timeProcessStart(start: ProcessStart): Promise<ProcessStartTime> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [start.script], {
      env: start.environment,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new BenchCheckError(`${start.script} exited with ${code}: ${stderr.slice(-2_000)}`));
        return;
      }
      resolve({ wallMs, stdout });
    });
  });
}
