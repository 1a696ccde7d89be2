import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';

const SHARED_MEMORY = '/dev/shm';

/**
 * Where the suite keeps its uploads and local mode's data: `/dev/shm` (tmpfs) when the machine has a
 * writable one, else the temporary folder. On tmpfs DynamoDB Local's SQLite file costs no disk flushes:
 * on this machine's disk, with the table's stream on, it wrote about 180 items/s, a fifth of its rate on
 * tmpfs, which would make the disk, not the pipeline, the figure.
 *
 * @example
 * ```ts
 * const scratch = mkdtempSync(join(chooseScratchRoot(), 'article-pipeline-e2e-'));
 * ```
 */
export function chooseScratchRoot(): string {
  try {
    accessSync(SHARED_MEMORY, constants.W_OK);
    return SHARED_MEMORY;
  } catch {
    return tmpdir();
  }
}
