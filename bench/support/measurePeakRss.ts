import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./peakRssChild.ts', import.meta.url));

/**
 * The V8 heap flags Lambda's Node.js runtime starts a 1,024 MB function with. Its bootstrap script
 * (`/var/runtime/bootstrap`) takes a tenth of `AWS_LAMBDA_FUNCTION_MEMORY_SIZE` for the young
 * generation and the rest for the old: `new_space=1024/10=102`, `--max-semi-space-size=102/2=51`,
 * `--max-old-space-size=1024-102=922`. See lambda/parser/README.md.
 */
export const LAMBDA_1024_MB_NODE_FLAGS = ['--max-old-space-size=922', '--max-semi-space-size=51'] as const;

/** What one child measured, in MiB of resident memory. */
export interface PeakRss {
  /** High-water RSS before parsing: Node, tsx and the input read from disk. */
  beforeMb: number;
  /** High-water RSS at the end: the most the process ever held. */
  peakMb: number;
  articles: number;
  rejection: string | null;
}

/**
 * Parses `bytes` in a fresh Node.js process started with Lambda's heap flags for 1,024 MB, and gives
 * its peak RSS (`process.resourceUsage().maxRSS`). A fresh process, because a high-water mark never
 * comes down: one process per input is the only way to see each input's own peak.
 *
 * @example
 * ```ts
 * const { peakMb } = await measurePeakRss(new TextEncoder().encode('Headline\n\nBody.'));
 * ```
 */
export async function measurePeakRss(bytes: Uint8Array): Promise<PeakRss> {
  const directory = await mkdtemp(join(tmpdir(), 'peak-rss-'));
  const file = join(directory, 'input.txt');
  try {
    await writeFile(file, bytes);
    const { stdout } = await run(
      process.execPath,
      [...LAMBDA_1024_MB_NODE_FLAGS, '--import', 'tsx', CHILD, file],
      {
        maxBuffer: 1024 * 1024,
      },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as PeakRss;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
