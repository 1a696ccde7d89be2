import { describe, expect, it } from 'vitest';
import { type ParsedArticle, parseFile } from '../../lambda/parser';
import { readFixture } from './readFixture';

async function parseArticles(bytes: Uint8Array): Promise<ParsedArticle[]> {
  const result = await parseFile(bytes, { enrich: false });
  if (!result.ok) throw new Error(result.rejection.message);
  expect(result.format).toBe('pressreader');
  return result.articles;
}

const fixture = (name: string) => parseArticles(readFixture(`test/fixtures/parser/${name}`));
const encode = (text: string) => new TextEncoder().encode(text);

describe('PressReader pages', () => {
  it('reads a page without subheadline, with an e-mail address in the byline', async () => {
    const [article] = await fixture('pressreader-no-subheadline.txt');
    expect(article).toMatchObject({
      publication: 'Valley Times',
      headline: 'Orchard growers brace for a late frost',
      subheadline: null,
      byline: 'By Dana Whitfield dwhitfield@valleytimes.example',
      authors: ['Dana Whitfield'],
      dateline: 'SANTA INEZ, Calif.',
      language: 'en',
      country: 'United States',
      warnings: [],
    });
    expect(article!.paragraphs).toHaveLength(3);
    expect(article!.paragraphs[0]).toMatch(/^Growers across the upper valley/);
  });

  it('reads an agency byline and an agency-tagged dateline', async () => {
    const [article] = await fixture('pressreader-agency.txt');
    expect(article).toMatchObject({
      subheadline: 'Fuel and flour prices have tripled since the summer',
      byline: 'The Associated Press',
      authors: ['The Associated Press'],
      dateline: 'KABUL, Afghanistan',
      country: 'Canada',
    });
    expect(article!.paragraphs[0]).toMatch(/^Aid groups on Tuesday warned/);
  });

  it('gives one article per page when pages are pasted together', async () => {
    const articles = await fixture('pressreader-two-pages.txt');
    expect(articles.map((a) => [a.documentIndex, a.headline, a.authors])).toEqual([
      [1, 'Ferry fares to rise in spring', ['Grace McAllister']],
      [2, 'Council approves skate park', ['Liam O’Neil', 'Priya Nair']],
    ]);
    expect(articles[1]!.subheadline).toBe('New park to open by summer');
    expect(articles[1]!.dateline).toBeNull();
    expect(articles.flatMap((a) => a.paragraphs).join(' ')).not.toMatch(/Newspapers|Harbour Evening Post/);
  });

  it('recognises a page by its dashed byline when the footer is missing', async () => {
    const text = 'Riverside Sentinel\n\nMill reopens\n\n- BY ANNA KOWALSKI\n\nThe mill reopened on Monday.\n';
    const [article] = await parseArticles(encode(text));
    expect(article).toMatchObject({ headline: 'Mill reopens', authors: ['Anna Kowalski'], language: null });
  });

  it('warns when there is no byline, and tells a subheadline from a first paragraph', async () => {
    const withSubheadline =
      'Daily Bugle\n\nBridge closed\n\nRepairs to take a month\n\nThe bridge closed on Monday for repairs.\n\nNewspapers in English\n';
    const [first] = await parseArticles(encode(withSubheadline));
    expect(first).toMatchObject({ subheadline: 'Repairs to take a month', warnings: ['no byline found'] });
    expect(first!.paragraphs).toEqual(['The bridge closed on Monday for repairs.']);

    const withoutSubheadline =
      'Daily Bugle\n\nBridge closed\n\nThe bridge closed on Monday.\n\nIt reopens in May.\n\nNewspapers in English\n';
    const [second] = await parseArticles(encode(withoutSubheadline));
    expect(second!.subheadline).toBeNull();
    expect(second!.paragraphs).toEqual(['The bridge closed on Monday.', 'It reopens in May.']);
  });

  it('separates a headline printed right under the publication', async () => {
    const text =
      'Valley Times\nOrchards brace for frost\n\n- BY DANA WHITFIELD\n\nGrowers ran wind machines.\n\nNewspapers in English\n';
    const [article] = await parseArticles(encode(text));
    expect(article).toMatchObject({ publication: 'Valley Times', headline: 'Orchards brace for frost' });
    expect(article!.paragraphs).toEqual(['Growers ran wind machines.']);
  });

  it('keeps a wrapped headline under the publication whole, and trims indented wrapped lines', async () => {
    const text = [
      'Valley Times',
      'Orchards brace',
      '  for frost  ',
      '',
      '- BY DANA WHITFIELD',
      '',
      '   Growers ran   ',
      '\twind machines.',
      'Copyright 2021 Valley Times',
      '  All night.',
      '',
      'Newspapers in English',
    ].join('\n');
    const [article] = await parseArticles(encode(text));
    expect(article).toMatchObject({ publication: 'Valley Times', headline: 'Orchards brace for frost' });
    // A furniture line ends a paragraph as a blank line does.
    expect(article!.paragraphs).toEqual(['Growers ran wind machines.', 'All night.']);
  });

  it('joins hard-wrapped lines and drops page furniture', async () => {
    const text = [
      'Coastal Daily Record',
      '',
      'Harbor tour boats return',
      '',
      '- BY SAM ORTEGA',
      '',
      'PORT ELLIS — The first tour boats of the season',
      'left the harbor on Saturday.',
      '',
      'Printed and distributed by PressReader',
      'Copyright © 2021 Coastal Daily Record',
      '',
      'Newspapers in English',
      '',
      'Newspapers from United States',
    ].join('\n');
    const [article] = await parseArticles(encode(text));
    expect(article!.paragraphs).toEqual(['The first tour boats of the season left the harbor on Saturday.']);
  });

  it('does not take a body sentence that starts like a footer for one', async () => {
    const text =
      'Daily Bugle\n\nPapers cut staff\n\n- BY JO PARK\n\nNewspapers in the region cut staff this year.\n\nNewspapers in English\n';
    const [article] = await parseArticles(encode(text));
    expect(article!.paragraphs).toEqual(['Newspapers in the region cut staff this year.']);
  });
});
