import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Enrichment } from '../../lambda/parser';

// Enrichment is another module's work; here only the parser's side of the contract is checked:
// it is called once per article with the parsed fields, and its result is spread into the article.
const enrichArticle = vi.hoisted(() => vi.fn());
vi.mock('../../lambda/enrichment/enrichArticle', () => ({ enrichArticle }));

const { parseFile } = await import('../../lambda/parser');
const { readFixture } = await import('./readFixture');

const MARKED: Enrichment = {
  quotes: [{ text: 'marker quote', speaker: 'Marker' }],
  entities: { people: [{ name: 'Marker', mentions: 1 }], organizations: [], places: [] },
  lead: 'marker lead',
  sentenceCount: 7,
  readingTimeMinutes: 3,
};

describe('parseFile and enrichment', () => {
  beforeEach(() => {
    enrichArticle.mockReset();
    enrichArticle.mockReturnValue(MARKED);
  });

  it('enriches every article with its parsed fields and spreads the result in', async () => {
    const result = await parseFile(readFixture('test/fixtures/parser/nexis-export.txt'));
    if (!result.ok) throw new Error(result.rejection.message);
    expect(enrichArticle).toHaveBeenCalledTimes(result.articles.length);
    const first = result.articles[0]!;
    expect(enrichArticle).toHaveBeenNthCalledWith(1, {
      headline: first.headline,
      byline: first.byline,
      authors: first.authors,
      dateline: first.dateline,
      paragraphs: first.paragraphs,
      indexTerms: first.indexTerms,
    });
    for (const article of result.articles) expect(article).toMatchObject(MARKED);
  });

  it('does not enrich when enrichment is off, and leaves the enrichment fields empty', async () => {
    const result = await parseFile(readFixture('seeds/000_90b2515fab799f03.txt'), { enrich: false });
    expect(enrichArticle).not.toHaveBeenCalled();
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.articles[0]).toMatchObject({
      quotes: [],
      entities: { people: [], organizations: [], places: [] },
      lead: null,
      sentenceCount: 0,
      readingTimeMinutes: 0,
    });
  });

  it('keeps the article, with a warning, when enrichment throws', async () => {
    enrichArticle.mockImplementation(() => {
      throw new Error('lexicon missing');
    });
    const result = await parseFile(readFixture('seeds/000_90b2515fab799f03.txt'));
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.articles[0]!.headline).toBe('Milley: US may work with Taliban to hit ISIS');
    expect(result.articles[0]!.warnings).toEqual(['enrichment failed: lexicon missing']);
    expect(result.articles[0]!.quotes).toEqual([]);
  });
});
