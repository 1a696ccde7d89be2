import type { ArticleDraft, KnownSourceFormat, LineSpan } from './types';

/**
 * An article draft with every field empty, to be filled by a format's parser.
 *
 * @example
 * ```ts
 * const draft = { ...createDraft('plain', 1, { start: 0, end: 3 }), headline: 'Storm closes schools' };
 * ```
 */
export function createDraft(
  format: KnownSourceFormat,
  documentIndex: number,
  lineSpan: LineSpan,
): ArticleDraft {
  return {
    documentIndex,
    format,
    publication: null,
    headline: null,
    subheadline: null,
    byline: null,
    authors: [],
    dateline: null,
    paragraphs: [],
    language: null,
    country: null,
    publishedDate: null,
    section: null,
    edition: null,
    page: null,
    statedWordCount: null,
    indexTerms: { subject: [], organization: [], person: [], geographic: [] },
    warnings: [],
    lineSpan,
  };
}
