import { describe, expect, it } from 'vitest';
import { type ParsedArticle, parseFile } from '../../lambda/parser';
import { readFixture } from './readFixture';

async function parsePlain(bytes: Uint8Array): Promise<ParsedArticle> {
  const result = await parseFile(bytes, { enrich: false });
  if (!result.ok) throw new Error(result.rejection.message);
  expect(result.format).toBe('plain');
  expect(result.articles).toHaveLength(1);
  return result.articles[0]!;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('plain article text', () => {
  it('takes the headline from the first line, then byline, dateline and wrapped paragraphs', async () => {
    const article = await parsePlain(readFixture('test/fixtures/parser/plain-article.txt'));
    expect(article).toMatchObject({
      format: 'plain',
      publication: null,
      headline: 'City council approves new bike lanes on Elm Street',
      byline: 'By Rosa Delgado and Tim Okafor',
      authors: ['Rosa Delgado', 'Tim Okafor'],
      dateline: 'MILLBROOK',
      warnings: ['headline guessed from the first line'],
    });
    expect(article.paragraphs).toEqual([
      'The city council voted 5-2 on Tuesday to add protected bike lanes along a mile of Elm Street, ending a debate that has run for more than two years.',
      'Supporters packed the council chamber, many of them wearing yellow armbands. Opponents, mostly shop owners, said the loss of 40 parking spaces would hurt business.',
      'Work is expected to begin in the fall.',
    ]);
    expect(article.wordCount).toBe(62);
  });

  it('warns when there is no byline', async () => {
    const article = await parsePlain(encode('Storm closes schools\n\nSchools closed on Monday.\n'));
    expect(article.warnings).toEqual(['headline guessed from the first line', 'no byline found']);
    expect(article.paragraphs).toEqual(['Schools closed on Monday.']);
  });

  it('does not take a sentence starting with "By" for a byline', async () => {
    const article = await parsePlain(
      encode('Vote delayed\n\nBy the time the vote came, the room had emptied.\n'),
    );
    expect(article.byline).toBeNull();
    expect(article.paragraphs).toEqual(['By the time the vote came, the room had emptied.']);
  });

  it('keeps a long first line as body rather than calling it a headline', async () => {
    const long = `${'The council met for hours and argued about almost everything on the agenda '.repeat(6)}.`;
    const article = await parsePlain(encode(`${long}\n\nA second paragraph.\n`));
    expect(article.headline).toBeNull();
    expect(article.paragraphs).toHaveLength(2);
    expect(article.warnings).toContain('no headline found');
  });

  it('takes the rest of the first block as the body when no blank line follows the headline', async () => {
    const article = await parsePlain(
      encode('Storm closes schools\nSchools closed on Monday.\nBuses did not run.\n'),
    );
    expect(article.headline).toBe('Storm closes schools');
    expect(article.paragraphs).toEqual(['Schools closed on Monday. Buses did not run.']);
  });
});
