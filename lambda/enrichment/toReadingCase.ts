import { NAME_PARTICLES } from './lexicon/personTitles';

const WORD = /[\p{L}\p{M}]+/gu;
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+$/u;

/**
 * Writes a name printed in capitals the way a reader expects it: `MARK MILLEY` → `Mark Milley`,
 * `O'BRIEN` → `O'Brien`, `JEAN-PIERRE` → `Jean-Pierre`, `MCDONALD` → `McDonald`, `LLOYD J. AUSTIN III` →
 * `Lloyd J. Austin III`, `OSAMA BIN LADEN` → `Osama bin Laden`. A name that is not all capitals is returned as is.
 *
 * @example
 * toReadingCase('ABU BAKR AL-BAGHDADI'); // 'Abu Bakr al-Baghdadi'
 */
export function toReadingCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .split(' ')
    .map((word, position) => readingCaseWord(word, position))
    .join(' ');
}

function readingCaseWord(word: string, position: number): string {
  if (ROMAN_NUMERAL.test(word) || DOTTED_ACRONYM.test(word) || word.length === 1) return word;
  let piece = 0;
  return word.replace(WORD, (letters, offset: number) => {
    const lower = letters.toLowerCase();
    const isFirstPiece = piece === 0;
    piece += 1;
    // `AL-` before a hyphen and `BIN` as a middle word are particles; the possessive `'S` is lower case.
    if (isFirstPiece && position > 0 && NAME_PARTICLES.has(lower)) return lower;
    if (isFirstPiece && lower === 'al' && word[offset + letters.length] === '-') return lower;
    if (!isFirstPiece && lower === 's' && offset === word.length - 1) return lower;
    if (lower.startsWith('mc') && lower.length > 3) return `Mc${lower[2]!.toUpperCase()}${lower.slice(3)}`;
    return lower[0]!.toUpperCase() + lower.slice(1);
  });
}
