import { createHash } from 'node:crypto';
import type { ArticleInput } from '../../lambda/store/types';

const FIRST_DAY = Date.UTC(2026, 0, 1);
const GIVEN = ['Ana', 'Boris', 'Chidi', 'Dana', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun'];
const FAMILY = ['Ruiz', 'Okafor', 'Lind', 'Marsh', 'Novak', 'Quist', 'Sato', 'Tamm', 'Vega', 'Wren'];

/**
 * The `number`-th invented article of the browse and aggregates benches (no real article): a publication
 * of `publications`, a day among the `days` before 2026-01-01, an author, an organization, three sentences.
 *
 * @example
 * inventBrowseArticle(7, 1, { publications: 30, days: 365 }).publication; // 'Bench Gazette 7'
 */
export function inventBrowseArticle(
  number: number,
  documentIndex: number,
  workload: { publications: number; days: number },
): ArticleInput {
  const publication = `Bench Gazette ${number % workload.publications}`;
  const author = `${GIVEN[number % GIVEN.length]} ${FAMILY[Math.floor(number / GIVEN.length) % FAMILY.length]}`;
  const day = new Date(FIRST_DAY - ((number * 7919) % workload.days) * 86_400_000).toISOString().slice(0, 10);
  const paragraphs = [
    `Invented bench story ${number}: the harbour board of a made-up town met to discuss ferry number ${number % 97}.`,
    `Members agreed to look again at the timetable after ${number % 13} complaints from riders this season.`,
    'A spokesperson for the board said a decision would follow at the next meeting.',
  ];
  return {
    documentIndex,
    format: 'plain',
    publication,
    headline: `Harbour board weighs ferry timetable (${number})`,
    subheadline: null,
    byline: `By ${author}`,
    authors: [author],
    dateline: null,
    paragraphs,
    language: 'en',
    country: null,
    publishedDate: day,
    publishedDateSource: 'file',
    section: null,
    edition: null,
    page: null,
    statedWordCount: null,
    indexTerms: { subject: [], organization: [], person: [], geographic: [] },
    wordCount: paragraphs.join(' ').split(/\s+/).length,
    contentHash: createHash('sha256').update(paragraphs.join('\n')).digest('hex'),
    warnings: [],
    quotes: [],
    entities: {
      people: [],
      organizations: [{ name: `Harbour Board ${number % 50}`, mentions: 1 }],
      places: [],
    },
    lead: paragraphs[0] ?? null,
    sentenceCount: paragraphs.length,
    readingTimeMinutes: 1,
  };
}
