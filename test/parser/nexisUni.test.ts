import { describe, expect, it } from 'vitest';
import { collectEvents } from '../helpers/collectEvents';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { writeDocx } from '../helpers/writeDocx';
import { DUTCH, ENGLISH, FRENCH, GERMAN } from './nexisUniFixtures';

// Answer keys: written by hand from the invented documents in nexisUniFixtures.ts, not computed from them.
const ENGLISH_KEY = [
  {
    documentIndex: 1,
    format: 'nexis-uni',
    container: { kind: 'docx' },
    headline: 'Harbour ferry fares to rise in spring',
    subheadline: null,
    publication: 'The Invented Gazette',
    publishedDate: '2019-07-01',
    edition: null,
    section: 'CITY',
    page: null,
    statedWordCount: 120,
    byline: 'Mara Quill',
    authors: ['Mara Quill'],
    dateline: 'PORTVILLE',
    language: null,
    paragraphs: [
      'The ferry company said on Monday that fares would rise.',
      'Riders will pay two coins more.',
      'See the timetable for details.',
      'Stops North and South',
      'Second line of the stops.',
      'Stop Fare',
      'North 2 coins',
      'A paragraph beside a drawing.',
    ],
  },
  {
    documentIndex: 2,
    headline: 'Library opens a seed exchange',
    publication: 'The Invented Gazette',
    publishedDate: '2019-07-02',
    section: 'LOCAL',
    page: '4',
    statedWordCount: 1088,
    byline: 'Ode Brand and Lin Vasquez',
    authors: ['Ode Brand', 'Lin Vasquez'],
    language: 'en',
    paragraphs: ['The library opened a seed exchange on Tuesday.', 'Gardeners brought jars of beans.'],
    indexTerms: {
      subject: [
        { term: 'GARDENING', score: 90 },
        { term: 'LIBRARIES', score: 72 },
      ],
      organization: [{ term: 'PORTVILLE LIBRARY', score: 81 }],
      person: [{ term: 'ODE BRAND', score: 60 }],
      geographic: [{ term: 'PORTVILLE, ATLANTIS', score: 88 }],
      industry: [{ term: 'AGRICULTURE', score: 55 }],
    },
  },
  {
    documentIndex: 3,
    headline: 'Council delays vote',
    publication: 'Invented Weekly',
    publishedDate: '2019-07-03',
    section: 'NEWS',
    statedWordCount: 40,
    dateline: 'PORTVILLE',
    paragraphs: ['OFFERROLLER: a word that looks like a label stays text.', 'The vote moves to August.'],
  },
];

