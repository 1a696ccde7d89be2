import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../lambda/parser/splitLines';

/** Every line end splitLines knows, as its one pattern splits them (CRLF first). */
const byPattern = (text: string) => text.split(/\r\n|[\n\r\f\v\u0085\u2028\u2029]/);

/** Text pieces that make each path of splitLines: LF only, CRLF only, both, lone CRs and the rare ends. */
const PIECES = [
  'word',
  ' ',
  '',
  '\n',
  '\r\n',
  '\r',
  '\f',
  '\v',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u00e9t\u00e9',
];

describe('splitLines', () => {
  it('splits as the one pattern of every line end does, whichever path it takes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(splitLines(text)).toEqual(byPattern(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a lone CR or LF among CRLF line ends a line end of its own', () => {
    expect(splitLines('a\r\nb\nc\r\n')).toEqual(['a', 'b', 'c', '']);
    expect(splitLines('a\r\nb\rc\r\n')).toEqual(['a', 'b', 'c', '']);
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b', '']);
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
  });
});
