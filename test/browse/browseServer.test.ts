// The record browser over HTTP, against the whole pipeline in local mode: what each page shows, that every
// field is escaped, the security headers, the Host check, the actions' token and confirmation, downloads.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../../cli/browse/startBrowser';
import { type BrowseHarness, startBrowseHarness } from './startBrowseHarness';

const SLOW_TEST_MS = 240_000;
let harness: BrowseHarness;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test chooses the Host header (fetch does not let it). */
function send(
  path: string,
  options: { method?: string; host?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const url = new URL(path, harness.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: {
          host: options.host ?? url.host,
          ...(options.body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
          ...options.headers,
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function articleLinks(body: string): string[] {
  return [...body.matchAll(/href="\/article\/([0-9a-f]{32})"/g)].map((match) => match[1] as string);
}

beforeAll(async () => {
  harness = await startBrowseHarness();
  await harness.upload('seed', 'courier', 'bad', 'hostile');
}, SLOW_TEST_MS);

afterAll(async () => {
  await harness?.stop();
});

describe('browse over HTTP', () => {
  it('binds to 127.0.0.1 and refuses any other Host header (DNS rebinding)', async () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = new URL(harness.url).port;
    expect((await send('/')).status).toBe(200);
    expect((await send('/', { host: `localhost:${port}` })).status).toBe(200);
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`]) {
      const answer = await send('/', { host });
      expect(answer.status).toBe(421);
      expect(answer.body).not.toContain('Overview');
    }
  });

  it('sends a strict content security policy and no inline script on any page', async () => {
    const answer = await send('/');
    const policy = String(answer.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const scripts = [...answer.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[1]).toContain('src="/assets/browse.js"');
    expect(scripts[0]?.[2]).toBe('');
    expect(answer.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    expect(answer.body).not.toMatch(/ on[a-z]+=/i);
  });

  it('overview: counts by status, the chart, and the rejection with its reason', async () => {
    const { body } = await send('/');
    const count = (state: string) => Number(new RegExp(`data-count="${state}">(\\d+)<`).exec(body)?.[1]);
    expect(count('PARSED')).toBe(5);
    expect(count('REJECTED')).toBe(1);
    expect(count('FAILED')).toBe(0);
    expect(count('DLQ')).toBe(0);
    expect(body).toContain('bad/empty.txt');
    expect(body).toContain('EMPTY: ');
    expect(body).toMatch(/<svg[^>]*aria-label="Articles per day by publication"/);
    expect(body).toContain('The Valley Courier');
  });

  it('escapes every field: a hostile headline and byline are text, on every page that shows them', async () => {
    const pages = [await send('/'), await send('/sources?prefix=hostile/')];
    const hostile = await send('/sources?prefix=hostile/');
    const keys = [...hostile.body.matchAll(/href="\/source\?key=([^"]+)"/g)].map((match) =>
      decodeURIComponent(match[1] as string),
    );
    for (const key of keys) {
      const source = await send(`/source?key=${encodeURIComponent(key)}`);
      pages.push(source);
      for (const id of articleLinks(source.body)) pages.push(await send(`/article/${id}`));
    }
    const all = pages.map((page) => page.body).join('\n');
    expect(all).toContain('&lt;script&gt;document.title=&#39;owned&#39;');
    expect(all).toContain('&quot;&gt;&lt;img src=&quot;http://injected.invalid/pixel.png&quot;');
    expect(all).not.toContain('<script>document.title');
    expect(all).not.toContain('<img src="http://injected.invalid');
    expect(all).not.toContain('<b>Lindqvist</b>');
  });

  it('sources: filter by prefix and status, page with a cursor', async () => {
    const rejected = await send('/sources?state=REJECTED');
    expect(rejected.body).toContain('bad/empty.txt');
    expect(rejected.body).not.toContain('courier/');
    const first = await send('/sources?limit=2');
    const rows = (body: string) =>
      [...body.matchAll(/<tr class="state-(\w+)"><td><a href="\/source\?key=([^"]+)"/g)].map((match) =>
        decodeURIComponent(match[2] as string),
      );
    expect(rows(first.body)).toHaveLength(2);
    const next = /<a rel="next" href="([^"]+)"/.exec(first.body)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toBeDefined();
    const second = await send(next as string);
    expect(rows(second.body)).toHaveLength(2);
    expect(rows(second.body)).not.toContain(rows(first.body)[0]);
    const byPrefix = await send('/sources?prefix=courier/');
    expect(rows(byPrefix.body)).toEqual(['courier/2022-03-export.txt']);
    expect(byPrefix.body).toMatch(/<td>PARSED<\/td><td class="n">2<\/td>/);
  });

  it('article: all fields, the source text beside them, the quote with its speaker, a link to the source', async () => {
    const source = await send(`/source?key=${encodeURIComponent('courier/2022-03-export.txt')}`);
    const ids = articleLinks(source.body);
    expect(ids).toHaveLength(2);
    const { body } = await send(`/article/${ids[0]}`);
    expect(body).toContain('<h1 class="headline">Orchard growers brace for late frost</h1>');
    expect(body).toMatch(/<dd data-field="Publication">The Valley Courier/);
    expect(body).toMatch(/<dd data-field="Published">2022-03-09/);
    expect(body).toMatch(/<dd data-field="Authors">Priya Raman/);
    expect(body).toContain('Hollis Mercer');
    expect(body).toContain('href="/source?key=courier%2F2022-03-export.txt"');
    // The source line the headline came from is highlighted as such (the article's provenance).
    expect(body).toMatch(
      /<li id="L\d+" class="from-field" title="headline" data-from="headline"><code>HEADLINE: Orchard growers brace for late frost<\/code><\/li>/,
    );
    expect(body).toContain('Highlighted: the lines each field came from');
  });

  it('search: by publication, with CSV and JSON Lines downloads of the page or of everything', async () => {
    const page = await send('/search?publication=the+valley+courier&limit=1');
    expect(articleLinks(page.body)).toHaveLength(1);
    const csvPage = await send(
      '/search/download?publication=the+valley+courier&limit=1&format=csv&scope=page',
    );
    expect(csvPage.headers['content-type']).toContain('text/csv');
    expect(csvPage.headers['content-disposition']).toContain('attachment');
    expect(csvPage.body.trim().split('\r\n')).toHaveLength(2);
    const csvAll = await send('/search/download?publication=the+valley+courier&limit=1&format=csv&scope=all');
    expect(csvAll.body.trim().split('\r\n')).toHaveLength(3);
    expect(csvAll.body.split('\r\n')[0]).toMatch(/^id,status,/);
    const jsonAll = await send(
      '/search/download?publication=the+valley+courier&limit=1&format=jsonl&scope=all',
    );
    const lines = jsonAll.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { publication: string });
    expect(lines.map((line) => line.publication)).toEqual(['The Valley Courier', 'The Valley Courier']);
    const rejected = await send('/search?status=rejected');
    expect(rejected.body).toContain('bad/empty.txt');
  });

  it('search: a CSV download neutralizes cells a spreadsheet would run as formulas', async () => {
    const csv = await send('/search/download?author=Lena+Ortiz&format=csv&scope=all');
    const row = csv.body.split('\r\n')[1] ?? '';
    expect(row).toContain(`,"'=HYPERLINK(""http://injected.invalid/"",""Mayor resigns"") and other news",`);
  });

  it(
    'reprocess: a confirmation page that says what will happen, then a POST with the run token',
    async () => {
      const confirm = await send('/reprocess?prefix=courier/');
      expect(confirm.status).toBe(200);
      expect(confirm.body).toContain('1 object(s) under');
      expect(confirm.body).toContain('1 would be sent through the ingest queue again');
      const token = /name="token" value="([0-9a-f]+)"/.exec(confirm.body)?.[1] as string;
      expect(token).toMatch(/^[0-9a-f]{48}$/);
      const wrong = await send('/reprocess', {
        method: 'POST',
        body: `token=${'0'.repeat(48)}&prefix=courier/`,
      });
      expect(wrong.status).toBe(403);
      const crossSite = await send('/reprocess', {
        method: 'POST',
        body: `token=${token}&prefix=courier/`,
        headers: { origin: 'http://evil.example' },
      });
      expect(crossSite.status).toBe(403);
      const opaque = await send('/reprocess', {
        method: 'POST',
        body: `token=${token}&prefix=courier/`,
        headers: { origin: 'null' },
      });
      expect(opaque.status).toBe(403);
      const wrongHost = await send('/reprocess', {
        method: 'POST',
        body: `token=${token}&prefix=courier/`,
        host: 'evil.example',
      });
      expect(wrongHost.status).toBe(421);
      const done = await send('/reprocess', { method: 'POST', body: `token=${token}&prefix=courier/` });
      expect(done.status).toBe(200);
      expect(done.body).toContain('1 enqueued');
      expect((await send('/reprocess', { method: 'GET' })).status).toBe(200);
    },
    SLOW_TEST_MS,
  );

  it(
    'redrive: confirmation names the dead-letter depth',
    async () => {
      const confirm = await send('/redrive');
      expect(confirm.body).toContain('0 message(s) in the dead-letter queue will be sent back');
      const token = /name="token" value="([0-9a-f]+)"/.exec(confirm.body)?.[1] as string;
      const done = await send('/redrive', { method: 'POST', body: `token=${token}` });
      expect(done.body).toContain('0 message(s) moved');
    },
    SLOW_TEST_MS,
  );

  it('--read-only: no action links, and the action routes refuse, POST or GET', async () => {
    const readOnly = await startBrowser(
      { dataDir: harness.dataDir, port: 0, readOnly: true },
      harness.workDir,
    );
    try {
      const overview = await fetch(readOnly.url);
      expect(await overview.text()).not.toMatch(/href="\/(reprocess|redrive)/);
      const source = await fetch(new URL('/source?key=courier%2F2022-03-export.txt', readOnly.url));
      expect(await source.text()).not.toContain('/reprocess');
      expect((await fetch(new URL('/reprocess?prefix=courier/', readOnly.url))).status).toBe(403);
      const post = await fetch(new URL('/redrive', readOnly.url), { method: 'POST', body: 'token=x' });
      expect(post.status).toBe(403);
    } finally {
      await readOnly.close();
    }
  });
});
