import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import { labelledArticles } from './labelledArticles';
import { scoreEnrichment } from './scoreEnrichment';

const articles = labelledArticles();
const developed = articles.filter((article) => !article.heldOut);
const heldOut = articles.filter((article) => article.heldOut);

describe('labelled articles (test/fixtures/enrichment)', () => {
  it('has both articles developed against and held-out ones', () => {
    expect(developed.length).toBeGreaterThanOrEqual(6);
    expect(heldOut.length).toBeGreaterThanOrEqual(4);
  });

  it.each(developed.map((article) => [article.name, article] as const))(
    '%s: every quotation and speaker as labelled',
    (_name, article) => {
      expect(enrichArticle(article.input).quotes).toEqual(article.expected.quotes);
    },
  );

  // Floors at the scores measured when this was written (docs/enrichment.md): a change that loses
  // quality fails here, one that gains it raises the floor.
  it('keeps entity precision, recall and speaker accuracy on the developed articles', () => {
    const score = scoreEnrichment(developed);
    expect(score.entityPrecision).toBeGreaterThanOrEqual(0.98);
    expect(score.entityRecall).toBeGreaterThanOrEqual(0.98);
    expect(score.speakerAccuracy).toBe(1);
  });

  it('keeps entity precision, recall and speaker accuracy on the held-out articles', () => {
    const score = scoreEnrichment(heldOut);
    expect(score.entityPrecision).toBeGreaterThanOrEqual(0.95);
    expect(score.entityRecall).toBeGreaterThanOrEqual(0.8);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
  });
});
