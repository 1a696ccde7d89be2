// Makes the README's screenshots of the record browser from a real run: the local pipeline, the seed and
// the test fixtures uploaded, `browse` on it, Debian's Chromium (CHROMIUM_PATH overrides) taking the
// pictures. Run: npx tsx scripts/screenshots.ts
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startBrowser } from '../cli/browse/startBrowser';
import { LocalPipeline } from '../local/LocalPipeline';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs', 'images');

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'screenshots-'));
  const uploads = join(workDir, 'uploads');
  await cp(join(ROOT, 'seeds'), join(uploads, 'seeds'), { recursive: true });
  await cp(join(ROOT, 'test', 'cli', 'fixtures', 'articles'), join(uploads, 'archive'), { recursive: true });
  const pipeline = await LocalPipeline.start({ projectRoot: ROOT, dataDir: join(workDir, 'data') });
  try {
    await pipeline.waitUntilProcessed(await pipeline.upload([uploads]), 120_000);
    const server = await startBrowser({ dataDir: join(workDir, 'data'), port: 0 }, workDir);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url);
      await page.screenshot({ path: join(OUT, 'browse-overview.png'), fullPage: true });
      await page.goto(new URL('/search?publication=albuquerque+journal', server.url).href);
      await page.click('table.results a');
      await page.screenshot({ path: join(OUT, 'browse-article.png') });
      process.stdout.write(`wrote ${join(OUT, 'browse-overview.png')} and browse-article.png\n`);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await pipeline.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
