import { describe, expect, it } from 'vitest';
import { type ParsedArticle, parseFile } from '../../lambda/parser';
import { readFixture } from './readFixture';

/** The fixture as committed: UTF-8 with a byte-order mark, CRLF line ends, a preamble, 12 sections. */
const EXPORT = readFixture('test/fixtures/parser/nexis-export.txt');

async function parseExport(bytes: Uint8Array = EXPORT): Promise<ParsedArticle[]> {
  const result = await parseFile(bytes, { enrich: false });
  if (!result.ok) throw new Error(result.rejection.message);
  expect(result.format).toBe('nexis');
  return result.articles;
}

function byIndex(articles: ParsedArticle[], documentIndex: number): ParsedArticle {
  const article = articles.find((a) => a.documentIndex === documentIndex);
  if (article === undefined) throw new Error(`no document ${documentIndex}`);
  return article;
}

const exportArticles = await parseExport();

describe('a Nexis export with BOM, CRLF and a preamble', () => {
  const articles = exportArticles;

  it('gives one article per document with text, numbered by position in the file', async () => {
    // 12 separators; the 11th section is empty and gives no article.
    expect(articles.map((a) => a.documentIndex)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]);
    expect(articles.every((a) => a.format === 'nexis')).toBe(true);
  });

  it('reads header, labelled fields, deck, wrapped index fields and a body dateline', async () => {
    expect(byIndex(articles, 1)).toMatchObject({
      publication: 'The Bayport Globe',
      publishedDate: '2014-03-03',
      edition: 'THIRD EDITION',
      section: 'METRO',
      page: 'B1',
      statedWordCount: 912,
      headline: 'Town weighs a second bridge over the Saltmarsh',
      subheadline: 'Residents split over cost, traffic and the view from Pier Street',
      byline: 'By JANE DOE',
      authors: ['Jane Doe'],
      dateline: 'BAYPORT',
      language: 'en',
      country: null,
      warnings: [],
      indexTerms: {
        subject: [
          { term: 'BRIDGES', score: 92 },
          { term: 'TRANSPORTATION PLANNING', score: 90 },
          { term: 'PUBLIC MEETINGS', score: 88 },
          { term: 'MUNICIPAL GOVERNMENT', score: 77 },
          { term: 'ROAD CONSTRUCTION', score: 71 },
        ],
        organization: [{ term: 'BAYPORT PLANNING BOARD', score: 84 }],
        person: [{ term: 'ELLEN MARSH', score: 79 }],
        geographic: [
          { term: 'BAYPORT, MA, USA', score: 93 },
          { term: 'MASSACHUSETTS, USA', score: 90 },
        ],
      },
    });
    const first = byIndex(articles, 1).paragraphs;
    expect(first).toHaveLength(3);
    expect(first[0]).toBe(
      "The town's planning board spent four hours on Thursday night debating whether a second bridge over the Saltmarsh River would ease the morning crawl on Harbor Road or simply move it a mile to the north.",
    );
    expect(first[2]).toMatch(/grant that expires in 2016\.$/);
  });

  it('keeps a `;` that belongs to the headline, and splits a byline of two staff writers', async () => {
    expect(byIndex(articles, 2)).toMatchObject({
      publication: 'Prairie Tribune (Illinois)',
      headline:
        'Going, going; gone: the last grain elevator on Route 36 comes down after ninety years of watching the trains',
      subheadline: null,
      authors: ['Ann Smith', 'Bob Jones'],
      dateline: 'SPRINGFIELD, ILL.',
      edition: 'CHICAGOLAND FINAL EDITION',
      page: '1',
    });
  });

  it('decodes entities such as &GT; and &amp;', async () => {
    expect(byIndex(articles, 2).paragraphs[1]).toContain('"Danger > Keep out > Demolition in progress."');
    expect(byIndex(articles, 6).headline).toBe('Q&A: Why the mill town bet on batteries');
  });

  it('takes the unlabelled lines after the date as the headline when HEADLINE: is missing', async () => {
    expect(byIndex(articles, 3)).toMatchObject({
      headline: 'Snowplow drivers reach deal with state after two-week standoff',
      authors: ['The Associated Press'],
      dateline: 'CONCORD, N.H.',
      warnings: [],
    });
    // The copyright lines that close the document are not body text.
    expect(byIndex(articles, 3).paragraphs.join(' ')).not.toMatch(/Copyright|All Rights Reserved/);
    expect(byIndex(articles, 3).paragraphs).toHaveLength(2);
  });

  it('reads an odd separator, an edition on the date line and an organization byline', async () => {
    expect(byIndex(articles, 4)).toMatchObject({
      publishedDate: '2014-04-12',
      edition: 'LATE EDITION',
      authors: ['Tribune Staff'],
      section: 'SPORTS',
    });
  });

  it('keeps a document without a body, with a warning', async () => {
    expect(byIndex(articles, 5)).toMatchObject({
      headline: 'Paid death notices',
      paragraphs: [],
      wordCount: 0,
      statedWordCount: 0,
      warnings: ['no byline found', 'document has no body'],
    });
  });

  it('puts names printed in capitals into reading case', async () => {
    expect(byIndex(articles, 6).authors).toEqual(['Mary McDonald', "Patrick O'Neil"]);
    expect(byIndex(articles, 6).paragraphs.join(' ')).not.toContain('PHOTO:');
  });

  it('maps LANGUAGE: to BCP 47 and reads a day-first date', async () => {
    expect(byIndex(articles, 7)).toMatchObject({
      language: 'es',
      publishedDate: '2014-04-22',
      authors: ['Lucia de la Cruz'],
    });
  });

  it('cuts an agency dateline and keeps a body line that only looks like a label', async () => {
    const article = byIndex(articles, 8);
    expect(article.dateline).toBe('KABUL, Afghanistan');
    expect(article.authors).toEqual(['Kareem Haddad']);
    expect(article.paragraphs[0]).toMatch(/^A convoy of 30 trucks/);
    expect(article.paragraphs[1]).toMatch(/^NOTE: The road north of the pass/);
    expect(article.paragraphs).toHaveLength(3);
  });

  it('prefers the DATELINE: field and still cuts the same place from the body', async () => {
    expect(byIndex(articles, 9)).toMatchObject({ dateline: 'LAKE PORT', authors: ['John Smith'] });
    expect(byIndex(articles, 9).paragraphs[0]).toMatch(/^Dredging of the inner harbor/);
  });

  it('reads indented paragraphs and a short headline with a `;`', async () => {
    expect(byIndex(articles, 10).headline).toBe('Rain; then snow for the weekend');
    expect(byIndex(articles, 10).paragraphs[0]).toMatch(/^Forecasters expect rain/);
  });

  it('never lets fields, separators, preamble or copyright lines into paragraphs', async () => {
    const body = articles.flatMap((a) => a.paragraphs).join('\n');
    expect(body).not.toMatch(/DOCUMENTS|LOAD-DATE|LANGUAGE:|SUBJECT:|Copyright|Download Request|BODY:/);
  });

  it('parses the same export identically with LF line ends and no BOM', async () => {
    const text = new TextDecoder().decode(EXPORT).replaceAll('\r\n', '\n');
    expect(await parseExport(new TextEncoder().encode(text))).toEqual(articles);
  });

  it('gives each document its own content hash', async () => {
    expect(new Set(articles.map((a) => a.contentHash)).size).toBe(articles.length);
  });
});

