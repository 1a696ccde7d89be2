import { readdir, readFile } from 'node:fs/promises';

/**
 * The pid of the DynamoDB Local process listening on `port`, found through /proc (Linux); undefined
 * elsewhere or when none is found. Needed because `startDynamoDbLocal` does not expose its child's pid.
 *
 * @example
 * await findDynamoDbLocalPid(8000); // 41234
 */
export async function findDynamoDbLocalPid(port: number): Promise<number | undefined> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = commandLine.split('\0');
    if (!args.some((arg) => arg.endsWith('DynamoDBLocal.jar'))) continue;
    const portIndex = args.indexOf('-port');
    if (portIndex >= 0 && args[portIndex + 1] === String(port)) return Number(entry);
  }
  return undefined;
}
