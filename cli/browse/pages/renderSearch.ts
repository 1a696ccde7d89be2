import type { StoredArticle, StoredSource } from '../../../lambda/store/types';
import { html, type SafeHtml } from '../html';
import type { SearchCriteria, SearchPage } from '../types';
import { sourceReason } from './sourceReason';

/**
 * The search page: the form (publication, author, entity, status, date range), one page of results, the
 * next page's link, and downloads of the rows on screen or of all of them as CSV or JSON Lines.
 *
 * @example
 * renderSearch(criteria, await data.search(criteria)).value;
 */
export function renderSearch(
  criteria: SearchCriteria,
  result: SearchPage | undefined,
  error?: string,
): SafeHtml {
  const statuses = ['', 'REJECTED', 'FAILED', 'DELETED'].map(
    (status) =>
      html`<option value="${status}"${status === (criteria.status ?? '') ? html` selected` : ''}>${status === '' ? '—' : status.toLowerCase()}</option>`,
  );
  const form = html`<form method="get" action="/search" class="filter">
<label>Publication <input name="publication" value="${criteria.publication ?? ''}"></label>
<label>Author <input name="author" value="${criteria.author ?? ''}"></label>
<label>Entity <input name="entity" value="${criteria.entity ?? ''}"></label>
<label>Status <select name="status">${statuses}</select></label>
<label>Since <input name="since" type="date" value="${criteria.since ?? ''}"></label>
<label>Until <input name="until" type="date" value="${criteria.until ?? ''}"></label>
<label>Per page <input name="limit" type="number" min="1" max="1000" value="${criteria.limit}"></label>
<button type="submit">Search</button>
</form>`;
  if (error !== undefined) return html`<h1>Search</h1>${form}<p class="error" role="alert">${error}</p>`;
  if (result === undefined)
    return html`<h1>Search</h1>${form}<p class="note">Give one of publication, author, entity or status.</p>`;
  const query = searchParams(criteria);
  const download = (format: 'csv' | 'jsonl', scope: 'page' | 'all', label: string) => {
    const params = new URLSearchParams(query);
    params.set('format', format);
    params.set('scope', scope);
    return html`<a href="/search/download?${params.toString()}" download>${label}</a>`;
  };
  const next =
    result.page.cursor === null
      ? ''
      : (() => {
          const params = new URLSearchParams(query);
          params.set('cursor', result.page.cursor);
          return html`<a rel="next" href="/search?${params.toString()}">Next page</a>`;
        })();
  const table =
    result.records === 'articles' ? articleTable(result.page.items) : sourceTable(result.page.items);
  return html`<h1>Search</h1>${form}
<p class="downloads">Download: ${download('csv', 'page', 'CSV (this page)')} · ${download('csv', 'all', 'CSV (all)')} · ${download('jsonl', 'page', 'JSON Lines (this page)')} · ${download('jsonl', 'all', 'JSON Lines (all)')}</p>
${table}
${result.page.items.length === 0 ? html`<p class="empty">Nothing found.</p>` : ''}
<nav class="pager">${next}</nav>`;
}

/** The criteria as query parameters (no cursor): what a download or next page repeats. */
export function searchParams(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['publication', 'author', 'entity', 'status', 'since', 'until'] as const) {
    const value = criteria[name];
    if (value !== undefined && value !== '') params.set(name, value);
  }
  params.set('limit', String(criteria.limit));
  if (criteria.cursor !== null) params.set('cursor', criteria.cursor);
  return params;
}

function articleTable(articles: readonly StoredArticle[]): SafeHtml {
  return html`<table class="results"><thead><tr><th>Date</th><th>Publication</th><th>Headline</th><th>Authors</th><th>Source</th></tr></thead><tbody>${articles.map(
    (article) =>
      article.status === 'PARSED'
        ? html`<tr><td>${article.sortDate}</td><td>${article.publication}</td><td><a href="/article/${article.id}">${article.headline ?? '(no headline)'}</a></td><td>${article.authors.join(', ')}</td><td>${article.source.key}#${article.source.documentIndex}</td></tr>`
        : html`<tr><td>deleted</td><td></td><td><a href="/article/${article.id}">${article.id}</a></td><td></td><td>${article.source.key}</td></tr>`,
  )}</tbody></table>`;
}

function sourceTable(sources: readonly StoredSource[]): SafeHtml {
  return html`<table class="results"><thead><tr><th>Key</th><th>Status</th><th>Processed</th><th>Reason</th></tr></thead><tbody>${sources.map(
    (source) =>
      html`<tr><td><a href="/source?key=${encodeURIComponent(source.key)}">${source.key}</a></td><td>${source.status}</td><td>${source.processedAt}</td><td>${sourceReason(source)}</td></tr>`,
  )}</tbody></table>`;
}
