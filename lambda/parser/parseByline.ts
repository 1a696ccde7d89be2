import { MAX_BYLINE_CHARS } from './limits';
import { toReadingCase } from './toReadingCase';

/** Words of a role: where one appears after a name, the rest of that credit is the role, not the name. */
const ROLE_WORDS = new Set([
  'staff',
  'staffer',
  'writer',
  'writers',
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'editor',
  'editors',
  'columnist',
  'columnists',
  'contributor',
  'contributors',
  'contributing',
  'bureau',
  'chief',
  'photographer',
  'photographers',
  'critic',
  'analyst',
  'special',
  'intern',
  'freelance',
]);

/** Words that precede a role (`Tribune Staff Writer`, `Associated Press Writer`, `Business Editor`). */
const ROLE_QUALIFIERS = new Set([
  'associated',
  'press',
  'ap',
  'senior',
  'staff',
  'business',
  'sports',
  'science',
  'political',
  'politics',
  'medical',
  'health',
  'education',
  'food',
  'travel',
  'arts',
  'music',
  'film',
  'metro',
  'city',
  'national',
  'foreign',
  'international',
  'washington',
  'investigative',
  'news',
  'daily',
]);

/** Words of news organizations: a credit made of these, or ending in one of the last kind, names no person. */
const NEWSPAPER_WORDS = new Set([
  'tribune',
  'times',
  'globe',
  'post',
  'journal',
  'herald',
  'gazette',
  'chronicle',
  'inquirer',
  'register',
  'courier',
  'bulletin',
  'observer',
  'examiner',
  'dispatch',
  'telegraph',
  'guardian',
  'sun',
  'star',
  'bee',
  'record',
  'review',
  'express',
]);
const ORGANIZATION_ENDINGS = new Set([
  'press',
  'news',
  'service',
  'services',
  'staff',
  'wire',
  'wires',
  'bureau',
  'reuters',
  'bloomberg',
  'agency',
  'afp',
  'ap',
  'upi',
  'board',
  'desk',
]);

/** Words that name a news agency or service by themselves. */
const AGENCY_WORDS = new Set([
  'press',
  'news',
  'service',
  'wire',
  'reuters',
  'bloomberg',
  'afp',
  'ap',
  'upi',
]);

/** Lower-case particles of people's names (`Ana de la Cruz`, `Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'al',
  'y',
  'dos',
  'das',
  'st.',
]);
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|md|phd)\.?$/i;

/** A place some bylines run on with after the paper: `Pa.`, `Neb.`, `N.M.`, `ILL.` */
const PLACE_ABBREVIATION = /^(?:\p{Lu}[\p{L}]{0,5}\.|(?:\p{Lu}\.){2,3})$/u;
/** Credits to reports or compilers, not to people: `From staff and wire reports`, `Herald-News report`, `Compiled by …`. */
const NOT_A_PERSON = /^(?:from\s|compiled\s+(?:by|from)\b)|\breports?\.?$/i;

/** `and` in the languages the vendors' exports come in (German, French, Dutch); not Spanish `y`, which joins surnames. */
const SPLIT_CREDITS = /\s+(?:and|und|et|en)\s+|\s+with\s+|\s*[;,&]\s*/i;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}']/gu;
const HAS_DIGIT = /\d/;
const LEADING_DASHES = /^[\s\-–—]+/;
const BY = /^(?:written\s+)?by[\s:]+/i;
/** Runs of three spaces or more, and tabs, which separate credits in some layouts. */
const WIDE_GAPS = / {3,}|\t+/g;
const WHITE_SPACE_RUNS = /\s+/;
const CONTACT_WORD = /^(?:e-?mail|twitter):?$/i;
/** Anything the word filter of {@link cleanByline} or its collapsing of white space would change: most bylines hold none. */
const NEEDS_WORD_CLEANING = /@|mail|twitter|\s\s|[^\S ]/i;

/** Words seen lately and their bare form: a byline's words are looked at three or four times, and recur. */
const BARE_WORDS = new Map<string, string>();
const MAX_BARE_WORDS = 4_096;

