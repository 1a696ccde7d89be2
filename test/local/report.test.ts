import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceRecords, StoredSource } from '../../lambda/store/types';
import { exitStatusOf } from '../../local/report/exitStatusOf';
import { formatLandedTable } from '../../local/report/formatLandedTable';
import { landedRows } from '../../local/report/landedRows';
import { summarizeOutcomes } from '../../local/report/summarizeOutcomes';
import type { ProcessedObject } from '../../local/types';

const source = (overrides: Partial<StoredSource>): StoredSource => ({
  bucket: 'b',
  key: 'k',
  status: 'PARSED',
  versionId: null,
  eTag: 'e',
  size: 1,
  lastModified: null,
  sequencer: '01',
  eventName: 'ObjectCreated:Put',
  articleIds: [],
  articleCount: 0,
  parserVersion: '1.0.0',
  processedAt: '2024-01-01T00:00:00Z',
  format: 'plain',
  encoding: 'utf-8',
  compressed: false,
  reason: null,
  memberRejections: [],
  memberRejectionCount: 0,
  error: null,
  expiresAt: null,
  progress: null,
  ...overrides,
});

const object = (
  key: string,
  delivery: ProcessedObject['delivery'] = 'processed',
  reason?: string,
): ProcessedObject => ({
  file: key,
  key,
  size: 1,
  sequencer: '01',
  delivery,
  ...(reason !== undefined && { reason }),
});

function article(documentIndex: number, headline: string) {
  return {
    id: `id${documentIndex}`,
    status: 'PARSED',
    source: { bucket: 'b', key: 'export.txt', versionId: null, documentIndex },
    publication: 'The Daily Example',
    headline,
    authors: ['Ann Writer', 'Bo Reporter'],
  } as unknown as SourceRecords['articles'][number];
}

describe('landedRows', () => {
  it('gives one row per article, numbering the documents of a multi-document file', () => {
    const rows = landedRows(
      [object('export.txt')],
      [
        {
          source: source({ articleCount: 2 }),
          articles: [article(1, 'First story'), article(2, 'Second story')],
        },
      ],
    );
    expect(rows).toEqual([
      {
        key: 'export.txt#1',
        status: 'PARSED',
        publication: 'The Daily Example',
        headline: 'First story',
        authors: 'Ann Writer, Bo Reporter',
      },
      {
        key: 'export.txt#2',
        status: 'PARSED',
        publication: 'The Daily Example',
        headline: 'Second story',
        authors: 'Ann Writer, Bo Reporter',
      },
    ]);
  });

  it('says why an object has no article', () => {
    const rows = landedRows(
      [
        object('empty.txt'),
        object('bad.txt', 'dead-lettered'),
        object('lost.txt', 'dead-lettered', 'Error: boom\n at x'),
        object('a.xml', 'skipped', 'no notification matches'),
      ],
      [
        {
          source: source({ status: 'REJECTED', reason: { code: 'EMPTY', message: 'The file is empty.' } }),
          articles: [],
        },
        {
          source: source({
            status: 'FAILED',
            error: {
              name: 'TypeError',
              message: 'x is undefined',
              at: '',
              eventName: '',
              sequencer: '',
              receiveCount: 5,
            },
          }),
          articles: [],
        },
        undefined,
        undefined,
      ],
    );
    expect(rows.map((row) => [row.key, row.status, row.headline])).toEqual([
      ['empty.txt', 'REJECTED', '(EMPTY: The file is empty.)'],
      ['bad.txt', 'FAILED', '(TypeError: x is undefined)'],
      ['lost.txt', 'DLQ', '(dead-lettered: Error: boom)'],
      ['a.xml', 'SKIPPED', '(no notification matches)'],
    ]);
  });
});

