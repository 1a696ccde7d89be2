import { describe, expect, it } from 'vitest';
import { labelledSet } from './labelledSet';
import type { EntityLabel } from './types';

const pinned = labelledSet('pinned');
const development = labelledSet('development');
const development2 = labelledSet('development2');
const names = (label: EntityLabel) => (typeof label === 'string' ? [label] : [label.name, ...label.aliases]);

// The labels' own consistency: what the guidelines (test/fixtures/enrichment/pinned/README.md) require of
// any label, checked so that a typo in a label cannot pass for an enrichment miss.
describe.each([
  ['pinned', pinned],
  ['development', development],
  ['development2', development2],
] as const)('the %s set', (_set, articles) => {
  it.each(articles.map((article) => [article.name, article] as const))(
    '%s: every labelled quote is in the body and every named speaker is a labelled entity',
    (_name, article) => {
      const body = article.input.paragraphs.join('\n');
      const entities = Object.values(article.expected.entities).flat().flatMap(names);
      for (const quote of article.expected.quotes) {
        expect(body).toContain(quote.text);
        if (quote.speaker !== null) expect(entities).toContain(quote.speaker);
      }
    },
  );

  it('names no entity twice within one kind of one article', () => {
    for (const article of articles)
      for (const labels of Object.values(article.expected.entities)) {
        const all = labels.flatMap(names).map((name) => name.toLowerCase());
        expect(new Set(all).size, article.name).toBe(all.length);
      }
  });
});

describe('the pinned and development sets', () => {
  it('are apart: no article in both, and big enough to report on', () => {
    const pinnedNames = new Set(pinned.map((article) => article.name));
    expect(development.filter((article) => pinnedNames.has(article.name))).toEqual([]);
    expect(development2.filter((article) => pinnedNames.has(article.name))).toEqual([]);
    expect(pinned.length).toBeGreaterThanOrEqual(40);
    expect(development.length).toBeGreaterThanOrEqual(15);
    expect(development2.length).toBeGreaterThanOrEqual(25);
  });
});
