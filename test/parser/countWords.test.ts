import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../lambda/parser/countWords';

/** Words as the record counts them, another way: runs of characters other than U+0020. */
const expectedWords = (paragraphs: readonly string[]) =>
  paragraphs.reduce((sum, paragraph) => sum + paragraph.split(' ').filter((word) => word !== '').length, 0);

describe('countWords', () => {
  it('counts the runs between spaces, whatever stands at either end or between', () => {
    expect(countWords([])).toBe(0);
    expect(countWords(['', ' ', '   '])).toBe(0);
    expect(countWords(['Two words', ' and  three more '])).toBe(5);
    // Only U+0020 separates: a tab, a no-break space and U+2000 (a space's byte-swapped twin) do not.
    expect(countWords(['a\tb', 'a\u00a0b', 'a\u2000b', '\u2000 \u0020'])).toBe(4);
  });

  it('is the contract for any paragraphs, long ones counted window by window', () => {
    const piece = fc.constantFrom(
      'word',
      'Wört',
      '日本',
      '😀',
      '\ud800',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u2000',
      '',
    );
    const paragraph = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), (paragraphs) => {
        expect(countWords(paragraphs)).toBe(expectedWords(paragraphs));
      }),
      { numRuns: 1_000 },
    );
    // Words across the 16,384-unit windows, and a space just before and just after a boundary.
    for (const shift of [0, 1, 2, 3, 5]) {
      const long = `${'x'.repeat(shift)}${'ab cd  e '.repeat(20_000)}${'z'.repeat(shift)}`;
      expect(countWords([long])).toBe(expectedWords([long]));
      const boundary = `${'x'.repeat(16_383 - shift)} ${'y'.repeat(16_384)} z`;
      expect(countWords([boundary])).toBe(expectedWords([boundary]));
    }
  });
});
