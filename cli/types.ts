import type { Writable } from 'node:stream';

/** Where a command writes: stdout for results, stderr for messages and progress. Injected for tests. */
export interface CommandIo {
  stdout: Writable;
  stderr: Writable;
}
