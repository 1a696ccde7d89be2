import type { Token } from './types';

// One step per character, no nested quantifiers: linear on any input. Inner periods and apostrophes join
// letters (`U.S`, `it’s`); hyphens do not, so `U.S.-Taliban` gives `U.S.`, `-`, `Taliban`.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[.'’](?=[\p{L}\p{N}]))*|\S/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const POSSESSIVE = /['’]s$/u;

/** Abbreviations that keep their period: titles, name suffixes, months, US states in datelines. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `gen adm col lt maj capt sgt cpl pvt cmdr brig sen rep gov dr mr mrs ms mx prof rev st jr sr no vs etc
  inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
  sun ala ariz ark calif colo conn del fla ill ind kan ky la md mass mich minn miss mo mont neb nev okla
  ore pa tenn vt va wash wis wyo ft mt`.split(/\s+/),
);

/**
 * Splits a text into words and punctuation marks with their offsets.
 * An abbreviation's period stays with it (`Gen.`, `U.S.`, `C.`), so a period token ends a sentence or a phrase.
 *
 * @example
 * tokenize('Army Gen. Mark Milley’s U.S.-based staff').map((t) => t.text);
 * // ['Army', 'Gen.', 'Mark', 'Milley’s', 'U.S.', '-', 'based', 'staff']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let value = match[0];
    const start = match.index;
    const isWord = LETTER_OR_DIGIT.test(value);
    if (isWord && text.charCodeAt(start + value.length) === 0x2e && keepsPeriod(value)) {
      value += '.';
      pattern.lastIndex += 1;
    }
    tokens.push({
      text: value,
      norm: isWord ? value.toLowerCase().replace(POSSESSIVE, '').replaceAll('’', "'") : value,
      start,
      end: start + value.length,
      isWord,
      isCapitalized: UPPER_START.test(value),
    });
  }
  return tokens;
}

function keepsPeriod(word: string): boolean {
  return (
    (word.length === 1 && UPPER_START.test(word)) ||
    DOTTED_ACRONYM.test(word) ||
    ABBREVIATIONS.has(word.toLowerCase())
  );
}
