import { PassThrough } from 'node:stream';
import { main } from '../../bin/cli';
import type { TargetOptions } from '../../cli/types';

/** What one CLI run printed, and its exit status. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the project's CLI in-process, as a user would run `article-pipeline ARGS`, against the pipeline
 * `target` names (`--stack`/`--region`/`--profile`, or `--data-dir`), and captures its output.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runCli(['status', '--prefix', 'a/', '--json'], { stack: 'Acceptance' });
 * ```
 */
export async function runCli(
  args: string[],
  target: TargetOptions,
  workingDirectory?: string,
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  const code = await main(['node', 'article-pipeline', ...args, ...targetArgs(target)], {
    stdout,
    stderr,
    workingDirectory,
  });
  return { code, stdout: out, stderr: err };
}

function targetArgs(target: TargetOptions): string[] {
  const pairs: Array<[string, string | undefined]> = [
    ['--stack', target.stack],
    ['--region', target.region],
    ['--profile', target.profile],
    ['--data-dir', target.dataDir],
  ];
  return pairs.flatMap(([flag, value]) => (value === undefined ? [] : [flag, value]));
}
