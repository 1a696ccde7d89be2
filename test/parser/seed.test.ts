import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lambda/parser';
import { readFixture } from './readFixture';

const SEED = 'seeds/000_90b2515fab799f03.txt';

const seedResult = await parseFile(readFixture(SEED));

describe('the seed 000_90b2515fab799f03.txt', () => {
  const result = seedResult;
  if (!result.ok) throw new Error(`seed rejected: ${result.rejection.message}`);
  const [article, ...others] = result.articles;

  it('is one PressReader article in UTF-8', () => {
    expect(result).toMatchObject({ ok: true, format: 'pressreader', encoding: 'utf-8', compressed: false });
    expect(others).toEqual([]);
    expect(article?.documentIndex).toBe(1);
  });

  it("gives DESIGN.md's values for every header field", () => {
    expect(article).toMatchObject({
      publication: 'Albuquerque Journal',
      headline: 'Milley: US may work with Taliban to hit ISIS',
      subheadline: 'Relationship with new regime still being tested',
      byline: 'BY ROBERT BURNS AND LOLITA C. BALDOR',
      authors: ['Robert Burns', 'Lolita C. Baldor'],
      dateline: 'WASHINGTON',
      language: 'en',
      country: 'United States',
      publishedDate: null,
      section: null,
      edition: null,
      page: null,
      statedWordCount: null,
      indexTerms: { subject: [], organization: [], person: [], geographic: [] },
      wordCount: 562,
      warnings: [],
    });
  });

  it('has 12 paragraphs, the first without its dateline, quote marks as printed', () => {
    const paragraphs = article!.paragraphs;
    expect(paragraphs).toHaveLength(12);
    expect(paragraphs[0]).toMatch(/^Army Gen\. Mark Milley, chairman/);
    expect(paragraphs[0]).toContain('it’s “possible” the United States');
    expect(paragraphs[11]).toMatch(/^Both Austin and Milley commanded/);
    expect(paragraphs[11]).toMatch(/largest evacuation of civilians in American history\.$/);
  });

  it('keeps footers, byline and headline out of the paragraphs', () => {
    const body = article!.paragraphs.join('\n');
    expect(body).not.toMatch(/Newspapers (in|from)/);
    expect(body).not.toContain('BALDOR');
    expect(body).not.toContain('WASHINGTON —');
  });

  it('hashes the decoded text with white space ignored: its words joined by single spaces', () => {
    // Computed here independently of the parser: split at white space, not collapsed by a regex.
    const text = new TextDecoder().decode(readFixture(SEED));
    const words = text.split(/\s+/).filter((word) => word !== '');
    const expected = createHash('sha256').update(words.join(' '), 'utf8').digest('hex');
    expect(article!.contentHash).toBe(expected);
  });
});
