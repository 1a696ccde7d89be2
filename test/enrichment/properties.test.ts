import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import type { EnrichmentInput } from '../../lambda/enrichment/types';

// Pieces that stress the tokenizer, the quote pairing and the name scanners more than random text does.
const PIECES = [
  '“',
  '”',
  '"',
  "''",
  '‘‘',
  '’’',
  "'",
  '’',
  ' ',
  '.',
  ',',
  ':',
  '-',
  '—',
  '?',
  '!',
  '(',
  ')',
  '\n',
  'Gen.',
  'Army',
  'Secretary',
  'of',
  'State',
  'Mark',
  'Milley',
  'MILLEY',
  'said',
  'SAID',
  'he',
  'she',
  'the',
  'U.S.',
  'US',
  'IS',
  'ISIS',
  'ISIS-K',
  'al-',
  'Qaida',
  'van',
  'der',
  'Merwe',
  'Jr.',
  'C.',
  'Department',
  'River',
  'Kabul',
  'Austin',
  'according',
  'to',
  'adding',
  'called',
  '’s',
  '😀',
  'é',
  'Ünal',
  '0',
  '42',
];
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
);
const term = fc.record({ term: text, score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) });
const input: fc.Arbitrary<EnrichmentInput> = fc.record({
  headline: fc.option(text, { nil: null }),
  byline: fc.option(text, { nil: null }),
  authors: fc.array(text, { maxLength: 3 }),
  dateline: fc.option(text, { nil: null }),
  paragraphs: fc.array(text, { maxLength: 6 }),
  indexTerms: fc.record({
    subject: fc.array(term, { maxLength: 2 }),
    organization: fc.array(term, { maxLength: 3 }),
    person: fc.array(term, { maxLength: 3 }),
    geographic: fc.array(term, { maxLength: 3 }),
  }),
});

describe('enrichArticle on any input', () => {
  it('never throws, and what it returns is consistent', () => {
    fc.assert(
      fc.property(input, (article) => {
        const result = enrichArticle(article);
        const named = new Set(
          [...result.entities.people, ...result.entities.organizations].map((e) => e.name),
        );
        for (const quote of result.quotes) {
          expect(quote.text.trim()).not.toBe('');
          if (quote.speaker !== null) expect(named.has(quote.speaker)).toBe(true);
        }
        const { people, organizations, places } = result.entities;
        for (const list of [people, organizations, places]) {
          expect(new Set(list.map((entity) => entity.name.toLowerCase())).size).toBe(list.length);
          for (const entity of list) {
            expect(entity.name.trim()).not.toBe('');
            expect(entity.mentions).toBeGreaterThanOrEqual(entity.score === undefined ? 1 : 0);
          }
        }
        const hasWords = article.paragraphs.some((paragraph) => paragraph.trim() !== '');
        expect(result.lead === null).toBe(!hasWords);
        expect(result.readingTimeMinutes > 0).toBe(hasWords);
        expect(result.sentenceCount).toBeGreaterThanOrEqual(
          article.paragraphs.filter((p) => p.trim() !== '').length,
        );
      }),
      { numRuns: Number(process.env.ENRICHMENT_PROPERTY_RUNS ?? 400) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(input, (article) => {
        expect(enrichArticle(article)).toEqual(enrichArticle(structuredClone(article)));
      }),
      { numRuns: 100 },
    );
  });
});
