import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs the project's CDK CLI (`npx cdk ARGS`) in the repository, its output passed through, and resolves
 * to its exit status.
 *
 * @example
 * ```ts
 * await runCdk(['deploy', 'Stack', '-c', 'dev=true', '--require-approval', 'never']);
 * ```
 */
export function runCdk(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['cdk', ...args], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}
