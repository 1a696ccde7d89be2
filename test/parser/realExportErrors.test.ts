import { describe, expect, it } from 'vitest';
import { type ParsedArticle, parseFile } from '../../lambda/parser';
import { parseByline } from '../../lambda/parser/parseByline';

/** Issue 15 §1: each kind of error seen on real exports, as a class, in invented documents. */

const encode = (text: string) => new TextEncoder().encode(text);

async function parseAll(text: string): Promise<ParsedArticle[]> {
  const result = await parseFile(encode(text), { enrich: false });
  if (!result.ok) throw new Error(result.rejection.message);
  return result.articles;
}

async function parseOne(text: string): Promise<ParsedArticle> {
  const articles = await parseAll(text);
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

/** A Nexis export of the given documents: centred header lines, then labelled fields and lines. */
function nexis(...documents: { header: string[]; lines: string[] }[]): string {
  const parts = documents.map((document, i) =>
    [
      `                              ${i + 1} of ${documents.length} DOCUMENTS`,
      '',
      ...document.header.flatMap((line) => [`                  ${line}`, '']),
      ...document.lines,
      '',
      'LANGUAGE: ENGLISH',
      '',
      'LOAD-DATE: May 4, 2021',
      '',
    ].join('\n'),
  );
  return parts.join('\n\n');
}

const HEADER = ['Quillby Evening Ledger', 'May 3, 2021 Monday'];

describe('no HEADLINE: label: the first line of the body is the headline', () => {
  it('skips a section kicker in capitals before the title', async () => {
    for (const kicker of ['CITY', 'DOWNTOWN', 'NATION IN BRIEF']) {
      const article = await parseOne(
        nexis({
          header: HEADER,
          lines: [
            'SECTION: LOCAL; Pg. 3',
            '',
            'BODY:',
            '',
            kicker,
            '',
            'Ferry adds a late run',
            '',
            'The Quillby ferry will add a 10 p.m. run.',
            '',
            'Fares stay the same.',
          ],
        }),
      );
      expect(article.headline).toBe('Ferry adds a late run');
      expect(article.paragraphs).toEqual([
        'The Quillby ferry will add a 10 p.m. run.',
        'Fares stay the same.',
      ]);
    }
  });

  it('takes the first of several briefs as the headline and keeps the others as body', async () => {
    const article = await parseOne(
      nexis({
        header: HEADER,
        lines: [
          'BODY:',
          '',
          'Library closes early Friday',
          '',
          'The main library closes at 3 p.m. Friday.',
          '',
          'Pool fees go up',
          '',
          'Pool passes will cost $5 more.',
        ],
      }),
    );
    expect(article.headline).toBe('Library closes early Friday');
    expect(article.paragraphs).toEqual([
      'The main library closes at 3 p.m. Friday.',
      'Pool fees go up',
      'Pool passes will cost $5 more.',
    ]);
  });

  it('reads a plain-text brief under a kicker, and never takes a kicker alone as the headline', async () => {
    const brief = await parseOne(
      'METRO\n\nCrosswalk painted on Dray Street\n\nTARNWICK - Crews painted a new crosswalk.\n\nIt opens Monday.\n',
    );
    expect(brief).toMatchObject({ headline: 'Crosswalk painted on Dray Street', dateline: 'TARNWICK' });
    expect(brief.paragraphs).toEqual(['Crews painted a new crosswalk.', 'It opens Monday.']);
  });
});

describe('publication from the right header line', () => {
  it('is never the copyright holder, a d/b/a line, a digital edition or a rights or edition line', async () => {
    const headers = [
      [
        'Quillby Evening Ledger Digital',
        'Copyright 2021 Marren Media Inc.',
        'Quillby Evening Ledger',
        'May 3, 2021 Monday',
      ],
      [
        'Copyright 2021 Marren Media LLC d/b/a Quillby Evening Ledger',
        'Quillby Evening Ledger',
        'May 3, 2021 Monday',
      ],
      ['Marren Media LLC d/b/a Quillby Evening Ledger', 'Quillby Evening Ledger', 'May 3, 2021 Monday'],
      ['2021 Marren Media Inc. All Rights Reserved', 'Quillby Evening Ledger', 'May 3, 2021 Monday'],
      ['FINAL EDITION', 'Quillby Evening Ledger', 'May 3, 2021 Monday'],
    ];
    for (const header of headers) {
      const article = await parseOne(
        nexis({ header, lines: ['HEADLINE: Ferry adds a late run', '', 'BODY:', '', 'Text.'] }),
      );
      expect(article.publication, header.join(' / ')).toBe('Quillby Evening Ledger');
    }
  });
});

describe('credits that are not people', () => {
  it('give no author and never the word "From"', async () => {
    for (const byline of [
      'From staff and wire reports',
      'Staff and wire reports',
      'Herald-News report',
      'Compiled by Ola Venn',
      'From wire reports',
    ]) {
      const article = await parseOne(
        nexis({ header: HEADER, lines: [`BYLINE: ${byline}`, '', 'BODY:', '', 'Text.'] }),
      );
      expect(article.authors, byline).toEqual([]);
    }
  });

  it('keeps an organization alone as the author', async () => {
    for (const [byline, author] of [
      ['The Canadian Press', 'The Canadian Press'],
      ['POST REGISTER', 'Post Register'],
    ] as const) {
      const article = await parseOne(
        nexis({ header: HEADER, lines: [`BYLINE: ${byline}`, '', 'BODY:', '', 'Text.'] }),
      );
      expect(article.authors, byline).toEqual([author]);
    }
  });

  it('keeps only the person of a byline that runs on with paper and place, and every author of a multi-author one', async () => {
    const cases = [
      ['Dana Whitfield, Valley Herald, Pa.', ['Dana Whitfield']],
      ['Ivo Renk, Quillby Evening Ledger, Ore.', ['Ivo Renk']],
      ['By Ivo Renk and Mara Tesh', ['Ivo Renk', 'Mara Tesh']],
      ['By Ivo Renk, Staff Writer and Mara Tesh', ['Ivo Renk', 'Mara Tesh']],
    ] as const;
    for (const [byline, authors] of cases) {
      const article = await parseOne(
        nexis({ header: HEADER, lines: [`BYLINE: ${byline}`, '', 'BODY:', '', 'Text.'] }),
      );
      expect(article.authors, byline).toEqual(authors);
    }
  });

  it('keeps both people of a plain-text byline wrapped onto a second line', async () => {
    const article = await parseOne(
      'Dock reopens\n\nBy Ivo Renk\nMara Tesh\n\nThe dock reopened on Monday.\n',
    );
    expect(article.authors).toEqual(['Ivo Renk', 'Mara Tesh']);
    expect(article.byline).toBe('By Ivo Renk Mara Tesh');
  });
});

describe('syndication and distribution furniture', () => {
  it('cuts a date prefix like a dateline, and the closing furniture, but keeps contact lines', async () => {
    const article = await parseOne(
      nexis({
        header: HEADER,
        lines: [
          'HEADLINE: Mill reopens',
          '',
          'BODY:',
          '',
          'May 09--QUILLBY -- The old mill reopened on Saturday.',
          '',
          'Email Ivo Renk at irenk@ledger.example.',
          '',
          'Follow him on Twitter @ivorenk.',
          '',
          '___ (c)2021 the Quillby Evening Ledger (Quillby, Ore.) Visit the Quillby Evening Ledger at',
          'www.ledger.example Distributed by Tribune Content Agency, LLC.',
        ],
      }),
    );
    expect(article.dateline).toBe('QUILLBY');
    expect(article.paragraphs).toEqual([
      'The old mill reopened on Saturday.',
      'Email Ivo Renk at irenk@ledger.example.',
      'Follow him on Twitter @ivorenk.',
    ]);
  });

  it('drops each closing line on its own, in plain text too', async () => {
    const tails = [
      'Distributed by Tribune Content Agency, LLC.',
      '!@COPYRIGHT=© 2015 Quillby Evening Ledger',
      'Copyright 2021 Quillby Evening Ledger. All rights reserved.',
      'Visit the Quillby Evening Ledger at www.ledger.example',
      '_____',
    ];
    for (const tail of tails) {
      const article = await parseOne(
        `Mill reopens\n\nJun. 2--The mill reopened.\n\nIt employs 40.\n\n${tail}\n`,
      );
      expect(article.paragraphs, tail).toEqual(['The mill reopened.', 'It employs 40.']);
    }
  });
});

describe('factboxes, charts and source lines after the story', () => {
  it('are not body', async () => {
    const tails = [
      ['--', '', 'Riders, by route', '', 'Route 1 4,210', '', 'Source: Transit office'],
      ['Sources: Transit office, county records'],
      ['GRAPHIC: Chart shows ridership by month'],
      ['Route 1 4,210', 'Route 2 3,005'],
    ];
    for (const tail of tails) {
      const article = await parseOne(
        nexis({
          header: HEADER,
          lines: [
            'HEADLINE: Ridership up',
            '',
            'BODY:',
            '',
            'Ridership rose 4 percent.',
            '',
            'Buses were full.',
            '',
            ...tail,
          ],
        }),
      );
      expect(article.paragraphs, tail.join(' / ')).toEqual(['Ridership rose 4 percent.', 'Buses were full.']);
    }
  });
});

describe('kickers and decks in HEADLINE:', () => {
  it('drops a kicker, takes the deck after `;`, and keeps a `;` of the headline', async () => {
    const cases = [
      [
        'PREP SOCCER; Otters win | the final; Late goal lifts Quillby',
        'Otters win the final',
        'Late goal lifts Quillby',
      ],
      ['Otters win the final; Late goal lifts Quillby', 'Otters win the final', 'Late goal lifts Quillby'],
      ['Going, going; gone', 'Going, going; gone', null],
      ['Q&A: What the levy pays for', 'Q&A: What the levy pays for', null],
    ] as const;
    for (const [field, headline, deck] of cases) {
      const article = await parseOne(
        nexis({ header: HEADER, lines: [`HEADLINE: ${field}`, '', 'BODY:', '', 'Text.'] }),
      );
      expect({ headline: article.headline, deck: article.subheadline }, field).toEqual({ headline, deck });
    }
  });

  it('reads a deck on its own line and | markers in plain text and PressReader', async () => {
    const plain = await parseOne(
      'Quillby buys | the old mill\n\nTown plans a market | in the mill hall\n\nBy Ivo Renk\n\nThe town bought the mill.\n',
    );
    expect(plain).toMatchObject({
      headline: 'Quillby buys the old mill',
      subheadline: 'Town plans a market in the mill hall',
      authors: ['Ivo Renk'],
    });
    const page = await parseOne(
      'Quillby Evening Ledger\n\nOUTDOORS\n\nTrout season | opens early\n\nWarm spring brings anglers out\n\n- By Mara Tesh\n\nThe season opens Saturday.\n\nNewspapers in English\n\nNewspapers from United States\n',
    );
    expect(page).toMatchObject({
      headline: 'Trout season opens early',
      subheadline: 'Warm spring brings anglers out',
      authors: ['Mara Tesh'],
    });
  });
});

describe('datelines with agency tags or odd punctuation', () => {
  it('are cut from the first paragraph, the place kept clean', async () => {
    const cases = [
      ['TARNWICK, ORE . >> The bridge closed.', 'TARNWICK, ORE.'],
      ['BERLIN (dpa) - The bridge closed.', 'BERLIN'],
      ['Berlin (dpa) - The bridge closed.', 'Berlin'],
      ['Berlin (dpa) The bridge closed.', 'Berlin'],
      ['LAKE TARN - The bridge closed.', 'LAKE TARN'],
    ] as const;
    for (const [first, dateline] of cases) {
      const article = await parseOne(
        nexis({ header: HEADER, lines: ['HEADLINE: Bridge shut', '', 'BODY:', '', first, '', 'More.'] }),
      );
      expect({ dateline: article.dateline, first: article.paragraphs[0] }, first).toEqual({
        dateline,
        first: 'The bridge closed.',
      });
    }
  });
});

describe('second and later authors after a role, a wrap or a place', () => {
  it('keeps a name printed after a role', () => {
    expect(parseByline('Ivo Renk, Metro Editor Mara Tesh, Staff Writer')).toEqual(['Ivo Renk', 'Mara Tesh']);
    expect(parseByline('By Ivo Renk Staff Writer')).toEqual(['Ivo Renk']);
    expect(parseByline('Ivo Renk, Special to the Ledger')).toEqual(['Ivo Renk']);
  });

  it('reads a PressReader byline wrapped onto a second line of names', async () => {
    const page = await parseOne(
      'Quillby Evening Ledger\n\nTrout season opens early\n\n- By Mara Tesh\nIvo Renk\n\nThe season opens Saturday.\n\nNewspapers in English\n\nNewspapers from United States\n',
    );
    expect(page).toMatchObject({ byline: 'By Mara Tesh Ivo Renk', authors: ['Mara Tesh', 'Ivo Renk'] });
    expect(page.paragraphs).toEqual(['The season opens Saturday.']);
  });
});

describe('more header and dateline variants', () => {
  it('takes a place and agency tag printed as a paragraph of its own for the dateline', async () => {
    const article = await parseOne(
      nexis({
        header: HEADER,
        lines: ['HEADLINE: Bridge shut', '', 'BODY:', '', 'Berlin (dpa)', '', 'The bridge closed.'],
      }),
    );
    expect(article).toMatchObject({ dateline: 'Berlin', paragraphs: ['The bridge closed.'] });
  });

  it('reads an edition line printed before the date as the edition, not the publication', async () => {
    const article = await parseOne(
      nexis({
        header: ['Quillby Evening Ledger', 'SUNRISE EDITION', 'May 3, 2021 Monday'],
        lines: ['BODY:', '', 'Text.'],
      }),
    );
    expect(article).toMatchObject({ publication: 'Quillby Evening Ledger', edition: 'SUNRISE EDITION' });
  });

  it('drops a series label with its part number before the headline', async () => {
    const article = await parseOne(
      nexis({
        header: HEADER,
        lines: [
          'HEADLINE: RIVER TOWNS: Part 2; Where the ferry stops; A town of 300 waits',
          '',
          'BODY:',
          '',
          'Text.',
        ],
      }),
    );
    expect(article).toMatchObject({ headline: 'Where the ferry stops', subheadline: 'A town of 300 waits' });
  });
});

describe('story text that only looks like furniture', () => {
  it('stays body', async () => {
    for (const last of [
      'Copyright law changed in 1976.',
      'Sources say the vote is close.',
      'Visit the museum on Sunday.',
      'The score was 21-14.',
    ]) {
      const article = await parseOne(`Mill reopens\n\nThe mill reopened.\n\n${last}\n`);
      expect(article.paragraphs, last).toEqual(['The mill reopened.', last]);
    }
  });
});
