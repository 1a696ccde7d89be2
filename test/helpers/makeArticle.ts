import { createHash } from 'node:crypto';
import type { ArticleInput } from '../../lambda/store/types';

/**
 * A parsed article for store tests, written for these tests (not a real article): every field set, the
 * content hash derived from the paragraphs, `overrides` applied last.
 *
 * @example
 * ```ts
 * const article = makeArticle({ documentIndex: 2, authors: ['Ana Ruiz'] });
 * ```
 */
export function makeArticle(overrides: Partial<ArticleInput> = {}): ArticleInput {
  const documentIndex = overrides.documentIndex ?? 1;
  const paragraphs = overrides.paragraphs ?? [
    `The county board met on Tuesday to weigh a new budget for document ${documentIndex}.`,
    'Members said the plan would add two buses to the north route by spring.',
  ];
  const article: ArticleInput = {
    documentIndex,
    format: 'plain',
    publication: 'Riverside Ledger',
    headline: `Board weighs bus plan (${documentIndex})`,
    subheadline: null,
    byline: 'BY ANA RUIZ',
    authors: ['Ana Ruiz'],
    dateline: 'RIVERSIDE',
    paragraphs,
    language: 'en',
    country: 'United States',
    publishedDate: '2021-09-01',
    publishedDateSource: 'file',
    section: null,
    edition: null,
    page: null,
    statedWordCount: null,
    indexTerms: { subject: [], organization: [], person: [], geographic: [] },
    wordCount: paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
    contentHash: createHash('sha256').update(paragraphs.join('\n')).digest('hex'),
    warnings: [],
    quotes: [],
    entities: { people: [], organizations: [{ name: 'County Board', mentions: 1 }], places: [] },
    lead: paragraphs[0] ?? null,
    sentenceCount: paragraphs.length,
    readingTimeMinutes: 1,
    ...overrides,
  };
  return article;
}
