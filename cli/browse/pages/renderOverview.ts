import type { KeyState } from '../../types';
import { html, type SafeHtml } from '../html';
import type { NameCount, OverviewData } from '../types';
import { renderBarChart } from './renderBarChart';
import { sourceReason } from './sourceReason';

const STATES: readonly KeyState[] = ['PARSED', 'REJECTED', 'FAILED', 'DELETED', 'PROCESSING', 'PENDING'];

/**
 * The overview: sources by status and the dead-letter queue's depth (refreshed live), recent rejections
 * and failures with their reasons, the articles-per-day chart and the top publications, authors and
 * entities.
 *
 * @example
 * renderOverview(await data.overview(), { actions: true }).value;
 */
export function renderOverview(data: OverviewData, options: { actions: boolean }): SafeHtml {
  const counts = STATES.map(
    (state) =>
      html`<li><a href="/sources?state=${state}"><span class="count" data-count="${state}">${data.counts[state]}</span> ${state.toLowerCase()}</a></li>`,
  );
  const dlq =
    data.deadLetterDepth === null
      ? ''
      : html`<li><span class="count" data-count="DLQ">${data.deadLetterDepth}</span> in the dead-letter queue${
          options.actions && data.deadLetterDepth > 0 ? html` · <a href="/redrive">redrive…</a>` : ''
        }</li>`;
  const problems =
    data.recentProblems.length === 0
      ? html`<p class="empty">No rejected or failed source.</p>`
      : html`<table><thead><tr><th>Key</th><th>Status</th><th>Processed</th><th>Reason</th></tr></thead><tbody>${data.recentProblems.map(
          (source) =>
            html`<tr><td><a href="/source?key=${encodeURIComponent(source.key)}">${source.key}</a></td><td>${source.status}</td><td>${source.processedAt}</td><td>${sourceReason(source)}</td></tr>`,
        )}</tbody></table>`;
  return html`<h1>Overview</h1>
<section id="live-counts" data-live>
<ul class="counts">${counts}${dlq}</ul>
<p class="note">${data.articleCount} article(s) stored · counts from ${
    data.countsFrom === 'aggregates' ? "the table stream's aggregates" : 'a listing of the bucket'
  }</p>
<h2>Recent rejections and failures</h2>
${problems}
</section>
<section>
<h2>Articles per day</h2>
${renderBarChart(data.perDay)}
</section>
<section class="tops">
${renderTop('Publications', data.topPublications, (name) => `/search?publication=${encodeURIComponent(name)}`)}
${renderTop('Authors', data.topAuthors, (name) => `/search?author=${encodeURIComponent(name)}`)}
${renderTop('Entities', data.topEntities, (name) => `/search?entity=${encodeURIComponent(name)}`)}
</section>
<p class="note">Authors and entities are counted over a sample of ${data.sampledArticles} article(s), those of the first keys listed.</p>`;
}

function renderTop(title: string, names: readonly NameCount[], link: (name: string) => string): SafeHtml {
  return html`<div><h2>Top ${title.toLowerCase()}</h2>${
    names.length === 0
      ? html`<p class="empty">None yet.</p>`
      : html`<ol>${names.map((entry) => html`<li><a href="${link(entry.name)}">${entry.name}</a> <span class="n">${entry.count}</span></li>`)}</ol>`
  }</div>`;
}
