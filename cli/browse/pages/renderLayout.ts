import { html, type SafeHtml } from '../html';

/** What every page's frame needs. */
export interface LayoutOptions {
  title: string;
  /** Which navigation entry is current. */
  section: 'overview' | 'sources' | 'search' | 'article' | 'action';
  /** The pipeline the browser reads: shown in the header. */
  description: string;
  body: SafeHtml;
  /** Seconds between live refreshes of the `data-live` parts; absent: the page does not refresh. */
  refreshSeconds?: number;
}

const NAV = [
  ['overview', '/', 'Overview'],
  ['sources', '/sources', 'Sources'],
  ['search', '/search', 'Search'],
] as const;

/**
 * The HTML document around a page: navigation, the stylesheet and the one external script (which only
 * adds live refresh: the page reads the same without it).
 *
 * @example
 * renderLayout({ title: 'Overview', section: 'overview', description: 'local pipeline', body }).value;
 */
export function renderLayout(options: LayoutOptions): SafeHtml {
  const nav = NAV.map(
    ([section, href, label]) =>
      html`<a href="${href}"${section === options.section ? html` aria-current="page"` : ''}>${label}</a>`,
  );
  const refresh =
    options.refreshSeconds === undefined ? '' : html` data-refresh-seconds="${options.refreshSeconds}"`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · article-pipeline</title>
<link rel="stylesheet" href="/assets/browse.css">
<script src="/assets/browse.js" defer></script>
</head>
<body${refresh}>
<header><strong>article-pipeline</strong> <nav>${nav}</nav> <span class="target">${options.description}</span></header>
<main id="main">
${options.body}
</main>
</body>
</html>
`;
}
