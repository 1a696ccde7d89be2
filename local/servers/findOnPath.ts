import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/**
 * The path of an executable found on PATH (as a spawn of its bare name would find it), or undefined.
 *
 * @example
 * await findOnPath('java'); // '/usr/bin/java'
 */
export async function findOnPath(
  command: string,
  path: string = process.env.PATH ?? '',
): Promise<string | undefined> {
  for (const directory of path.split(delimiter).filter(Boolean)) {
    const candidate = join(directory, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here: keep looking.
    }
  }
  return undefined;
}
