import type { ParsedStoredArticle, StoredArticle } from '../../../lambda/store/types';
import { html, type SafeHtml } from '../html';
import { type LineRange, readProvenance } from '../readProvenance';
import type { ArticleView } from '../types';

/**
 * The article page: every field, the source text beside them (with the lines each field came from
 * highlighted when the record carries `provenance`, and the lines the parser set aside marked), warnings,
 * quotes with their speakers, entities, and links to articles with the same content hash or vendor
 * document id and to the source object. Works without script.
 *
 * @example
 * renderArticle(view, { actions: true }).value;
 */
export function renderArticle(view: ArticleView, options: { actions: boolean }): SafeHtml {
  const { article } = view;
  const sourceLink = html`<a href="/source?key=${encodeURIComponent(article.source.key)}">${article.source.key}</a> (document ${article.source.documentIndex})`;
  if (article.status !== 'PARSED') {
    return html`<h1>Deleted article</h1><p>Article <code>${article.id}</code> from ${sourceLink} was deleted at ${article.deletedAt}: its text is gone.</p>`;
  }
  const ranges = readProvenance(article);
  return html`<h1 class="headline">${article.headline ?? '(no headline)'}</h1>
${article.subheadline === null ? '' : html`<p class="subheadline">${article.subheadline}</p>`}
<div class="article">
<section class="fields">
<dl>
${field('Publication', article.publication)}
${field('Published', article.publishedDate, article.publishedDateSource === null ? undefined : `from ${article.publishedDateSource}`)}
${field('Byline', article.byline)}
${field('Authors', article.authors.join('; '))}
${field('Dateline', article.dateline)}
${field('Section', article.section)}
${field('Edition', article.edition)}
${field('Page', article.page)}
${field('Language', article.language)}
${field('Country', article.country)}
${field('Format', article.format)}
${field('Words', article.wordCount, article.statedWordCount === null ? undefined : `stated ${article.statedWordCount}`)}
${field('Reading time', `${article.readingTimeMinutes} min`)}
${field('Vendor document id', vendorId(article))}
${field('Content hash', article.contentHash)}
${field('Article id', article.id)}
${field('Source', sourceLink)}
${field('Parser', article.parserVersion, `processed ${article.processedAt}`)}
</dl>
${renderList(
  'Warnings',
  article.warnings.map((warning) => html`${warning}`),
  'warnings',
)}
<h2>Text</h2>
<div class="paragraphs">${article.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</div>
${renderList(
  'Quotes',
  article.quotes.map(
    (quote) => html`<q>${quote.text}</q> — <span class="speaker">${quote.speaker ?? 'unattributed'}</span>`,
  ),
)}
${renderEntities(article)}
${renderList(
  'Same content elsewhere',
  view.sameContent.map(
    (other) =>
      html`<a href="/article/${other.id}">${other.source.key}#${other.source.documentIndex}</a>${sameVendor(article, other) ? ' (same vendor id)' : ''}`,
  ),
)}
${options.actions ? html`<p><a href="/reprocess?prefix=${encodeURIComponent(article.source.key)}">Reprocess this source…</a></p>` : ''}
</section>
${renderSourceText(view, ranges)}
</div>`;
}

function field(label: string, value: string | number | SafeHtml | null, note?: string): SafeHtml | string {
  if (value === null || value === '') return '';
  return html`<dt>${label}</dt><dd data-field="${label}">${value}${note === undefined ? '' : html` <span class="note">(${note})</span>`}</dd>`;
}

function renderList(title: string, items: readonly SafeHtml[], className = ''): SafeHtml | string {
  if (items.length === 0) return '';
  return html`<h2>${title}</h2><ul class="${className}">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function renderEntities(article: ParsedStoredArticle): SafeHtml | string {
  const groups = [
    ['People', article.entities?.people ?? []],
    ['Organizations', article.entities?.organizations ?? []],
    ['Places', article.entities?.places ?? []],
  ] as const;
  if (groups.every(([, mentions]) => mentions.length === 0)) return '';
  return html`<h2>Entities</h2><dl class="entities">${groups.map(([label, mentions]) =>
    mentions.length === 0
      ? ''
      : html`<dt>${label}</dt><dd>${mentions.map((mention, index) => html`${index > 0 ? ', ' : ''}<a href="/search?entity=${encodeURIComponent(mention.name)}">${mention.name}</a> <span class="n">${mention.mentions}</span>`)}</dd>`,
  )}</dl>`;
}

function renderSourceText(view: ArticleView, ranges: readonly LineRange[]): SafeHtml {
  const text = view.sourceText;
  if (text === null)
    return html`<section class="source"><h2>Source</h2><p class="empty">Not read.</p></section>`;
  const legend =
    ranges.length === 0
      ? html`<p class="note">This record has no provenance: no lines are highlighted.</p>`
      : html`<p class="note">Highlighted: the lines each field came from; struck through: lines the parser set aside.</p>`;
  const lines = text.lines.map((line, index) => {
    const number = index + 1;
    const covering = ranges.filter((range) => range.start <= number && number <= range.end);
    const aside = covering.some((range) => range.kind === 'set-aside');
    const fields = covering.filter((range) => range.kind === 'field');
    const className = aside ? 'aside' : fields.length > 0 ? 'from-field' : '';
    const labels = covering.map((range) => range.label).join(', ');
    return html`<li id="L${number}"${className === '' ? '' : html` class="${className}"`}${labels === '' ? '' : html` title="${labels}" data-from="${labels}"`}><code>${line}</code></li>`;
  });
  return html`<section class="source"><h2>Source: ${view.article.source.key}</h2>${legend}${text.note === null ? '' : html`<p class="note">${text.note}</p>`}<ol class="lines">${lines}</ol></section>`;
}

function vendorId(article: ParsedStoredArticle): string | null {
  const id = (article as { sourceDocumentId?: { vendor?: unknown; id?: unknown } }).sourceDocumentId;
  if (id === undefined || typeof id.id !== 'string') return null;
  return `${String(id.vendor ?? '')} ${id.id}`.trim();
}

function sameVendor(article: ParsedStoredArticle, other: StoredArticle): boolean {
  const mine = vendorId(article);
  return mine !== null && other.status === 'PARSED' && vendorId(other) === mine;
}
