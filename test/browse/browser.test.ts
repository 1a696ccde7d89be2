// The record browser in a real Chromium (Debian's package, driven by playwright-core; nothing downloads a
// browser), against the whole pipeline in local mode.
import { readFile } from 'node:fs/promises';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_HINT, findChromium } from './findChromium';
import { type BrowseHarness, startBrowseHarness } from './startBrowseHarness';

const SLOW_TEST_MS = 240_000;
const executablePath = findChromium();
const ci = process.env.CI === 'true';

if (executablePath === undefined && !ci) {
  process.stderr.write(`${CHROMIUM_HINT}\n`);
}

describe.runIf(executablePath === undefined && ci)('browser tests under CI=true', () => {
  it('need an installed Chromium', () => {
    throw new Error(CHROMIUM_HINT);
  });
});

describe.runIf(executablePath !== undefined)('browse in Chromium', () => {
  let harness: BrowseHarness;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    harness = await startBrowseHarness();
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    const context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    context.on('request', (request) => requests.push(request.url()));
  }, SLOW_TEST_MS);

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
  });

  const count = (state: string) => page.locator(`[data-count="${state}"]`).textContent();

  it(
    'overview counts change live while uploads are processed',
    async () => {
      await harness.upload('first');
      await page.goto(harness.url);
      expect(await count('PARSED')).toBe('1');
      expect(await count('REJECTED')).toBe('0');
      await harness.upload('seed', 'courier', 'bad');
      // No reload: the page's script swaps in fresh counts.
      await expect.poll(() => count('PARSED'), { timeout: 30_000, interval: 250 }).toBe('3');
      expect(await count('REJECTED')).toBe('1');
      expect(await page.locator('#live-counts').textContent()).toContain('bad/empty.txt');
      expect(
        await page.locator('svg[aria-label="Articles per day by publication"] rect').count(),
      ).toBeGreaterThan(0);
    },
    SLOW_TEST_MS,
  );

  it('opens an article from the sources page and shows its fields beside the source', async () => {
    await page.goto(new URL('/sources', harness.url).href);
    await page.fill('input[name="prefix"]', 'courier/');
    await page.click('button[type="submit"]');
    expect(await page.locator('table.sources tbody tr').count()).toBe(1);
    await page.click('text=courier/2022-03-export.txt');
    await page.click('text=Orchard growers brace for late frost');
    expect(await page.locator('h1.headline').textContent()).toBe('Orchard growers brace for late frost');
    expect(await page.locator('dd[data-field="Publication"]').textContent()).toBe('The Valley Courier');
    expect(await page.locator('dd[data-field="Authors"]').textContent()).toBe('Priya Raman');
    expect(await page.locator('dd[data-field="Published"]').textContent()).toContain('2022-03-09');
    expect(await page.locator('ol.lines').textContent()).toContain(
      'HEADLINE: Orchard growers brace for late frost',
    );
  });

  it('searches by publication and downloads the rows as CSV', async () => {
    await page.goto(new URL('/search', harness.url).href);
    await page.fill('input[name="publication"]', 'the valley courier');
    await page.click('button[type="submit"]');
    expect(await page.locator('table.results tbody tr').count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=CSV (all)')]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toMatch(/^id,status,sortDate,/);
    expect(rows).toHaveLength(3);
    expect(csv).toContain('Orchard growers brace for late frost');
  });

  it('reprocesses a source after a confirmation that says what will happen', async () => {
    await page.goto(new URL('/source?key=courier%2F2022-03-export.txt', harness.url).href);
    await page.click('a[href^="/reprocess"]');
    expect(await page.locator('p.confirm').textContent()).toContain(
      '1 would be sent through the ingest queue again',
    );
    await page.click('form button[type="submit"]');
    expect(await page.locator('p.result').textContent()).toContain('1 enqueued');
  });

  it('shows hostile headlines and bylines as text: no dialog, no script run, no request to an injected URL', async () => {
    await harness.upload('hostile');
    await page.goto(new URL('/sources?prefix=hostile/', harness.url).href);
    const keys = await page.locator('table.sources tbody a').allInnerTexts();
    expect(keys).toHaveLength(3);
    const headlines: string[] = [];
    for (const key of keys) {
      await page.goto(new URL(`/source?key=${encodeURIComponent(key)}`, harness.url).href);
      headlines.push((await page.locator('ol.articles').textContent()) ?? '');
      await page.click('ol.articles a');
      await page.waitForLoadState('load');
      expect(await page.locator('h1.headline').count()).toBe(1);
    }
    expect(headlines.join('\n')).toContain(
      "<script>document.title='owned';window.__xss=1</script> Council votes",
    );
    expect(headlines.join('\n')).toContain(
      '"><img src="http://injected.invalid/pixel.png" onerror="alert(1)"> Library hours',
    );
    await page.goto(harness.url);
    await page.waitForTimeout(1_500);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => url.includes('injected.invalid'))).toEqual([]);
    expect(await page.evaluate(() => typeof (globalThis as { __xss?: unknown }).__xss)).toBe('undefined');
    expect(await page.title()).not.toBe('owned');
  });

  it('reads the article page with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const noScript = await context.newPage();
      await noScript.goto(new URL('/search?publication=the+valley+courier', harness.url).href);
      await noScript.click('text=Orchard growers brace for late frost');
      expect(await noScript.locator('h1.headline').textContent()).toBe(
        'Orchard growers brace for late frost',
      );
      expect(await noScript.locator('dd[data-field="Byline"]').textContent()).toContain('Priya Raman');
      expect(await noScript.locator('ol.lines li').count()).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });
});
