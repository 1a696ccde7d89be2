import { CALENDAR_WORDS } from './lexicon/calendarWords';
import { COMMON_WORDS } from './lexicon/commonWords';
import { GIVEN_NAMES } from './lexicon/givenNames';
import { ORGANIZATION_WORDS } from './lexicon/organizationWords';
import {
  NAME_PARTICLES,
  NAME_SUFFIXES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_OF_HEADS,
} from './lexicon/personTitles';
import { PLACE_WORDS } from './lexicon/placeWords';
import { SPEECH_VERB_FILLERS, SPEECH_VERBS } from './lexicon/speechVerbs';
import { lowerCaseStartWords } from './lowerCaseStartWords';
import type { PhraseTrie } from './PhraseTrie';
import { toReadingCase } from './toReadingCase';
import type { LexiconEntry, MentionCandidate, MentionContext, Segment, Token } from './types';

const ORGANIZATION_CONNECTORS = new Set(['of', 'the', 'for', 'and', '&', 'on']);
const WORDY_SUFFIX = /(?:ing|ly)$/u;
const MAX_NAME_WORDS = 4;
/** Longer capitalised runs (a headline-cased paragraph) are no organization's name; the bound keeps scans linear. */
const MAX_ORGANIZATION_WORDS = 10;
const MAX_TITLE_WORDS = 8;

/**
 * Finds the stretches of one segment that may name a person, organization or place, left to right, each
 * token in at most one candidate. In order at each position: a gazetteer or index-term phrase (longest
 * first), a title and the name after it, a capitalised phrase holding an organization word, a capitalised
 * phrase. In all-capital text only the first two apply, and a bare phrase is at most a given name and a surname.
 *
 * @example
 * findMentionCandidates(buildSegment(0, 'Army Gen. Mark Milley met the Taliban.'), context)
 *   .map((c) => [c.surface, c.cue]); // [['Mark Milley', 'title'], ['Taliban', 'lexicon']]
 */
export function findMentionCandidates(segment: Segment, context: MentionContext): MentionCandidate[] {
  const { tokens, isAllCaps } = segment;
  const candidates: MentionCandidate[] = [];
  const sentenceStarts = new Set(segment.sentenceStarts);
  const push = (start: number, end: number, fields: Pick<MentionCandidate, 'cue' | 'kind' | 'canonical'>) => {
    candidates.push({
      segment: segment.index,
      tokenStart: start,
      tokenEnd: end,
      surface: surfaceOf(segment, start, end),
      title: null,
      nextToSpeechVerb: isNextToSpeechVerb(tokens, start, end),
      previousWord: tokens[start - 1]?.isWord ? tokens[start - 1]!.norm : null,
      inCapitals: isAllCaps,
      atSentenceStart: sentenceStarts.has(start) || isAfterOpeningMark(tokens, start),
      ...fields,
    });
  };
  let index = 0;
  const lowerCaseStarts = lowerCaseStartWords();
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!token.isWord || (!isAllCaps && !token.isCapitalized && !lowerCaseStarts.has(token.norm))) {
      index += 1;
      continue;
    }
    const hit = matchLexicon(context.lexicons, tokens, index, isAllCaps);
    // A place that starts an organization's name (`Maine Department of Environmental Protection`) is part of it.
    const placeLedEnd = hit?.value.kind === 'place' && !isAllCaps ? scanOrganization(tokens, hit.end, 1) : 0;
    if (hit !== null && placeLedEnd > hit.end) {
      push(index, placeLedEnd, { cue: 'organizationWord', kind: 'organization', canonical: null });
      index = placeLedEnd;
      continue;
    }
    if (hit !== null && !startsPersonName(tokens, index, hit, isAllCaps)) {
      push(index, hit.end, { cue: 'lexicon', kind: hit.value.kind, canonical: hit.value.canonical });
      index = hit.end;
      continue;
    }
    const titleEnd = matchTitle(tokens, index);
    if (titleEnd > index) {
      const nameEnd = scanPersonName(tokens, titleEnd, isAllCaps, context);
      if (nameEnd > titleEnd) {
        push(titleEnd, nameEnd, { cue: 'title', kind: 'person', canonical: null });
        candidates.at(-1)!.title = tokens
          .slice(index, titleEnd)
          .map((title) => title.norm)
          .join(' ');
        index = nameEnd;
        continue;
      }
      // A title with no name after it (`the Defense Secretary said`) names nobody.
      index = titleEnd;
      continue;
    }
    const atSentenceStart = sentenceStarts.has(index) || isAfterOpeningMark(tokens, index);
    if (!isNameStart(token, tokens[index + 1], atSentenceStart, isAllCaps, context)) {
      index += 1;
      continue;
    }
    const organizationEnd = isAllCaps ? index : scanOrganization(tokens, index);
    if (organizationEnd > index) {
      push(index, organizationEnd, { cue: 'organizationWord', kind: 'organization', canonical: null });
      index = organizationEnd;
      continue;
    }
    const placeEnd = scanPlace(tokens, index, isAllCaps, context);
    if (placeEnd > index) {
      push(index, placeEnd, { cue: 'placeWord', kind: 'place', canonical: null });
      index = placeEnd;
      continue;
    }
    const nameEnd = Math.max(scanPersonName(tokens, index, isAllCaps, context), index + 1);
    push(index, nameEnd, { cue: 'capitalized', kind: null, canonical: null });
    index = nameEnd;
  }
  return candidates;
}

