import { describe, expect, it } from 'vitest';
import type { Enrichment } from '../../lambda/parser/types';
import { compareEnrichment } from './compareEnrichment';
import type { ArticleLabels } from './types';

const labels: ArticleLabels = {
  quotes: [
    { text: 'We have cut what we could', speaker: 'Dana Ortiz' },
    { text: 'Crews had the line repaired', speaker: null, speakerAlso: ['manager'] },
    { text: 'We are reviewing the data', speaker: 'Ford Motor Co.' },
  ],
  entities: {
    people: ['Dana Ortiz'],
    organizations: [
      { name: 'U.S. Department of Justice', aliases: ['Justice Department'] },
      { name: 'Ford Motor Co.', aliases: ['Ford'] },
    ],
    places: [{ name: 'Pennsylvania', aliases: ['Pa.'] }, 'Lebanon'],
  },
};

const result = (overrides: Partial<Pick<Enrichment, 'entities' | 'quotes'>>) => ({
  quotes: [],
  entities: { people: [], organizations: [], places: [] },
  ...overrides,
});

describe('compareEnrichment', () => {
  it('takes the gazetteer’s name for a labelled organization printed only by its acronym', () => {
    const fbi: ArticleLabels = {
      quotes: [],
      entities: { people: [], organizations: ['FBI'], places: [] },
    };
    const named = (name: string) =>
      compareEnrichment(
        'a',
        fbi,
        result({ entities: { people: [], organizations: [{ name, mentions: 1 }], places: [] } }),
      ).entities.organizations.matched;
    expect(named('Federal Bureau of Investigation')).toBe(1);
    expect(named('Federal Reserve')).toBe(0);
  });

  it('matches canonical names and aliases, ignoring case, periods and a leading the', () => {
    const comparison = compareEnrichment(
      'a',
      labels,
      result({
        entities: {
          people: [{ name: 'Dana Ortiz', mentions: 2 }],
          organizations: [{ name: 'the Justice Department', mentions: 1 }],
          places: [{ name: 'PA', mentions: 1 }],
        },
      }),
    );
    expect(comparison.entities.people).toEqual({ extracted: 1, labelled: 1, matched: 1 });
    expect(comparison.entities.organizations).toEqual({ extracted: 1, labelled: 2, matched: 1 });
    expect(comparison.entities.places).toEqual({ extracted: 1, labelled: 2, matched: 1 });
    expect(comparison.misses.falseNegatives).toEqual(['organizations: Ford Motor Co.', 'places: Lebanon']);
  });

  it('counts a second name for the same entity, a title left on a name and a wrong kind as wrong', () => {
    const comparison = compareEnrichment(
      'a',
      labels,
      result({
        entities: {
          people: [
            { name: 'Manager Dana Ortiz', mentions: 1 },
            { name: 'Lebanon', mentions: 1 },
          ],
          organizations: [
            { name: 'Justice Department', mentions: 1 },
            { name: 'U.S. Department of Justice', mentions: 1 },
          ],
          places: [],
        },
      }),
    );
    expect(comparison.entities.people.matched).toBe(0);
    expect(comparison.entities.organizations).toEqual({ extracted: 2, labelled: 2, matched: 1 });
    expect(comparison.misses.falsePositives).toEqual([
      'people: Manager Dana Ortiz',
      'people: Lebanon',
      'organizations: U.S. Department of Justice (duplicate)',
    ]);
  });

  it('finds quotes by their opening words and accepts a labelled speaker, an alias or a role', () => {
    const comparison = compareEnrichment(
      'a',
      labels,
      result({
        quotes: [
          { text: 'smart', speaker: null },
          { text: 'We have cut what we could without laying anyone off', speaker: 'Dana Ortiz' },
          { text: 'Crews had the line repaired by early afternoon', speaker: 'manager' },
          { text: 'We are reviewing the data and will take action', speaker: 'Ford' },
        ],
      }),
    );
    expect(comparison.quotes).toEqual({ extracted: 4, labelled: 3, matched: 3 });
    expect(comparison.rightSpeakers).toBe(3);
    expect(comparison.misses.extraQuotes).toEqual(['smart']);
  });

  it('counts a quote not found, or found with another speaker, as a wrong speaker', () => {
    const comparison = compareEnrichment(
      'a',
      labels,
      result({
        quotes: [
          { text: 'We have cut what we could', speaker: 'Tanisha Rhodes' },
          { text: 'Crews had the line repaired', speaker: 'Dana Ortiz' },
        ],
      }),
    );
    expect(comparison.quotes.matched).toBe(2);
    expect(comparison.rightSpeakers).toBe(0);
    expect(comparison.misses.wrongSpeakers).toEqual([
      'We have cut what we could: Tanisha Rhodes',
      'Crews had the line repaired: Dana Ortiz',
      'We are reviewing the data: not found',
    ]);
  });
});
