import type { Page } from '../../../lambda/store/types';
import type { KeyState, KeyStatus } from '../../types';
import { html, type SafeHtml } from '../html';
import type { SourceFilter } from '../types';

const STATES: readonly (KeyState | '')[] = [
  '',
  'PARSED',
  'REJECTED',
  'FAILED',
  'DELETED',
  'PROCESSING',
  'PENDING',
];

/**
 * The sources page: a filter form (prefix, status) and one page of keys with status, article count,
 * parser version, processed time and reason; "next page" carries the listing's cursor, so thousands of
 * keys page through without being loaded at once.
 *
 * @example
 * renderSources(await data.sources(filter), filter).value;
 */
export function renderSources(page: Page<KeyStatus>, filter: SourceFilter): SafeHtml {
  const options = STATES.map(
    (state) =>
      html`<option value="${state}"${state === filter.state ? html` selected` : ''}>${state === '' ? 'any status' : state.toLowerCase()}</option>`,
  );
  const rows = page.items.map(
    (status) =>
      html`<tr class="state-${status.state}"><td><a href="/source?key=${encodeURIComponent(status.key)}">${status.key}</a></td><td>${status.state}</td><td class="n">${status.articleCount}</td><td>${status.parserVersion}</td><td>${status.processedAt}</td><td>${status.detail}</td></tr>`,
  );
  const next =
    page.cursor === null
      ? ''
      : html`<a rel="next" href="/sources?${new URLSearchParams({
          prefix: filter.prefix,
          state: filter.state,
          limit: String(filter.limit),
          cursor: page.cursor,
        }).toString()}">Next page</a>`;
  return html`<h1>Sources</h1>
<form method="get" action="/sources" class="filter">
<label>Prefix <input name="prefix" value="${filter.prefix}"></label>
<label>Status <select name="state">${options}</select></label>
<label>Per page <input name="limit" type="number" min="1" max="1000" value="${filter.limit}"></label>
<button type="submit">Filter</button>
</form>
<section id="live-sources" data-live>
<table class="sources"><thead><tr><th>Key</th><th>Status</th><th>Articles</th><th>Parser</th><th>Processed</th><th>Reason</th></tr></thead>
<tbody>${rows}</tbody></table>
${page.items.length === 0 ? html`<p class="empty">No source matches.</p>` : ''}
</section>
<nav class="pager">${filter.cursor === null ? '' : html`<a href="/sources?${new URLSearchParams({ prefix: filter.prefix, state: filter.state, limit: String(filter.limit) }).toString()}">First page</a> `}${next}</nav>`;
}
