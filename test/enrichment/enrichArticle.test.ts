import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import type { EnrichmentInput } from '../../lambda/enrichment/types';
import { parseFile } from '../../lambda/parser/parseFile';
import { seedArticle } from './seedArticle';
import { SEED_EXPECTATION } from './seedExpectation';

const NO_INDEX_TERMS = { subject: [], organization: [], person: [], geographic: [] };

function article(paragraphs: string[], fields: Partial<EnrichmentInput> = {}): EnrichmentInput {
  return {
    headline: null,
    byline: null,
    authors: [],
    dateline: null,
    paragraphs,
    indexTerms: NO_INDEX_TERMS,
    ...fields,
  };
}

describe('enrichArticle on the seed article', () => {
  it('finds exactly the quotes, speakers, entities, lead and counts a reader finds', () => {
    expect(enrichArticle(seedArticle())).toEqual(SEED_EXPECTATION);
  });

  it('comes out the same through the parser, which calls enrichment for each article', async () => {
    const result = await parseFile(
      readFileSync(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url)),
    );
    expect(result.ok).toBe(true);
    const [article] = result.ok ? result.articles : [];
    const { quotes, entities, lead, sentenceCount, readingTimeMinutes } = article!;
    expect({ quotes, entities, lead, sentenceCount, readingTimeMinutes }).toEqual(SEED_EXPECTATION);
  });

  it('does not count the byline’s authors, even when the body names them', () => {
    const seed = seedArticle();
    const withCredit = {
      ...seed,
      paragraphs: [...seed.paragraphs, 'Robert Burns reported from Washington.'],
    };
    const names = enrichArticle(withCredit).entities.people.map((person) => person.name);
    expect(names).toEqual(['Mark Milley', 'Lloyd Austin', 'Joe Biden']);
  });

  it('counts headline mentions only of names the body or the gazetteer know', () => {
    const seed = seedArticle();
    const headline = 'Milley, Smith and Jones: US May Work With Taliban to Hit ISIS';
    const { entities } = enrichArticle({ ...seed, headline });
    expect(entities.people.map((person) => person.name)).toEqual([
      'Mark Milley',
      'Lloyd Austin',
      'Joe Biden',
    ]);
    expect(entities.people[0]).toEqual({ name: 'Mark Milley', mentions: 8 });
  });
});

describe('lead and counts', () => {
  it('takes the first sentence of the first paragraph, past abbreviations and initials', () => {
    const result = enrichArticle(
      article([
        'Lt. Gen. Ana J. Ruiz of the U.S. Army spoke at 9 a.m. on Monday. She took no questions.',
        'Two more.',
      ]),
    );
    expect(result.lead).toBe('Lt. Gen. Ana J. Ruiz of the U.S. Army spoke at 9 a.m. on Monday.');
    expect(result.sentenceCount).toBe(3);
  });

  it('ends a sentence after a closing quote mark, but not at a question inside an attribution', () => {
    const result = enrichArticle(article(['“Why now?” she asked. “Because,” he said. Then they left.']));
    expect(result.sentenceCount).toBe(3);
    expect(result.lead).toBe('“Why now?” she asked.');
  });

  it('rounds reading time to whole minutes at 230 words a minute, at least one, zero for no body', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    expect(enrichArticle(article([words(10)])).readingTimeMinutes).toBe(1);
    expect(enrichArticle(article([words(344)])).readingTimeMinutes).toBe(1);
    expect(enrichArticle(article([words(345)])).readingTimeMinutes).toBe(2);
    expect(enrichArticle(article([words(1000), words(1000)])).readingTimeMinutes).toBe(9);
    expect(enrichArticle(article([]))).toEqual({
      quotes: [],
      entities: { people: [], organizations: [], places: [] },
      lead: null,
      sentenceCount: 0,
      readingTimeMinutes: 0,
    });
  });
});
