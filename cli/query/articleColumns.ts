import type { StoredArticle } from '../../lambda/store/types';
import type { Column } from '../types';

const parsed = <T>(
  article: StoredArticle,
  read: (article: Extract<StoredArticle, { status: 'PARSED' }>) => T,
) => (article.status === 'PARSED' ? read(article) : null);

/**
 * Columns of an article listing in a table: the date it sorts by, publication, headline, authors, where it
 * came from, and its id (for `get` and `--same-as`).
 *
 * @example
 * formatTable(articles, articleTableColumns);
 */
export const articleTableColumns: readonly Column<StoredArticle>[] = [
  { header: 'DATE', value: (article) => parsed(article, (a) => a.sortDate) ?? article.status },
  { header: 'PUBLICATION', value: (article) => parsed(article, (a) => a.publication), maxWidth: 28 },
  { header: 'HEADLINE', value: (article) => parsed(article, (a) => a.headline), maxWidth: 60 },
  { header: 'AUTHORS', value: (article) => parsed(article, (a) => a.authors.join(', ')), maxWidth: 36 },
  {
    header: 'KEY',
    value: (article) => `${article.source.key}#${article.source.documentIndex}`,
    maxWidth: 48,
  },
  { header: 'ID', value: (article) => article.id },
];

/**
 * Columns of an article listing in CSV: flat fields a spreadsheet or `COPY` takes (authors joined by `; `);
 * the schema version 3 fields last (format, the DOCX/ZIP container and member, the vendor's document id as
 * `vendor:id`), so that older readers of the first columns are not disturbed.
 *
 * @example
 * formatCsv(articles, articleCsvColumns);
 */
export const articleCsvColumns: readonly Column<StoredArticle>[] = [
  { header: 'id', value: (article) => article.id },
  { header: 'status', value: (article) => article.status },
  { header: 'sortDate', value: (article) => parsed(article, (a) => a.sortDate) },
  { header: 'publishedDate', value: (article) => parsed(article, (a) => a.publishedDate) },
  { header: 'publication', value: (article) => parsed(article, (a) => a.publication) },
  { header: 'headline', value: (article) => parsed(article, (a) => a.headline) },
  { header: 'authors', value: (article) => parsed(article, (a) => a.authors.join('; ')) },
  { header: 'dateline', value: (article) => parsed(article, (a) => a.dateline) },
  { header: 'wordCount', value: (article) => parsed(article, (a) => a.wordCount) },
  { header: 'contentHash', value: (article) => parsed(article, (a) => a.contentHash) },
  { header: 'bucket', value: (article) => article.source.bucket },
  { header: 'key', value: (article) => article.source.key },
  { header: 'documentIndex', value: (article) => article.source.documentIndex },
  { header: 'parserVersion', value: (article) => parsed(article, (a) => a.parserVersion) },
  { header: 'processedAt', value: (article) => parsed(article, (a) => a.processedAt) },
  { header: 'format', value: (article) => parsed(article, (a) => a.format) },
  { header: 'container', value: (article) => parsed(article, (a) => a.container?.kind ?? null) },
  { header: 'member', value: (article) => parsed(article, (a) => a.container?.member ?? null) },
  {
    header: 'sourceDocumentId',
    value: (article) =>
      parsed(article, (a) =>
        a.sourceDocumentId === undefined ? null : `${a.sourceDocumentId.vendor}:${a.sourceDocumentId.id}`,
      ),
  },
];
