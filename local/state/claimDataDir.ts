import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalModeAlreadyRunningError } from '../errors';
import { LocalStateFile } from './LocalStateFile';

/**
 * Claims the data folder for this process from the first moment of a start (the state file only appears
 * once everything is up): creates `<dataDir>/run.pid` exclusively. A claim whose process is gone is taken
 * over; a live one throws LocalModeAlreadyRunningError, so two runs never share DynamoDB Local's files.
 * Returns the function that releases the claim.
 *
 * @example
 * const release = await claimDataDir('.local');
 * try { … } finally { await release(); }
 */
export async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'run.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && LocalStateFile.isAlive(owner)) {
        throw new LocalModeAlreadyRunningError(owner, dataDir);
      }
      await rm(path, { force: true });
    }
  }
  throw new LocalModeAlreadyRunningError(0, dataDir);
}
