import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { LocalState } from '../types';

const stateSchema = z.object({
  pid: z.number().int(),
  startedAt: z.string(),
  region: z.string(),
  credentials: z.object({ accessKeyId: z.string(), secretAccessKey: z.string() }),
  endpoints: z.object({ s3: z.string(), dynamodb: z.string(), sqs: z.string() }),
  bucket: z.string(),
  table: z.string(),
  queueUrl: z.string(),
  deadLetterQueueUrl: z.string().optional(),
  functionName: z.string(),
  timeScale: z.number(),
  keyPrefix: z.string(),
  childPids: z.array(z.number().int()),
});

/**
 * The state file of a running local pipeline (`<data folder>/state.json`): its endpoints, names and pid, so
 * the CLI's other commands can reach it. Written when the pipeline is up, removed when it stops.
 *
 * @example
 * const state = await new LocalStateFile('.local').read();
 * if (state && LocalStateFile.isAlive(state.pid)) console.log(state.endpoints.s3);
 */
export class LocalStateFile {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'state.json');
  }

  /** Whether a process with this pid exists (a stale file names a dead one). */
  static isAlive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  /** The state, or undefined when there is no file (or it is not a state file). */
  async read(): Promise<LocalState | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = stateSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes the state atomically (a reader never sees half a file). */
  async write(state: LocalState): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`);
    await rename(temporary, this.path);
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
