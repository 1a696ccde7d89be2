import type { StoredArticle } from '../../../lambda/store/types';
import type { KeyStatus } from '../../types';
import { html, type SafeHtml } from '../html';

/**
 * One object key: its status (as `status KEY` says it) and its articles.
 *
 * @example
 * renderSource('a.txt', status, articles, { actions: true }).value;
 */
export function renderSource(
  key: string,
  status: KeyStatus | undefined,
  articles: readonly StoredArticle[],
  options: { actions: boolean; bucket: string },
): SafeHtml {
  return html`<h1>Source <code>${key}</code></h1>
<section id="live-source" data-live>
${
  status === undefined
    ? html`<p class="empty">Never uploaded to s3://${options.bucket} (no object, no record).</p>`
    : html`<dl><dt>Status</dt><dd data-field="status">${status.state}</dd><dt>Articles</dt><dd>${status.articleCount}</dd><dt>Parser</dt><dd>${status.parserVersion}</dd><dt>Processed</dt><dd>${status.processedAt}</dd>${status.detail === null ? '' : html`<dt>Detail</dt><dd>${status.detail}</dd>`}</dl>`
}
<ol class="articles">${articles.map((article) =>
    article.status === 'PARSED'
      ? html`<li><a href="/article/${article.id}">${article.headline ?? '(no headline)'}</a> · ${article.publication} · ${article.sortDate}</li>`
      : html`<li>deleted article <a href="/article/${article.id}">${article.id}</a></li>`,
  )}</ol>
</section>
${options.actions && status !== undefined ? html`<p><a href="/reprocess?prefix=${encodeURIComponent(key)}">Reprocess…</a></p>` : ''}`;
}