/** A word lower-cased without punctuation, for the word lists (`Writers,` → `writers`). */
function bare(word: string): string {
  const known = BARE_WORDS.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const result = /^[a-z0-9']*$/.test(lower) ? lower : lower.replace(NOT_LETTER_OR_DIGIT, '');
  if (BARE_WORDS.size >= MAX_BARE_WORDS) BARE_WORDS.clear();
  BARE_WORDS.set(word, result);
  return result;
}

/**
 * How many of a credit's words are left without its role (`Bob Jones Tribune Staff Writers` → 2, for
 * `Bob Jones`; 0 when all of it is a role). Words are the credit split at its single spaces, bare alike.
 */
function wordsBeforeRole(bareWords: readonly string[], publicationWords: ReadonlySet<string>): number {
  let cut = -1;
  for (let i = 0; i < bareWords.length && cut === -1; i++) {
    const w = bareWords[i]!;
    // `For The Boston Globe`, `Of the Post staff`, `Special to the Times`
    if (ROLE_WORDS.has(w) || (i > 0 && (w === 'for' || w === 'of') && bareWords.length > i + 1)) cut = i;
  }
  if (cut === -1) return bareWords.length;
  while (cut > 0) {
    const w = bareWords[cut - 1]!;
    if (!ROLE_QUALIFIERS.has(w) && !NEWSPAPER_WORDS.has(w) && !publicationWords.has(w)) break;
    cut--;
  }
  return cut;
}

/** Whether the bare words of a credit name an organization. */
function isOrganizationWords(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words[0] === 'the' || ORGANIZATION_ENDINGS.has(last)) return true;
  // The publication's own words do not count here: they are people's names as often as not.
  return words.every((w) => NEWSPAPER_WORDS.has(w) || ORGANIZATION_ENDINGS.has(w));
}

const isOrganization = (credit: string) => isOrganizationWords(credit.split(' ').map(bare));

/** A word that starts with a capital: an ASCII one by its code, without the Unicode pattern most words never need. */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  return code >= 128 && /^\p{Lu}/u.test(word);
}

/**
 * Whether a credit is a person's name: up to six words (the credit split at its single spaces), no
 * digit, each capitalized unless it is a particle.
 */