function matchLexicon(
  lexicons: readonly PhraseTrie<LexiconEntry>[],
  tokens: Token[],
  start: number,
  isAllCaps: boolean,
): { end: number; value: LexiconEntry } | null {
  const norm = tokens[start]?.norm;
  if (norm === undefined || !lexicons.some((lexicon) => !lexicon.isEmpty && lexicon.startsWith(norm)))
    return null;
  const accept = (entry: LexiconEntry, from: number, to: number): boolean => {
    if (isAllCaps) return !entry.caseSensitive;
    if (entry.requiresCapital && !tokens[from]!.isCapitalized) return false;
    if (!entry.caseSensitive) return true;
    for (let offset = 0; offset < to - from; offset += 1) {
      if (stripPossessive(tokens[from + offset]!.text) !== entry.aliasTexts[offset]) return false;
    }
    return true;
  };
  let best: { end: number; value: LexiconEntry } | null = null;
  for (const lexicon of lexicons) {
    const hit = lexicon.longestMatch(tokens, start, accept);
    if (hit !== null && (best === null || hit.end >= best.end)) best = hit;
  }
  return best;
}

/** A one-word place that is also a given name, followed by a name (`Jordan Peterson`), starts a person's name. */
function startsPersonName(
  tokens: Token[],
  start: number,
  hit: { end: number; value: LexiconEntry },
  isAllCaps: boolean,
): boolean {
  if (isAllCaps || hit.end !== start + 1 || hit.value.kind !== 'place') return false;
  const next = tokens[start + 1];
  if (next === undefined) return false;
  return (
    GIVEN_NAMES.has(tokens[start]!.norm) &&
    next.isWord &&
    next.isCapitalized &&
    !COMMON_WORDS.has(next.norm) &&
    !CALENDAR_WORDS.has(next.norm)
  );
}

/** End of a title starting at `start` (modifiers then a head word, `Secretary of State`), or `start` if none. */
function matchTitle(tokens: Token[], start: number): number {
  let titleEnd = start;
  let index = start;
  while (index < tokens.length && index - start < MAX_TITLE_WORDS) {
    const norm = tokens[index]!.norm;
    if (TITLE_HEADS.has(norm)) {
      titleEnd = index + 1;
    } else if (norm === 'of' && index > start && TITLE_OF_HEADS.has(tokens[index - 1]!.norm)) {
      const next = tokens[index + 1];
      if (next === undefined || !(TITLE_MODIFIERS.has(next.norm) || TITLE_HEADS.has(next.norm))) break;
    } else if (!TITLE_MODIFIERS.has(norm)) {
      break;
    }
    index += 1;
  }
  return titleEnd;
}

