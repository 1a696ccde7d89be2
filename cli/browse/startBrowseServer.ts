import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatCsv } from '../output/formatCsv';
import { articleCsvColumns } from '../query/articleColumns';
import { sourceCsvColumns } from '../query/sourceColumns';
import type { KeyState } from '../types';
import { html, type SafeHtml } from './html';
import { renderArticle } from './pages/renderArticle';
import { type PendingAction, renderConfirm } from './pages/renderConfirm';
import { renderLayout } from './pages/renderLayout';
import { renderOverview } from './pages/renderOverview';
import { renderSearch } from './pages/renderSearch';
import { renderSource } from './pages/renderSource';
import { renderSources } from './pages/renderSources';
import type { BrowseData, SearchCriteria, SourceFilter } from './types';

/** How {@link startBrowseServer} serves. */
export interface BrowseServerOptions {
  data: BrowseData;
  /** 0 picks a free port. */
  port: number;
  /** No reprocess or redrive. */
  readOnly: boolean;
  /**
   * Seconds between live refreshes of the overview, sources and source pages.
   * @default 5
   */
  refreshSeconds?: number;
}

/** A running browser. */
export interface BrowseServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  close(): Promise<void>;
}

const ASSETS: Record<string, { file: string; type: string }> = {
  '/assets/browse.js': { file: 'browse.js', type: 'text/javascript; charset=utf-8' },
  '/assets/browse.css': { file: 'browse.css', type: 'text/css; charset=utf-8' },
};

/** Scripts only from this origin, none inline; nothing from elsewhere; forms post only here; no framing. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const STATES = new Set(['', 'PARSED', 'REJECTED', 'FAILED', 'DELETED', 'PROCESSING', 'PENDING']);
const MAX_FORM_BYTES = 16 * 1024;

/**
 * Serves the record browser on 127.0.0.1 only. Every answer carries a strict content security policy;
 * a request whose `Host` is not this server's loopback address is refused (DNS rebinding); reprocess and
 * redrive are a GET confirmation page and a POST carrying this run's random token (refused under
 * `readOnly`). Pages are rendered on the server with every field escaped.
 *
 * @example
 * const server = await startBrowseServer({ data, port: 0, readOnly: false });
 * console.log(server.url); // http://127.0.0.1:41873/
 */
