// Provenance: every field names the lines it came from, in the text the parser read (0-based, half-open),
// and every line of a document has a role. Fixtures are invented.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lambda/parser';
import type { LineRange, ParsedArticle } from '../../lambda/parser/types';

const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

async function articlesOf(lines: string[]): Promise<ParsedArticle[]> {
  const result = await parseFile(encode(lines), { enrich: false });
  if (!result.ok) throw new Error(result.rejection.message);
  return result.articles;
}

/** The text of the ranges, to check a field against the lines it claims. */
const textOf = (lines: string[], ranges: LineRange[] | undefined) =>
  (ranges ?? []).flatMap(([start, end]) => lines.slice(start, end)).join('\n');

/** Roles expanded to one a line over the article's span. */
const rolesOf = (article: ParsedArticle) =>
  article.provenance!.lines.flatMap(([role, count]) => Array(count).fill(role));

const NEXIS = [
  'Download request: invented export',
  '',
  '                     1 of 2 DOCUMENTS',
  '',
  '                  Copyright 2021 Riverbend Gazette',
  '                       Riverbend Gazette',
  '                   April 3, 2021 Saturday',
  '',
  'SECTION: NEWS; Pg. A2',
  '',
  'LENGTH: 40 words',
  '',
  'HEADLINE: Ferry service resumes; Crews finish dock repairs ahead of schedule',
  '',
  'BYLINE: Omar Castell',
  '',
  'BODY:',
  '',
  'PORT ALDER -- The ferry ran again on Friday',
  'after three weeks of repairs.',
  '',
  'Tickets cost the same as before.',
  '',
  'SUBJECT: TRANSPORTATION (90%); PORTS (72%)',
  '',
  'LANGUAGE: KLINGONESE',
  '',
  '                     2 of 2 DOCUMENTS',
  '',
  '                       Riverbend Gazette',
  '                   April 4, 2021 Sunday',
  '',
  'HEADLINE: Library extends hours',
  '',
  'BODY:',
  '',
  'The library stays open until nine.',
];

describe('provenance of a Nexis export', () => {
  it('names the lines of each field in the whole file, and the roles of the others', async () => {
    const [first, second] = await articlesOf(NEXIS);
    const { fields, paragraphs, span } = first!.provenance!;
    expect(span).toEqual([2, 27]);
    expect(textOf(NEXIS, fields.publication).trim()).toBe('Riverbend Gazette');
    expect(textOf(NEXIS, fields.publishedDate).trim()).toBe('April 3, 2021 Saturday');
    expect(textOf(NEXIS, fields.headline)).toContain(first!.headline!);
    expect(fields.subheadline).toEqual(fields.headline);
    expect(textOf(NEXIS, fields.byline)).toBe('BYLINE: Omar Castell');
    expect(textOf(NEXIS, fields.section)).toBe('SECTION: NEWS; Pg. A2');
    expect(fields.page).toEqual(fields.section);
    expect(textOf(NEXIS, fields.statedWordCount)).toBe('LENGTH: 40 words');
    expect(textOf(NEXIS, fields.indexTerms)).toMatch(/^SUBJECT:/);
    expect(textOf(NEXIS, fields.dateline)).toMatch(/^PORT ALDER --/);
    expect(paragraphs.map((ranges) => textOf(NEXIS, ranges))).toEqual([
      'PORT ALDER -- The ferry ran again on Friday\nafter three weeks of repairs.',
      'Tickets cost the same as before.',
    ]);
    const roles = rolesOf(first!);
    expect(roles).toHaveLength(span[1] - span[0]);
    expect(roles[0]).toBe('separator');
    expect(roles[4 - 2]).toBe('copyright');
    expect(roles[16 - 2]).toBe('label');
    expect(roles[23 - 2]).toBe('index');
    // The parser's last line is the empty text after the final line end (and the split may give one more).
    expect(second!.provenance!.span[0]).toBe(27);
    expect(second!.provenance!.span[1]).toBeGreaterThanOrEqual(NEXIS.length);
    expect(textOf(NEXIS, second!.provenance!.paragraphs[0])).toBe('The library stays open until nine.');
  });

  it('names the lines a warning is about, and keeps warnings strings', async () => {
    const [first] = await articlesOf(NEXIS);
    const index = first!.warnings.findIndex((warning) => warning.startsWith('language not recognised'));
    expect(index).toBeGreaterThanOrEqual(0);
    const entry = first!.provenance!.warnings.find((warning) => warning.index === index);
    expect(textOf(NEXIS, entry?.lines)).toBe('LANGUAGE: KLINGONESE');
  });
});

describe('provenance of PressReader pages and plain text', () => {
  it('gives each PressReader page its own span, footer lines their fields', async () => {
    const page = (n: number) => [
      'Harbor Ledger',
      '',
      `Tide tables ${n} revised`,
      '',
      '- BY ILSE MORROW',
      '',
      `KELP BAY — The tables for week ${n} change.`,
      '',
      'Fishermen welcomed it.',
      '',
      'Newspapers in English',
      'Newspapers from Canada',
    ];
    const lines = [...page(1), ...page(2)];
    const [, second] = await articlesOf(lines);
    const { fields, span, paragraphs } = second!.provenance!;
    expect(span[0]).toBe(12);
    expect(textOf(lines, fields.headline)).toBe('Tide tables 2 revised');
    expect(textOf(lines, fields.byline)).toBe('- BY ILSE MORROW');
    expect(textOf(lines, fields.language)).toBe('Newspapers in English');
    expect(textOf(lines, fields.country)).toBe('Newspapers from Canada');
    expect(paragraphs.map((ranges) => textOf(lines, ranges))).toEqual([
      'KELP BAY — The tables for week 2 change.',
      'Fishermen welcomed it.',
    ]);
    expect(rolesOf(second!).slice(10, 12)).toEqual(['footer', 'footer']);
  });

  it('gives a plain-text dateline paragraph its lines', async () => {
    const lines = ['Council delays vote', '', 'By Rhea Lindqvist', '', 'MILLBROOK —', '', 'The vote moved.'];
    const [article] = await articlesOf(lines);
    const { fields, paragraphs } = article!.provenance!;
    expect(article!.dateline).toBe('MILLBROOK');
    expect(textOf(lines, fields.dateline)).toBe('MILLBROOK —');
    expect(paragraphs.map((ranges) => textOf(lines, ranges))).toEqual(['The vote moved.']);
    expect(rolesOf(article!).slice(0, 7)).toEqual([
      'headline',
      'blank',
      'byline',
      'blank',
      'dateline',
      'blank',
      'body',
    ]);
  });
});

