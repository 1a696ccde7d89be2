import type { ParsedArticle } from '../../lambda/parser/types';
import type { ActualFields } from './types';

/**
 * A parsed article in the terms of an answer key: its fields, and its first and last paragraphs and their
 * count in place of the paragraph list.
 *
 * @example
 * ```ts
 * const fields = keyFieldsOf(article);
 * fields.firstParagraph; // article.paragraphs[0] ?? null
 * ```
 */
export function keyFieldsOf(article: ParsedArticle): ActualFields {
  return {
    publication: article.publication,
    headline: article.headline,
    subheadline: article.subheadline,
    byline: article.byline,
    authors: article.authors,
    dateline: article.dateline,
    publishedDate: article.publishedDate,
    section: article.section,
    page: article.page,
    edition: article.edition,
    statedWordCount: article.statedWordCount,
    language: article.language,
    country: article.country,
    firstParagraph: article.paragraphs[0] ?? null,
    lastParagraph: article.paragraphs.at(-1) ?? null,
    paragraphCount: article.paragraphs.length,
  };
}
