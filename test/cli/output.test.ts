import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../cli/output/formatCsv';
import { formatTable } from '../../cli/output/formatTable';
import { writeRecords } from '../../cli/output/writeRecords';
import type { Column } from '../../cli/types';

interface Row {
  headline: string | null;
  words: number;
}

const columns: Column<Row>[] = [
  { header: 'HEADLINE', value: (row) => row.headline, maxWidth: 12 },
  { header: 'WORDS', value: (row) => row.words },
];

function collect(write: (out: PassThrough) => void): string {
  const out = new PassThrough();
  write(out);
  return out.read()?.toString() ?? '';
}

describe('formatCsv', () => {
  it('quotes by RFC 4180: commas, quotes doubled, line breaks; CRLF record ends; null is empty', () => {
    const csv = formatCsv(
      [
        { headline: 'Milley: "US may work", officials say', words: 562 },
        { headline: 'Two\nlines', words: 3 },
        { headline: null, words: 0 },
      ],
      columns,
    );
    expect(csv).toBe(
      'HEADLINE,WORDS\r\n"Milley: ""US may work"", officials say",562\r\n"Two\nlines",3\r\n,0\r\n',
    );
  });

  it('never cuts a field and can leave the header out (later pages)', () => {
    const long = 'x'.repeat(40);
    expect(formatCsv([{ headline: long, words: 1 }], columns, false)).toBe(`${long},1\r\n`);
  });
});

describe('formatCsv against formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x.invalid","click")', `"'=HYPERLINK(""http://x.invalid"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('a text cell %j starts with a quote mark, so a spreadsheet shows it as text', (headline, cell) => {
    expect(formatCsv([{ headline, words: 1 }], columns, false)).toBe(`${cell},1\r\n`);
  });

  it('leaves other text, and numbers (a negative one too), as they are', () => {
    expect(formatCsv([{ headline: 'A = B', words: -4 }], columns, false)).toBe('A = B,-4\r\n');
  });
});

describe('formatTable', () => {
  it('pads columns to the widest cell, cuts long cells with an ellipsis, folds line breaks', () => {
    const table = formatTable(
      [
        { headline: 'Short', words: 5 },
        { headline: 'A headline far too long\nfor its column', words: 1234 },
      ],
      columns,
    );
    expect(table).toBe('HEADLINE      WORDS\nShort         5\nA headline …  1234\n');
  });
});

describe('writeRecords', () => {
  it('prints JSON Lines of the whole record, not the table cells', () => {
    const text = collect((out) =>
      writeRecords(out, [{ headline: 'A', words: 1 }], {
        format: 'json',
        columns,
        toJson: (row) => ({ ...row, extra: true }),
      }),
    );
    expect(text).toBe('{"headline":"A","words":1,"extra":true}\n');
  });

  it('prints a table without its header for a later page', () => {
    const text = collect((out) =>
      writeRecords(out, [{ headline: 'B', words: 2 }], {
        format: 'table',
        columns,
        toJson: (row) => row,
        header: false,
      }),
    );
    expect(text).toBe('B         2\n');
  });
});