describe('provenance of the accuracy rules (kickers, headlines from the body, trailing furniture)', () => {
  it('marks a plain-text kicker, deck and byline, and what was cut after the story', async () => {
    const lines = [
      'METRO',
      '',
      'Splash pad opens at Dunmore Park',
      '',
      'Crowds expected for the long weekend',
      '',
      'By Tove Arkwright',
      '',
      'The splash pad opened on Saturday.',
      '',
      'Children queued from nine.',
      '',
      '___',
      '',
      'Visitors, by hour',
      '',
      'Copyright 2024 Dunmore Courier',
    ];
    const [article] = await articlesOf(lines);
    expect(article!.headline).toBe('Splash pad opens at Dunmore Park');
    expect(article!.paragraphs).toEqual(['The splash pad opened on Saturday.', 'Children queued from nine.']);
    const { fields, paragraphs } = article!.provenance!;
    expect(textOf(lines, fields.headline)).toBe(article!.headline);
    expect(textOf(lines, fields.subheadline)).toBe(article!.subheadline);
    expect(textOf(lines, fields.byline)).toBe('By Tove Arkwright');
    expect(paragraphs.map((ranges) => textOf(lines, ranges))).toEqual(article!.paragraphs);
    const roles = rolesOf(article!);
    expect(roles[0]).toBe('kicker');
    expect([roles[12], roles[14], roles[16]]).toEqual(['separator', 'factbox', 'copyright']);
  });

  it('names a PressReader kicker apart from the headline', async () => {
    const lines = [
      'Harbor Ledger',
      '',
      'BUSINESS',
      '',
      'Cannery adds a night shift',
      '',
      '- BY ILSE MORROW',
      '',
      'KELP BAY — The cannery hires forty workers.',
      '',
      'Pay starts next month.',
      '',
      'Newspapers in English',
      'Newspapers from Canada',
    ];
    const [article] = await articlesOf(lines);
    expect(article!.headline).toBe('Cannery adds a night shift');
    const { fields } = article!.provenance!;
    expect(textOf(lines, fields.headline)).toBe('Cannery adds a night shift');
    expect(textOf(lines, fields.byline)).toBe('- BY ILSE MORROW');
    expect(rolesOf(article!)[2]).toBe('kicker');
  });

  it('names a Nexis headline read from the body after a kicker, and a copyright line cut from the end', async () => {
    const lines = [
      '                     1 of 1 DOCUMENT',
      '',
      '                       Riverbend Gazette',
      '                   April 5, 2021 Monday',
      '',
      'SECTION: NEWS; Pg. A4',
      '',
      'BODY:',
      '',
      'BRIEFS',
      '',
      'Bridge lane closes for paint',
      '',
      'One lane of the Alder bridge closes on Tuesday.',
      '',
      'Painters expect to finish in a week.',
      '',
      'Copyright 2021 Riverbend Gazette',
      '',
      'LANGUAGE: ENGLISH',
    ];
    const [article] = await articlesOf(lines);
    expect(article!.headline).toBe('Bridge lane closes for paint');
    expect(article!.paragraphs).toEqual([
      'One lane of the Alder bridge closes on Tuesday.',
      'Painters expect to finish in a week.',
    ]);
    const { fields, paragraphs, span } = article!.provenance!;
    expect(textOf(lines, fields.headline)).toBe('Bridge lane closes for paint');
    expect(paragraphs.map((ranges) => textOf(lines, ranges))).toEqual(article!.paragraphs);
    const roles = rolesOf(article!);
    expect(roles[9 - span[0]]).toBe('kicker');
    expect(roles[17 - span[0]]).toBe('copyright');
  });

  it.each([
    ['in the head', 0],
    ['after many paragraphs', 12],
  ])(
    'marks a plain-text rule printed over its factbox without a blank line (%s) line by line: separator, then factbox',
    async (_where, extra) => {
      const story = Array.from({ length: extra }, (_, i) => [
        `Lock keepers logged boat ${i + 1}.`,
        '',
      ]).flat();
      const lines = [
        'Canal lock reopens',
        '',
        'By Ada Brook',
        '',
        'MILLBROOK — The east lock reopened on Wednesday after a month of repairs.',
        '',
        ...story,
        'Boats queued from dawn.',
        '',
        '___',
        'Lock traffic, by month',
        'March 310',
        'April 12',
        '',
        'Sources: Canal Authority',
      ];
      const [article] = await articlesOf(lines);
      expect(article!.paragraphs.at(-1)).toBe('Boats queued from dawn.');
      const roles = rolesOf(article!);
      const rule = lines.indexOf('___');
      expect(roles.slice(rule, rule + 6)).toEqual([
        'separator',
        'factbox',
        'factbox',
        'factbox',
        'blank',
        'factbox',
      ]);
    },
  );
});
