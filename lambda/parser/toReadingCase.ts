/** Words an organization's name keeps in capitals. */
const ACRONYMS = new Set([
  'AP',
  'UPI',
  'AFP',
  'BBC',
  'CNN',
  'NPR',
  'PBS',
  'USA',
  'US',
  'UK',
  'EU',
  'UN',
  'NYT',
  'DPA',
]);
/** Small words that stay lower case inside an organization's name. */
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an']);
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
/** Initials as printed: `C.`, `J.R.` */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const SUFFIXES: Readonly<Record<string, string>> = { 'JR.': 'Jr.', JR: 'Jr.', 'SR.': 'Sr.', SR: 'Sr.' };

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `o'neil` → `O'Neil`, `mcdonald` → `McDonald`, `smith-jones` → `Smith-Jones`. */
function titleCaseName(lower: string): string {
  return lower
    .split('-')
    .map((piece) => {
      const apostrophe = piece.search(/['’]/);
      if (apostrophe === 1 || apostrophe === 2) {
        // O'Neil, D'Angelo; but not a possessive like "ann's"
        const rest = piece.slice(apostrophe + 1);
        if (rest.length > 1) return capitalize(piece.slice(0, apostrophe + 1)) + capitalize(rest);
      }
      if (piece.length > 3 && piece.startsWith('mc')) return `Mc${capitalize(piece.slice(2))}`;
      return capitalize(piece);
    })
    .join('-');
}

/** Capital and small letters of a word, counted without allocating (names are short). */
function letterCases(word: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  // ASCII by code, without a string a character; the first other character counts the rest as before.
  let at = 0;
  for (; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code >= 128) break;
  }
  if (at === word.length) return { upper, lower };
  for (const char of word.slice(at)) {
    const down = char.toLowerCase();
    if (char !== down) upper++;
    else if (char !== char.toUpperCase()) lower++;
  }
  return { upper, lower };
}

/** Words of people's names seen lately, in reading case: names recur from article to article. */
const PERSON_WORDS = new Map<string, string>();
const MAX_PERSON_WORDS = 4_096;

function personWord(word: string): string {
  const known = PERSON_WORDS.get(word);
  if (known !== undefined) return known;
  const result = personWordOf(word);
  if (PERSON_WORDS.size >= MAX_PERSON_WORDS) PERSON_WORDS.clear();
  PERSON_WORDS.set(word, result);
  return result;
}

function personWordOf(word: string): string {
  const suffix = SUFFIXES[word];
  if (suffix !== undefined) return suffix;
  const { upper, lower } = letterCases(word);
  if (upper < 2 || upper <= lower || ROMAN_NUMERAL.test(word) || INITIALS.test(word)) return word;
  // A printed mixed prefix before a run of capitals (McDONALD, MacARTHUR) is kept as printed.
  const prefix = /^\p{Lu}\p{Ll}+(?=\p{Lu}{2})/u.exec(word)?.[0];
  if (prefix !== undefined) return prefix + titleCaseName(word.slice(prefix.length).toLowerCase());
  return titleCaseName(word.toLowerCase());
}

function organizationWord(word: string, index: number): string {
  if (ACRONYMS.has(word.replace(/[^\p{L}]/gu, '')) || INITIALS.test(word)) return word;
  if (/\p{Ll}/u.test(word)) return word;
  const lower = word.toLowerCase();
  if (index > 0 && MINOR_WORDS.has(lower)) return lower;
  return titleCaseName(lower);
}

/**
 * Puts a name printed in capitals into reading case; words already in mixed case are kept as printed.
 * People keep initials and numerals (`LOLITA C. BALDOR` → `Lolita C. Baldor`, `McDONALD` →
 * `McDonald`, `O'NEIL` → `O'Neil`); organizations keep known acronyms and lower-case small words
 * (`THE ASSOCIATED PRESS` → `The Associated Press`, `AP` → `AP`).
 *
 * @example
 * ```ts
 * toReadingCase('ROBERT BURNS', 'person'); // 'Robert Burns'
 * toReadingCase('TRIBUNE STAFF', 'organization'); // 'Tribune Staff'
 * ```
 */
export function toReadingCase(name: string, kind: 'person' | 'organization'): string {
  return name
    .split(' ')
    .filter((word) => word !== '')
    .map((word, index) => (kind === 'person' ? personWord(word) : organizationWord(word, index)))
    .join(' ');
}