function isNameStart(
  token: Token,
  next: Token | undefined,
  atSentenceStart: boolean,
  isAllCaps: boolean,
  context: MentionContext,
): boolean {
  if (!token.isWord || CALENDAR_WORDS.has(token.norm) || COMMON_WORDS.has(token.norm)) return false;
  // `D-Ohio`, `R-Texas`: a party letter before a state.
  if (token.text.length === 1 && next?.text === '-') return false;
  if (isAllCaps) return /\p{L}/u.test(token.text);
  if (!token.isCapitalized) return false;
  if (atSentenceStart && (context.lowercaseWords.has(token.norm) || WORDY_SUFFIX.test(token.norm)))
    return false;
  return true;
}

/**
 * End of a person's name starting at `start`, or `start` if there is none. In reading case: capitalised words,
 * initials, particles and hyphens, at most four words, ending at a possessive. In capitals, where case says
 * nothing: a given name and the word after it, else one word.
 */
function scanPersonName(tokens: Token[], start: number, isAllCaps: boolean, context: MentionContext): number {
  if (isAllCaps) return scanCapitalsName(tokens, start);
  let index = start;
  let words = 0;
  while (index < tokens.length && words < MAX_NAME_WORDS) {
    const token = tokens[index]!;
    const joinsNext = isJoined(tokens, index);
    if (token.isWord && token.isCapitalized) {
      if (CALENDAR_WORDS.has(token.norm) || COMMON_WORDS.has(token.norm)) break;
      if (words > 0 && context.lowercaseWords.has(token.norm) && !NAME_SUFFIXES.has(token.norm)) break;
      words += 1;
      index += 1;
      if (isPossessive(token)) break;
    } else if (words > 0 && NAME_PARTICLES.has(token.norm) && nextContinuesName(tokens, index)) {
      index += 1;
    } else if (words > 0 && token.text === '-' && joinsNext && isJoined(tokens, index - 1)) {
      index += 1;
    } else {
      break;
    }
  }
  // A trailing particle or hyphen is not part of the name.
  while (index > start && !tokens[index - 1]!.isCapitalized) index -= 1;
  return index;
}

function scanCapitalsName(tokens: Token[], start: number): number {
  const first = tokens[start];
  if (first === undefined || !isCapitalsNameWord(first)) return start;
  if (!GIVEN_NAMES.has(first.norm) || isPossessive(first)) return start + 1;
  let index = start + 1;
  // A middle initial or particle (`LLOYD J. AUSTIN`, `OSAMA BIN LADEN`) takes one more word.
  const middle = tokens[index];
  if (middle !== undefined && (/^\p{L}\.$/u.test(middle.text) || NAME_PARTICLES.has(middle.norm))) index += 1;
  const last = tokens[index];
  if (last === undefined || !isCapitalsNameWord(last)) return start + 1;
  index += 1;
  const suffix = tokens[index];
  if (suffix !== undefined && NAME_SUFFIXES.has(suffix.norm)) index += 1;
  return index;
}

function isCapitalsNameWord(token: Token): boolean {
  return (
    token.isWord &&
    /\p{L}/u.test(token.text) &&
    !COMMON_WORDS.has(token.norm) &&
    !CALENDAR_WORDS.has(token.norm) &&
    !SPEECH_VERBS.has(token.norm)
  );
}

/**
 * End of an organization's name starting at `start` (capitalised words joined by `of`, `the`, `for`, `and`,
 * with at least two words and an organization word among them: `Federal Aviation Administration`,
 * `Ministry of Foreign Affairs`), or `start` if the phrase is not one.
 */