function isPersonName(credit: string, words: readonly string[]): boolean {
  if (words.length > 6 || HAS_DIGIT.test(credit)) return false;
  return words.every((word) => startsUpper(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

/** Whether a credit names a newspaper: the publication itself, or words ending in a newspaper's word (`Valley Herald`). */
function isPaper(credit: string, publication: string | null): boolean {
  if (publication !== null && credit.toLowerCase() === publication.toLowerCase()) return true;
  const words = credit.split(' ').map(bare);
  return words.length >= 2 && NEWSPAPER_WORDS.has(words[words.length - 1]!);
}

/**
 * Where a byline's run-on with paper and place starts (`Dana Whitfield, Valley Herald, Pa.` → 1), or the
 * number of credits when it has none: a place abbreviation ends it and a paper stands before that, or a
 * credit is the publication itself. The credits before it are people, separated by commas as usual.
 */
/** `Pa.`, `D.C.`: every place abbreviation ends with a full stop, which most credits do not. */
const isPlaceAbbreviation = (credit: string) => credit.endsWith('.') && PLACE_ABBREVIATION.test(credit);

function runOnStart(credits: readonly string[], publication: string | null): number {
  const last = credits.length - 1;
  if (last >= 2 && isPlaceAbbreviation(credits[last]!) && isPaper(credits[last - 1]!, publication))
    return last - 1;
  if (last >= 1 && isPlaceAbbreviation(credits[last]!)) return last;
  if (publication === null) return credits.length;
  const paper = publication.toLowerCase();
  for (let i = 1; i < credits.length; i++) if (credits[i]!.toLowerCase() === paper) return i;
  return credits.length;
}

/**
 * The name printed after a role inside one credit (`Business Editor Omar Reyes` → `Omar Reyes`), or
 * null: two to four capitalized words after the role and its qualifiers, not a newspaper's name.
 */
function nameAfterRole(credit: string): string | null {
  const words = credit.split(' ');
  // A role and two words of a name at least: most credits are a name alone.
  if (words.length < 3) return null;
  const bareWords = words.map(bare);
  let end = -1;
  for (let i = 0; i < bareWords.length; i++) if (ROLE_WORDS.has(bareWords[i]!)) end = i;
  if (end === -1) return null;
  const rest = words.slice(end + 1);
  if (rest.length < 2 || rest.length > 4 || !rest.every((word) => /^\p{Lu}\p{Ll}/u.test(word))) return null;
  const name = rest.join(' ');
  return isOrganization(name) || NEWSPAPER_WORDS.has(bare(rest[rest.length - 1]!)) ? null : name;
}

/** Credits split at `and` (`und`, `et`, `en`), `with`, `&`, `;` and commas; a lone `Jr.` rejoins the name before it; a name after a role is its own credit. */
function splitCredits(text: string): string[] {
  const credits: string[] = [];
  for (const raw of text.split(SPLIT_CREDITS)) {
    const credit = raw.trim();
    if (credit === '') continue;
    if (NAME_SUFFIX.test(credit) && credits.length > 0) credits[credits.length - 1] += ` ${credit}`;
    else credits.push(credit);
    const after = nameAfterRole(credit);
    if (after !== null) credits.push(after);
  }
  return credits;
}

/** The last publication's words: an export's documents mostly share their paper, so most calls reuse them. */
let lastPublication: { name: string | null; words: ReadonlySet<string> } | null = null;

/** The words of the publication's name (bare, longer than two letters), never changed by a caller. */
function wordsOfPublication(publication: string | null): ReadonlySet<string> {
  if (lastPublication?.name === publication) return lastPublication.words;
  const words = new Set(
    (publication ?? '')
      .split(WHITE_SPACE_RUNS)
      .map(bare)
      .filter((w) => w.length > 2),
  );
  lastPublication = { name: publication, words };
  return words;
}

/** The byline's text without a leading dash, `By`, e-mail addresses and handles; runs of 3+ spaces separate credits. */
function cleanByline(byline: string): string {
  const text = byline.replace(LEADING_DASHES, '').replace(BY, '').replace(WIDE_GAPS, ', ');
  // Split at single spaces and joined with them, words none of which the filter drops: the text itself.
  if (!NEEDS_WORD_CLEANING.test(text)) return text.trim();
  return text
    .split(WHITE_SPACE_RUNS)
    .filter((word) => !word.includes('@') && !CONTACT_WORD.test(word))
    .join(' ')
    .trim();
}

/**
 * The people a byline credits, in reading case, without roles, newspaper names or e-mail addresses;
 * the organization when the byline names only one.
 *
 * @param publication The document's publication, whose words are taken for a newspaper's name
 *   (`Bob Jones Tribune Staff Writer` in the Chicago Tribune).
 * @example
 * ```ts
 * parseByline('- BY ROBERT BURNS AND LOLITA C. BALDOR'); // ['Robert Burns', 'Lolita C. Baldor']
 * parseByline('By Ann Smith  and Bob Jones   Tribune Staff Writers'); // ['Ann Smith', 'Bob Jones']
 * parseByline('The Associated Press'); // ['The Associated Press']
 * ```
 */
export function parseByline(byline: string, publication: string | null = null): string[] {
  if (byline.length > MAX_BYLINE_CHARS) return [];
  if (NOT_A_PERSON.test(byline.trim().replace(LEADING_DASHES, ''))) return [];
  const publicationWords = wordsOfPublication(publication);
  const cleaned = cleanByline(byline);
  const people: string[] = [];
  const organizations: string[] = [];
  const credits = splitCredits(cleaned);
  credits.length = runOnStart(credits, publication);
  for (const credit of credits) {
    // Credits hold single spaces between words and none at either end (cleanByline, splitCredits).
    const words = credit.split(' ');
    const bareWords = words.map(bare);
    const kept = wordsBeforeRole(bareWords, publicationWords);
    if (kept === 0) continue;
    const whole = kept === words.length;
    const name = whole ? credit : words.slice(0, kept).join(' ');
    if (isOrganizationWords(whole ? bareWords : bareWords.slice(0, kept)))
      organizations.push(toReadingCase(name, 'organization'));
    else if (isPersonName(name, whole ? words : words.slice(0, kept)))
      people.push(toReadingCase(name, 'person'));
  }
  if (people.length > 0) return [...new Set(people)];
  if (organizations.length > 0) return [...new Set(organizations)];
  // `TRIBUNE STAFF`: a newspaper's name and a role, which together name the organization (`Staff Writer` names none).
  const words = cleaned.split(' ').map(bare);
  const namesNewsroom = words.some(
    (w) => NEWSPAPER_WORDS.has(w) || AGENCY_WORDS.has(w) || publicationWords.has(w),
  );
  return namesNewsroom && cleaned !== '' ? [toReadingCase(cleaned, 'organization')] : [];
}