describe('formatLandedTable', () => {
  const rows = [
    {
      key: 'a.txt',
      status: 'PARSED',
      publication: 'Albuquerque Journal',
      headline: 'Milley: US may work with Taliban to hit ISIS',
      authors: 'Robert Burns, Lolita C. Baldor',
    },
  ];

  it('aligns columns under a heading', () => {
    const { text } = formatLandedTable(rows, 200);
    const [heading, line] = text.split('\n');
    expect(heading).toMatch(/^KEY\s+STATUS\s+PUBLICATION\s+HEADLINE\s+AUTHORS$/);
    expect(line!.indexOf('PARSED')).toBe(heading!.indexOf('STATUS'));
    expect(line!.indexOf('Milley')).toBe(heading!.indexOf('HEADLINE'));
  });

  it('cuts long columns to fit the width, marking the cut', () => {
    const { text } = formatLandedTable(rows, 60);
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(text).toContain('…');
  });

  it('never cuts a later row’s status, and keeps the end of a cut key, so documents of one export differ', () => {
    // The first table holds only the seed: STATUS is 6 wide, KEY 24. Later rows arrive live.
    const first = formatLandedTable([{ ...rows[0]!, key: '000_90b2515fab799f03.txt' }], 80);
    const export_ = 'archive/valley-courier/2022-03-weekly-export.txt';
    const later = formatLandedTable(
      [
        { ...rows[0]!, key: `${export_}#1`, headline: 'Council approves the budget after a long night' },
        { ...rows[0]!, key: `${export_}#2`, headline: 'Council approves the budget after a long night' },
        {
          key: 'archive/empty.txt',
          status: 'REJECTED',
          publication: '',
          headline: '(EMPTY: The file is empty.)',
          authors: '',
        },
      ],
      80,
      first.widths,
    ).text;
    const lines = later.trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^\S*#1 +PARSED /);
    expect(lines[1]).toMatch(/^\S*#2 +PARSED /);
    expect(lines[2]).toMatch(/^archive\/empty\.txt +REJECTED +/);
    expect(lines[0]!.split(' ')[0]).not.toBe(lines[1]!.split(' ')[0]);
  });

  it('shows a later row whole when the terminal has room for it', () => {
    const first = formatLandedTable(rows, 200);
    const headline = 'A much longer headline than the first table had room for, and then some';
    const later = formatLandedTable(
      [{ ...rows[0]!, key: 'a-longer-key.txt', headline }],
      200,
      first.widths,
    ).text;
    expect(later).toContain('a-longer-key.txt');
    expect(later).toContain(headline);
    expect(later).not.toContain('…');
  });

  it('fits any row to the width, and never cuts a status', () => {
    const text = fc.string({ unit: 'grapheme-ascii', maxLength: 90 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: text,
            status: fc.constantFrom('PARSED', 'REJECTED', 'NO RECORD', 'DLQ'),
            publication: text,
            headline: text,
            authors: text,
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.array(
          fc.record({
            key: text,
            status: fc.constantFrom('PARSED', 'REJECTED', 'PROCESSING', 'NO RECORD'),
            publication: text,
            headline: text,
            authors: text,
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer({ min: 60, max: 220 }),
        (firstRows, laterRows, width) => {
          const first = formatLandedTable(firstRows, width);
          const later = formatLandedTable(laterRows, width, first.widths);
          for (const line of `${first.text}${later.text}`.trimEnd().split('\n')) {
            expect([...line].length).toBeLessThanOrEqual(width);
          }
          const lines = later.text.trimEnd().split('\n');
          for (const [index, row] of laterRows.entries()) expect(lines[index]).toContain(` ${row.status}`);
        },
      ),
    );
  });

  it('prints later rows in line with an earlier table, without a heading', () => {
    const first = formatLandedTable(rows, 200);
    const later = formatLandedTable([{ ...rows[0]!, key: 'b.txt' }], 200, first.widths).text;
    expect(later).not.toContain('HEADLINE');
    expect(later.indexOf('PARSED')).toBe(first.text.split('\n')[1]!.indexOf('PARSED'));
  });
});

describe('exitStatusOf and summarizeOutcomes', () => {
  const parsed = { source: source({ articleCount: 2 }), articles: [article(1, 'One'), article(2, 'Two')] };
  const rejected = {
    source: source({ status: 'REJECTED', reason: { code: 'EMPTY', message: 'empty' } }),
    articles: [],
  };
  const failed = { source: source({ status: 'FAILED' }), articles: [] };

  it('is 0 when everything was parsed or rejected', () => {
    expect(exitStatusOf([object('a'), object('b')], [parsed, rejected])).toBe(0);
    expect(summarizeOutcomes([object('a'), object('b')], [parsed, rejected], 0)).toBe(
      '2 object(s): 1 parsed, 1 rejected; 2 article(s); 0 message(s) in the dead-letter queue',
    );
  });

  it('is 1 when an object FAILED or went to the dead-letter queue', () => {
    expect(exitStatusOf([object('a'), object('f')], [parsed, failed])).toBe(1);
    expect(exitStatusOf([object('d', 'dead-lettered')], [undefined])).toBe(1);
    expect(
      summarizeOutcomes(
        [object('d', 'dead-lettered'), object('x.xml', 'skipped')],
        [undefined, undefined],
        1,
      ),
    ).toBe('2 object(s): 1 dead-lettered, 1 skipped; 0 article(s); 1 message(s) in the dead-letter queue');
  });

  it('is 1, and says so, when an object was still unfinished as the wait ran out', () => {
    const processing = { source: source({ status: 'PROCESSING' }), articles: [] };
    const objects = [object('a'), object('big.txt', 'unfinished'), object('lost.txt', 'unfinished')];
    const records = [parsed, processing, undefined];
    expect(exitStatusOf(objects, records)).toBe(1);
    expect(summarizeOutcomes(objects, records, 0)).toBe(
      '3 object(s): 1 parsed, 1 processing, 1 unfinished; 2 article(s); 0 message(s) in the dead-letter queue',
    );
    expect(
      landedRows(objects.slice(1), records.slice(1)).map((row) => [row.key, row.status, row.headline]),
    ).toEqual([
      ['big.txt', 'PROCESSING', '(a write is under way)'],
      ['lost.txt', 'UNFINISHED', '(not processed yet)'],
    ]);
  });
});
