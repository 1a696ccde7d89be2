import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser } from '../../cli/browse/startBrowser';
import { LocalPipeline } from '../../local/LocalPipeline';
import type { ProcessedObject } from '../../local/types';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const CLI_FIXTURES = fileURLToPath(new URL('../cli/fixtures/articles/', import.meta.url));
const SEED = fileURLToPath(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));
const WAIT_MS = 120_000;

/** A local pipeline with a browser on it, and the test's own copies of the fixtures. */
export interface BrowseHarness {
  pipeline: LocalPipeline;
  /** The local pipeline's data folder (what `--data-dir` names). */
  dataDir: string;
  workDir: string;
  /** The browser's address, `http://127.0.0.1:PORT/`. */
  url: string;
  /** The folder of an upload: `seed`, `courier` (a two-document export), `bad` (an empty file), `first`, `hostile`. */
  path(name: string): string;
  /** Uploads those folders (keys `<name>/<file>`) and waits until each object is processed. */
  upload(...names: string[]): Promise<ProcessedObject[]>;
  stop(): Promise<void>;
}

/**
 * Starts the whole pipeline in local mode and `browse` on it, as a user runs `npm start` and
 * `article-pipeline browse`.
 *
 * @example
 * const harness = await startBrowseHarness({ readOnly: false });
 */
export async function startBrowseHarness(options: { readOnly?: boolean } = {}): Promise<BrowseHarness> {
  const workDir = await mkdtemp(join(tmpdir(), 'browse-'));
  const dataDir = join(workDir, 'data');
  // Each upload is a folder holding one folder, so that the keys keep that folder's name (`hostile/…`).
  const staged = (name: string) => join(workDir, 'staging', name, name);
  for (const name of ['first', 'hostile']) await cp(join(FIXTURES, name), staged(name), { recursive: true });
  await cp(SEED, join(staged('seed'), '000_90b2515fab799f03.txt'));
  await cp(join(CLI_FIXTURES, 'valley-courier'), staged('courier'), { recursive: true });
  await cp(join(CLI_FIXTURES, 'empty.txt'), join(staged('bad'), 'empty.txt'));
  const pipeline = await LocalPipeline.start({ projectRoot: process.cwd(), dataDir });
  try {
    const browser = await startBrowser(
      { dataDir, port: 0, readOnly: options.readOnly ?? false, refreshSeconds: 1 },
      workDir,
    );
    return {
      pipeline,
      dataDir,
      workDir,
      url: browser.url,
      path: (name) => join(workDir, 'staging', name, name),
      async upload(...names) {
        const uploaded = await pipeline.upload(names.map((name) => join(workDir, 'staging', name)));
        return pipeline.waitUntilProcessed(uploaded, WAIT_MS);
      },
      async stop() {
        await browser.close();
        await pipeline.stop();
        await rm(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await pipeline.stop();
    throw error;
  }
}