function scanOrganization(tokens: Token[], start: number, wordsBefore = 0): number {
  let index = start;
  let lastWordEnd = start;
  let words = wordsBefore;
  let hasOrganizationWord = false;
  while (index < tokens.length && words < MAX_ORGANIZATION_WORDS) {
    const token = tokens[index]!;
    if (token.isWord && token.isCapitalized && !CALENDAR_WORDS.has(token.norm)) {
      words += 1;
      hasOrganizationWord ||= ORGANIZATION_WORDS.has(token.norm);
      index += 1;
      lastWordEnd = index;
      if (isPossessive(token)) break;
    } else if (words > 0 && ORGANIZATION_CONNECTORS.has(token.norm) && nextIsNameWord(tokens, index)) {
      index += 1;
    } else if (words > 0 && token.text === '-' && isJoined(tokens, index) && isJoined(tokens, index - 1)) {
      index += 1;
    } else {
      break;
    }
  }
  return words >= 2 && hasOrganizationWord && lastWordEnd > start ? lastWordEnd : start;
}

/**
 * End of a place's name starting at `start`, or `start` if the phrase is not one: capitalised words ending
 * in a place word (`Maumee River`, `Napa County`), or starting with `Mount`, `Lake`, `Fort`, `Cape`; or, in
 * reading case, one word followed by a comma and a known state or country (`Flagstaff, Arizona`).
 */
function scanPlace(tokens: Token[], start: number, isAllCaps: boolean, context: MentionContext): number {
  let index = start;
  while (index < tokens.length && index - start < 4 && isPlaceNameWord(tokens[index]!, isAllCaps)) index += 1;
  const words = index - start;
  if (words >= 2 && (PLACE_WORDS.has(tokens[index - 1]!.norm) || PLACE_PREFIXES.has(tokens[start]!.norm))) {
    return index;
  }
  const comma = tokens[start + 1];
  if (isAllCaps || words !== 1 || comma?.text !== ',' || GIVEN_NAMES.has(tokens[start]!.norm)) return start;
  const region = matchLexicon(context.lexicons, tokens, start + 2, false);
  return region?.value.kind === 'place' ? start + 1 : start;
}

const PLACE_PREFIXES = new Set(['mount', 'mt.', 'lake', 'fort', 'ft.', 'cape']);

function isPlaceNameWord(token: Token, isAllCaps: boolean): boolean {
  if (!token.isWord || CALENDAR_WORDS.has(token.norm) || COMMON_WORDS.has(token.norm)) return false;
  return isAllCaps ? /\p{L}/u.test(token.text) : token.isCapitalized;
}

/** A speech verb right after the name (`Milley said`, `Milley later said`) or right before it (`said Austin`). */
function isNextToSpeechVerb(tokens: Token[], start: number, end: number): boolean {
  const previous = tokens[start - 1];
  if (previous !== undefined && SPEECH_VERBS.has(previous.norm)) return true;
  for (let index = end; index < Math.min(end + 3, tokens.length); index += 1) {
    const norm = tokens[index]!.norm;
    if (SPEECH_VERBS.has(norm)) return true;
    if (!SPEECH_VERB_FILLERS.has(norm)) return false;
  }
  return false;
}

function isAfterOpeningMark(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && !previous.isWord && /^[“"'‘([:—–-]$/u.test(previous.text);
}

/** A particle continues a name when a capitalised word or another particle follows (`van der Merwe`). */
function nextContinuesName(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next?.isWord === true && (next.isCapitalized || NAME_PARTICLES.has(next.norm));
}

function nextIsNameWord(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next?.isWord === true && next.isCapitalized;
}

/** No space between this token and the next. */
function isJoined(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next !== undefined && tokens[index]!.end === next.start;
}

function isPossessive(token: Token): boolean {
  return token.norm.length < token.text.length - 1 && /['’]s$/iu.test(token.text);
}

function stripPossessive(text: string): string {
  return text.replace(/['’][sS]$/u, '');
}

function surfaceOf(segment: Segment, start: number, end: number): string {
  const first = segment.tokens[start]!;
  const last = segment.tokens[end - 1]!;
  const text = stripPossessive(segment.text.slice(first.start, last.end)).replace(/\s+/gu, ' ');
  return segment.isAllCaps ? toReadingCase(text) : text;
}