describe('a one-document Nexis export', () => {
  it('reads `1 of 1 DOCUMENT` and a staff byline separated by spaces', async () => {
    const [article, ...rest] = await parseExport(
      readFixture('test/fixtures/parser/nexis-single-document.txt'),
    );
    expect(rest).toEqual([]);
    expect(article).toMatchObject({
      documentIndex: 1,
      publication: 'The Lakeshore Courier',
      publishedDate: '2015-06-09',
      headline: 'Beach reopens after algae tests come back clean',
      authors: ['Hannah Price'],
      dateline: 'NORTH SHORE',
      paragraphs: [
        'The town beach reopened Monday after two rounds of water tests found no trace of the algae that closed it last week.',
        'Lifeguards will be on duty from 10 a.m. to 6 p.m. daily.',
      ],
      wordCount: 34,
    });
  });
});

describe('Nexis layouts without centring', () => {
  const flush = [
    '1 of 2 DOCUMENTS',
    '',
    'Eastbrook Gazette',
    '',
    'September 9, 2016 Friday',
    'HOME EDITION',
    '',
    'Library levy passes by 212 votes',
    '',
    'BYLINE: By Ines Moreau',
    '',
    'BODY:',
    'The library levy passed by 212 votes, the county clerk said Thursday.',
    '',
    '2 of 2 DOCUMENTS',
    '',
    'Eastbrook Gazette',
    '',
    'SECTION: A; Pg. 2',
    '',
    'Lost dog returns home after 40 miles',
    '',
    'A beagle missing for three weeks walked into its owners’ yard on Sunday.',
  ].join('\n');

  it('tells edition from headline by its words, and headline and body from unlabelled text', async () => {
    const articles = await parseExport(new TextEncoder().encode(flush));
    expect(articles[0]).toMatchObject({
      publication: 'Eastbrook Gazette',
      publishedDate: '2016-09-09',
      edition: 'HOME EDITION',
      headline: 'Library levy passes by 212 votes',
      authors: ['Ines Moreau'],
      paragraphs: ['The library levy passed by 212 votes, the county clerk said Thursday.'],
    });
    expect(articles[1]).toMatchObject({
      publication: 'Eastbrook Gazette',
      headline: 'Lost dog returns home after 40 miles',
      publishedDate: null,
      section: 'A',
      page: '2',
      paragraphs: ['A beagle missing for three weeks walked into its owners’ yard on Sunday.'],
    });
    expect(articles[1]!.warnings).toEqual([
      'no publication date found',
      'no BODY: label; body taken from the unlabelled text',
      'headline guessed from the first line',
      'no byline found',
    ]);
  });
});