export async function startBrowseServer(options: BrowseServerOptions): Promise<BrowseServer> {
  const token = randomBytes(24).toString('hex');
  const assetsDir = new URL('./assets/', import.meta.url);
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        sendPage(
          response,
          500,
          'Error',
          html`<h1>Something went wrong</h1><p class="error">${(error as Error).message}</p>`,
        );
      else response.destroy();
    });
  });

  const layout = (
    title: string,
    section: Parameters<typeof renderLayout>[0]['section'],
    body: SafeHtml,
    live = false,
  ) =>
    renderLayout({
      title,
      section,
      description: options.data.description,
      body,
      ...(live ? { refreshSeconds: options.refreshSeconds ?? 5 } : {}),
    });

  function sendPage(
    response: ServerResponse,
    status: number,
    title: string,
    body: SafeHtml,
    live = false,
  ): void {
    send(response, status, 'text/html; charset=utf-8', layout(title, 'action', body, live).value);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      send(
        response,
        421,
        'text/plain; charset=utf-8',
        'This browser answers only on its own loopback address.\n',
      );
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url.pathname;
    const query = url.searchParams;
    const actions = !options.readOnly;

    if (request.method === 'POST') {
      if (!actions)
        return sendPage(
          response,
          403,
          'Read-only',
          html`<h1>Read-only</h1><p>This browser was started with --read-only.</p>`,
        );
      const origin = request.headers.origin;
      if (origin !== undefined && !allowedHosts.map((host) => `http://${host}`).includes(origin)) {
        return sendPage(
          response,
          403,
          'Refused',
          html`<h1>Refused</h1><p>The request came from another site.</p>`,
        );
      }
      const form = new URLSearchParams(await readBody(request));
      if (!sameToken(form.get('token') ?? '', token)) {
        return sendPage(
          response,
          403,
          'Refused',
          html`<h1>Refused</h1><p>The form's token is not this run's: reload the page and confirm again.</p>`,
        );
      }
      if (path === '/reprocess') {
        const result = await options.data.reprocess(form.get('prefix') ?? '');
        return sendPage(
          response,
          200,
          'Reprocess',
          html`<h1>Reprocess</h1><p class="result" role="status">${result.message}</p><p><a href="/sources?prefix=${encodeURIComponent(form.get('prefix') ?? '')}">Follow them</a></p>`,
        );
      }
      if (path === '/redrive') {
        const result = await options.data.redrive();
        return sendPage(
          response,
          200,
          'Redrive',
          html`<h1>Redrive</h1><p class="result" role="status">${result.message}</p><p><a href="/">Overview</a></p>`,
        );
      }
      return sendPage(response, 404, 'Not found', html`<h1>Not found</h1>`);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD, POST');
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
    }

    const asset = ASSETS[path];
    if (asset !== undefined) {
      return send(response, 200, asset.type, await readFile(new URL(asset.file, assetsDir)));
    }
    if (path === '/') {
      const overview = await options.data.overview();
      return send(
        response,
        200,
        HTML,
        layout('Overview', 'overview', renderOverview(overview, { actions }), true).value,
      );
    }
    if (path === '/sources') {
      const filter = sourceFilter(query);
      const page = await options.data.sources(filter);
      return send(response, 200, HTML, layout('Sources', 'sources', renderSources(page, filter), true).value);
    }
    if (path === '/source') {
      const key = query.get('key') ?? '';
      const { status, articles } = await options.data.sourceRecords(key);
      return send(
        response,
        200,
        HTML,
        layout(
          key,
          'sources',
          renderSource(key, status, articles, { actions, bucket: options.data.bucket }),
          true,
        ).value,
      );
    }
    const articleId = /^\/article\/([0-9a-f]{32})$/.exec(path)?.[1];
    if (articleId !== undefined) {
      const view = await options.data.article(articleId);
      if (view === undefined)
        return sendPage(
          response,
          404,
          'Not found',
          html`<h1>No such article</h1><p><code>${articleId}</code></p>`,
        );
      const title =
        view.article.status === 'PARSED' ? (view.article.headline ?? 'Article') : 'Deleted article';
      return send(response, 200, HTML, layout(title, 'article', renderArticle(view, { actions })).value);
    }
    if (path === '/search' || path === '/search/download') {
      const criteria = searchCriteria(query);
      const chosen = ['publication', 'author', 'entity', 'status'].filter(
        (name) => (query.get(name) ?? '') !== '',
      );
      if (chosen.length === 0) {
        return send(response, 200, HTML, layout('Search', 'search', renderSearch(criteria, undefined)).value);
      }
      if (chosen.length > 1) {
        return send(
          response,
          400,
          HTML,
          layout(
            'Search',
            'search',
            renderSearch(criteria, undefined, `Give one of ${chosen.join(', ')}, not several.`),
          ).value,
        );
      }
      try {
        if (path === '/search/download') return await download(response, criteria, query);
        const result = await options.data.search(criteria);
        return send(response, 200, HTML, layout('Search', 'search', renderSearch(criteria, result)).value);
      } catch (error) {
        if ((error as Error).name !== 'UserError') throw error;
        return send(
          response,
          400,
          HTML,
          layout('Search', 'search', renderSearch(criteria, undefined, (error as Error).message)).value,
        );
      }
    }
    if (path === '/reprocess' || path === '/redrive') {
      if (!actions)
        return sendPage(
          response,
          403,
          'Read-only',
          html`<h1>Read-only</h1><p>This browser was started with --read-only.</p>`,
        );
      const pending = await pendingAction(path, query.get('prefix') ?? '');
      return send(response, 200, HTML, layout(pending.title, 'action', renderConfirm(pending, token)).value);
    }
    return sendPage(response, 404, 'Not found', html`<h1>Not found</h1><p><a href="/">Overview</a></p>`);
  }

  async function pendingAction(path: string, prefix: string): Promise<PendingAction> {
    if (path === '/redrive') {
      const overview = await options.data.overview();
      return {
        path,
        title: 'Redrive',
        description: `${overview.deadLetterDepth ?? 0} message(s) in the dead-letter queue will be sent back to the ingest queue and processed again (as \`article-pipeline redrive\` does).`,
        fields: {},
      };
    }
    const plan = await options.data.planReprocess(prefix);
    return {
      path,
      title: 'Reprocess',
      description: `Every object whose key starts with "${prefix}" is sent through the ingest queue again as an S3 event (as \`article-pipeline reprocess --prefix\` does). ${plan.message} Records change only where the parser is newer.`,
      fields: { prefix },
    };
  }

  async function download(
    response: ServerResponse,
    criteria: SearchCriteria,
    query: URLSearchParams,
  ): Promise<void> {
    const format = query.get('format') === 'jsonl' ? 'jsonl' : 'csv';
    const all = query.get('scope') === 'all';
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="search.${format}"`,
    });
    let cursor = criteria.cursor;
    let first = true;
    do {
      const result = await options.data.search({ ...criteria, cursor });
      if (format === 'jsonl') {
        response.write(result.page.items.map((item) => `${JSON.stringify(item)}\n`).join(''));
      } else if (result.records === 'articles') {
        response.write(formatCsv(result.page.items, articleCsvColumns, first));
      } else {
        response.write(formatCsv(result.page.items, sourceCsvColumns, first));
      }
      first = false;
      cursor = result.page.cursor;
    } while (all && cursor !== null);
    response.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const HTML = 'text/html; charset=utf-8';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Not no-referrer: under it Chromium sends `Origin: null` with a form POST, which the origin check refuses.
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_FORM_BYTES) throw new Error('form too large');
  }
  return body;
}

function positive(value: string | null, fallback: number, max: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? Math.min(number, max) : fallback;
}

function sourceFilter(query: URLSearchParams): SourceFilter {
  const state = (query.get('state') ?? '').toUpperCase();
  return {
    prefix: query.get('prefix') ?? '',
    state: (STATES.has(state) ? state : '') as KeyState | '',
    limit: positive(query.get('limit'), 50, 1_000),
    cursor: query.get('cursor') || null,
  };
}

function searchCriteria(query: URLSearchParams): SearchCriteria {
  const text = (name: string) => {
    const value = query.get(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const date = (name: string) => {
    const value = text(name);
    return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  const status = text('status')?.toUpperCase();
  return {
    publication: text('publication'),
    author: text('author'),
    entity: text('entity'),
    status: status === 'REJECTED' || status === 'FAILED' || status === 'DELETED' ? status : undefined,
    since: date('since'),
    until: date('until'),
    limit: positive(query.get('limit'), 25, 1_000),
    cursor: query.get('cursor') || null,
  };
}
