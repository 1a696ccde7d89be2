import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../lambda/parser/contentHash';
import { LineHasher } from '../../lambda/parser/LineHasher';

/** The contract, computed another way: the words (split at white space) joined by single spaces, as UTF-8. */
const expectedHash = (lines: readonly string[]) =>
  createHash('sha256')
    .update(
      lines
        .join('\n')
        .split(/\s+/)
        .filter((word) => word !== '')
        .join(' '),
      'utf8',
    )
    .digest('hex');

const all = (lines: readonly string[]) => contentHash(lines, 0, lines.length);

function streamed(lines: readonly string[]): string {
  const hasher = new LineHasher();
  for (const line of lines) hasher.push(line);
  return hasher.digest();
}

describe('contentHash ignores white space, never words', () => {
  it('gives padded, hard-wrapped, tabbed and no-break-spaced layouts of one text the same hash', () => {
    const plain = ['Storm closes the coast road', 'Crews expect to reopen it next week.'];
    const layouts = [
      plain,
      [
        '',
        '                 Storm closes the coast road   ',
        '',
        'Crews expect to',
        'reopen it next week.',
        '',
      ],
      ['Storm\tcloses the\u00a0coast road\r', 'Crews  expect to reopen it next week.\u2003'],
      ['Storm closes the coast road Crews expect to reopen it next week.'],
    ];
    for (const lines of layouts) expect(all(lines)).toBe(expectedHash(plain));
  });

  it('tells texts apart that differ in a word, or where a space splits one', () => {
    expect(all(['coast road'])).not.toBe(all(['coastroad']));
    expect(all(['coast road'])).not.toBe(all(['coast roads']));
  });

  it('hashes only the lines [start, end)', () => {
    const lines = ['1 of 2 DOCUMENTS', 'Headline', 'Body', '2 of 2 DOCUMENTS'];
    expect(contentHash(lines, 1, 3)).toBe(expectedHash(['Headline', 'Body']));
  });

  it('hashes a long document chunk by chunk as if whole, blank chunks between text included', () => {
    const lines = [
      ...Array.from({ length: 300 }, (_, i) => `  line ${i} of the story  `),
      ...Array.from({ length: 600 }, () => '   '),
      'after the gap',
    ];
    expect(all(lines)).toBe(expectedHash(lines));
    expect(contentHash(lines, 5, 700)).toBe(expectedHash(lines.slice(5, 700)));
    expect(streamed(lines)).toBe(expectedHash(lines));
  });

  it('is the contract for any lines, one call or line by line', () => {
    const piece = fc.constantFrom(
      'word',
      'Wört',
      '日本',
      '“q”',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u2003',
      '\ufeff',
      '',
    );
    const line = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 700 }), (lines) => {
        const expected = expectedHash(lines);
        expect(all(lines)).toBe(expected);
        expect(streamed(lines)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
