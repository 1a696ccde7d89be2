import { spawn } from 'node:child_process';

// Runs detached from this process: polls both pids; once the parent is gone, stops the child (SIGTERM, then
// SIGKILL) and exits; exits as soon as the child is gone. Plain JavaScript, so it needs no loader.
const GUARD_SCRIPT = `
const [parent, child] = process.argv.slice(1).map(Number);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const signal = (name) => { try { process.kill(child, name); } catch {} };
const timer = setInterval(() => {
  if (!alive(child)) process.exit(0);
  if (alive(parent)) return;
  clearInterval(timer);
  signal('SIGTERM');
  setInterval(() => { if (!alive(child)) process.exit(0); }, 100);
  setTimeout(() => { signal('SIGKILL'); process.exit(0); }, 5000);
}, 250);
`;

/**
 * Makes sure a child process does not outlive this one, even when this one is killed with SIGKILL (no exit
 * handler runs then, and DynamoDB Local's Java process would keep its port and files). Starts a small
 * detached watcher that ends the child within a second of this process's death, and ends itself when the
 * child is gone. Returns the watcher's pid.
 *
 * @example
 * guardChildProcess(javaPid);
 */
export function guardChildProcess(childPid: number, parentPid: number = process.pid): number | undefined {
  const guard = spawn(process.execPath, ['-e', GUARD_SCRIPT, String(parentPid), String(childPid)], {
    detached: true,
    stdio: 'ignore',
  });
  guard.unref();
  return guard.pid;
}