describe('Nexis Uni DOCX, English', () => {
  it.each([true, false])('reads every document, cover page %s', async (cover) => {
    const docx = writeDocx(nexisUniBlocks(ENGLISH, { cover, language: 'en' }));
    const { events, articles } = await collectEvents(docx);
    expect(events[0]).toEqual({
      kind: 'file',
      format: 'nexis-uni',
      encoding: 'utf-8',
      compressed: false,
      container: { kind: 'docx' },
      // The cover page's `Documents (3)`: what the DOCX says it holds.
      ...(cover ? { expectedDocuments: 3 } : {}),
    });
    expect(articles).toHaveLength(3);
    for (const [index, key] of ENGLISH_KEY.entries()) expect(articles[index]).toMatchObject(key);
  });

  it('records provenance: a span of the text read from the DOCX, field lines and one entry a paragraph', async () => {
    const { articles } = await collectEvents(
      writeDocx(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' })),
    );
    let previousEnd = 0;
    for (const article of articles) {
      const provenance = article.provenance!;
      const [start, end] = provenance.span;
      expect(start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = end;
      expect(provenance.lines.reduce((sum, [, count]) => sum + count, 0)).toBe(end - start);
      expect(provenance.paragraphs).toHaveLength(article.paragraphs.length);
      for (const field of ['headline', 'publication', 'publishedDate'] as const)
        expect(provenance.fields[field]?.length).toBeGreaterThan(0);
      for (const [from, to] of provenance.fields.headline!) expect(from >= start && to <= end).toBe(true);
    }
    expect(articles[1]!.provenance!.fields.indexTerms?.length).toBeGreaterThan(0);
    expect(articles[0]!.provenance!.fields.dateline).toHaveLength(1);
  });

  it('never reads headers, footers, comments, drawings or their position numbers as text', async () => {
    const { articles } = await collectEvents(
      writeDocx(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' })),
    );
    const text = JSON.stringify(articles);
    expect(text).not.toMatch(/MUST NOT APPEAR|914400|Client\/Matter|Copyright 2019/);
  });

  it('resumes after a document without finishing the earlier ones', async () => {
    const docx = writeDocx(nexisUniBlocks(ENGLISH, { cover: false, language: 'en' }));
    const { articles } = await collectEvents(docx, { resumeAfter: { documentIndex: 2 } });
    expect(articles.map((article) => article.headline)).toEqual(['Council delays vote']);
  });

  it('gives the same content hash with and without a cover page', async () => {
    const withCover = await collectEvents(
      writeDocx(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' })),
    );
    const without = await collectEvents(writeDocx(nexisUniBlocks(ENGLISH, { cover: false, language: 'en' })));
    expect(withCover.articles.slice(1).map((a) => a.contentHash)).toEqual(
      without.articles.slice(1).map((a) => a.contentHash),
    );
    expect(new Set(without.articles.map((a) => a.contentHash)).size).toBe(3);
  });
});

describe('Nexis Uni DOCX in German, French and Dutch', () => {
  it.each([true, false])('German, cover page %s', async (cover) => {
    const { articles } = await collectEvents(writeDocx(nexisUniBlocks(GERMAN, { cover, language: 'de' })));
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      headline: 'Stadtwerke senken die Preise',
      publication: 'Erfundene Zeitung',
      publishedDate: '2012-02-27',
      section: 'WIRTSCHAFT',
      statedWordCount: 1285,
      byline: 'Berger, Anna',
      authors: ['Anna Berger'],
      language: 'de',
      paragraphs: ['Die Stadtwerke senken ab März die Preise.', 'Kunden sparen im Schnitt zwölf Euro.'],
      indexTerms: { subject: [{ term: 'ENERGIE', score: 91 }] },
    });
    expect(articles[1]).toMatchObject({
      documentIndex: 2,
      headline: 'Neue Brücke eröffnet',
      publishedDate: '2011-08-31',
      statedWordCount: 80,
      paragraphs: ['Die Brücke ist seit Mittwoch offen.'],
    });
  });

  it('French', async () => {
    const { articles } = await collectEvents(
      writeDocx(nexisUniBlocks(FRENCH, { cover: true, language: 'fr' })),
    );
    expect(articles).toEqual([
      expect.objectContaining({
        headline: 'Le marché couvert rouvre',
        publication: 'Le Journal Inventé',
        publishedDate: '2003-05-17',
        section: 'ÉCONOMIE',
        statedWordCount: 143,
        byline: 'Jean Morel',
        authors: ['Jean Morel'],
        language: 'fr',
        paragraphs: ['Le marché couvert rouvre samedi.', 'Les commerçants sont soulagés.'],
      }),
    ]);
  });

  it('Dutch', async () => {
    const { articles } = await collectEvents(
      writeDocx(nexisUniBlocks(DUTCH, { cover: false, language: 'nl' })),
    );
    expect(articles).toEqual([
      expect.objectContaining({
        headline: 'Nieuwe fietsbrug geopend',
        publishedDate: '2003-05-17',
        section: 'BINNENLAND',
        statedWordCount: 80,
        authors: ['Jan Pieters'],
        language: 'nl',
        paragraphs: ['De fietsbrug is zaterdag geopend.'],
      }),
    ]);
  });
});
