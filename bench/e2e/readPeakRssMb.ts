import { readFile } from 'node:fs/promises';

/**
 * The peak resident memory of another process (Linux `VmHWM`), in MB; undefined where /proc cannot tell.
 *
 * @example
 * ```ts
 * const peak = await readPeakRssMb(dynamoDbLocalPid);
 * ```
 */
export async function readPeakRssMb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
  return match?.[1] === undefined ? undefined : Number(match[1]) / 1024;
}
