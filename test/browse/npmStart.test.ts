// `npm start` serves the record browser next to the local pipeline and prints its link.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/article-pipeline.mjs', import.meta.url));

it('npm start prints the browser link, and the link serves the overview of what landed, from the aggregates', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'browse-start-'));
  const child = spawn(process.execPath, [BIN, 'local', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await expect
      .poll(() => /Browse the records: (\S+)/.exec(stderr)?.[1], { timeout: 180_000, interval: 250 })
      .toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const url = /Browse the records: (\S+)/.exec(stderr)?.[1] as string;
    const page = await (await fetch(url)).text();
    expect(page).toContain('<h1>Overview</h1>');
    expect(page).toMatch(/data-count="PARSED">1</);
    // npm start keeps the stream aggregates (a poller of DynamoDB Local's stream): the overview reads them.
    expect(page).toContain('counts from the table stream&#39;s aggregates');
    expect(page).toContain('1 article(s) stored');
  } finally {
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await rm(dataDir, { recursive: true, force: true });
  }
}, 240_000);
