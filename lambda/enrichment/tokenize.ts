import type { Token } from './types';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER_DIGIT_OR_MARK = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_START = /^\p{Lu}/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const POSSESSIVE = /['’]s$/u;
const PERIOD = 0x2e;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Abbreviations that keep their period: titles, name suffixes, months, US states in datelines. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `gen adm col lt maj capt sgt cpl pvt cmdr brig sen rep gov dr mr mrs ms mx prof rev st jr sr no vs etc
  inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
  sun ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla
  ore pa tenn vt va wash wis wyo ft mt`.split(/\s+/),
);

/**
 * Splits a text into words and punctuation marks with their offsets, in one pass over its characters.
 * Inner periods and apostrophes join letters (`U.S`, `it’s`); hyphens do not, so `U.S.-Taliban` gives `U.S.`,
 * `-`, `Taliban`. An abbreviation's period stays with it (`Gen.`, `U.S.`, `C.`), so a period token ends a
 * sentence or a phrase.
 *
 * @example
 * tokenize('Army Gen. Mark Milley’s U.S.-based staff').map((t) => t.text);
 * // ['Army', 'Gen.', 'Mark', 'Milley’s', 'U.S.', '-', 'based', 'staff']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let afterSpace = true;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    if (isSpace(code)) {
      index += width;
      afterSpace = true;
      continue;
    }
    const startsWord = afterSpace;
    afterSpace = false;
    if (!isWordCharacter(code, false)) {
      tokens.push(punctuation(text.slice(index, index + width), index, startsWord));
      index += width;
      continue;
    }
    const start = index;
    index += width;
    // Plain: ASCII lower-case letters and digits only, so the word is its own normal form.
    let plain = code < 0x80 && !(code >= 0x41 && code <= 0x5a);
    while (index < text.length) {
      const next = text.charCodeAt(index);
      if ((next >= 0x61 && next <= 0x7a) || (next >= 0x30 && next <= 0x39)) {
        index += 1;
      } else if (next >= 0x41 && next <= 0x5a) {
        plain = false;
        index += 1;
      } else if (
        isJoiner(next) &&
        index + 1 < text.length &&
        isWordCharacter(text.codePointAt(index + 1)!, false)
      ) {
        plain &&= next === PERIOD;
        index += 1;
      } else if (next >= 0x80 && isWordCharacter(text.codePointAt(index)!, true)) {
        plain = false;
        index += text.codePointAt(index)! > 0xffff ? 2 : 1;
      } else {
        break;
      }
    }
    let value = text.slice(start, index);
    if (text.charCodeAt(index) === PERIOD && keepsPeriod(value)) {
      value += '.';
      index += 1;
    }
    tokens.push({
      text: value,
      norm: plain ? value : normalizeWord(value),
      start,
      end: index,
      isWord: true,
      isCapitalized: code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER_START.test(value),
      startsWord,
    });
  }
  return tokens;
}

function punctuation(value: string, start: number, startsWord: boolean): Token {
  return {
    text: value,
    norm: value === '&' ? 'and' : value,
    start,
    end: start + value.length,
    isWord: false,
    isCapitalized: false,
    startsWord,
  };
}

function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (isGeneralPunctuation(code)) {
    return code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
  }
  return code === 0xa0 || /\s/u.test(String.fromCodePoint(code));
}

/** U+2000–U+206F: curly quotes, dashes, the ellipsis, some spaces; never letters, so no regular expression needed. */
function isGeneralPunctuation(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
}

/** Letters and digits; inside a word also combining marks. ASCII is decided without a regular expression. */
function isWordCharacter(code: number, inside: boolean): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  if (isGeneralPunctuation(code)) return false;
  return (inside ? LETTER_DIGIT_OR_MARK : LETTER_OR_DIGIT).test(String.fromCodePoint(code));
}

function isJoiner(code: number): boolean {
  return code === PERIOD || code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}

function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  return lower.replace(POSSESSIVE, '').replaceAll('’', "'");
}

function keepsPeriod(word: string): boolean {
  return (
    (word.length === 1 && UPPER_START.test(word)) ||
    DOTTED_ACRONYM.test(word) ||
    ABBREVIATIONS.has(word.toLowerCase())
  );
}
