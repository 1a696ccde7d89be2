import { cityLexicon } from './cityLexicon';
import { isGivenName } from './isGivenName';
import { CALENDAR_WORDS } from './lexicon/calendarWords';
import { COMMON_WORDS } from './lexicon/commonWords';
import { GIVEN_NAMES } from './lexicon/givenNames';
import {
  EVENT_NAMES,
  EVENT_WORDS,
  GROUP_WORDS,
  NEWSPAPER_WORDS,
  ORGANIZATION_DESCRIPTORS,
  POST_NOMINALS,
  PRODUCT_MAKERS,
  PRODUCT_NAMES,
} from './lexicon/nonEntities';
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

/** What opens a description of a person after a comma: an age, an article, `who`. */
const APPOSITIVE_STARTS = /^(?:\d{1,3}|a|an|who)$/u;
/** Words that with a number name a road (`Route 66`, `Interstate 84`). */
const ROAD_WORDS = new Set([
  'route',
  'interstate',
  'highway',
  'hwy.',
  'state route',
  'i',
  'us',
  'a',
  'm',
  'n',
]);
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
      beforePrevious: tokens[start - 2]?.text ?? null,
      possessive: isPossessive(tokens[end - 1]!),
      beforeAppositive: tokens[end]?.text === ',' && APPOSITIVE_STARTS.test(tokens[end + 1]?.norm ?? ''),
      inCapitals: isAllCaps,
      atSentenceStart: sentenceStarts.has(start) || isAfterOpeningMark(tokens, start),
      actsAsOrganization: actsAsOrganization(tokens, start, end),
      ...fields,
    });
    defineAcronym(segment, candidates.at(-1)!, context);
  };
  let index = 0;
  const lowerCaseStarts = lowerCaseStartWords();
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!token.isWord || (!isAllCaps && !token.isCapitalized && !lowerCaseStarts.has(token.norm))) {
      index += 1;
      continue;
    }
    if (
      ROAD_WORDS.has(token.norm) &&
      token.isCapitalized &&
      /^\p{N}+$/u.test(tokens[index + 1]?.text ?? '')
    ) {
      push(index, index + 2, { cue: 'placeWord', kind: 'place', canonical: null });
      index += 2;
      continue;
    }
    const skipEnd = isAllCaps ? index : Math.max(nonEntityEnd(tokens, index), quotedTitleEnd(tokens, index));
    if (skipEnd > index) {
      if (!isAllCaps && isSpeakingEventBody(tokens, index, skipEnd)) {
        // `Then the Glasgow Film Festival said`: everyday words before the name are not part of it.
        let nameStart = index;
        while (
          nameStart < skipEnd - 1 &&
          (COMMON_WORDS.has(tokens[nameStart]!.norm) || EVENT_CONNECTORS.has(tokens[nameStart]!.norm))
        )
          nameStart += 1;
        push(nameStart, skipEnd, { cue: 'organizationWord', kind: 'organization', canonical: null });
      }
      index = skipEnd;
      continue;
    }
    const defined = context.acronyms.get(token.text);
    if (defined !== undefined && !isAllCaps) {
      push(index, index + 1, { cue: 'lexicon', kind: defined.kind, canonical: defined.canonical });
      index += 1;
      continue;
    }
    const hit = matchLexicon(context.lexicons, tokens, index, isAllCaps);
    // `East Toledo`, `Metro Manila`, `Santiago City`: a direction before a known place, or `City` after it, names a place.
    const directedEnd = hit === null && !isAllCaps ? scanDirectedPlace(tokens, index, context) : 0;
    if (directedEnd > index) {
      push(index, directedEnd, { cue: 'placeWord', kind: 'place', canonical: null });
      index = directedEnd;
      continue;
    }
    if (
      hit?.value.kind === 'place' &&
      !isAllCaps &&
      tokens[hit.end]?.text === 'City' &&
      isJoinedBySpace(tokens, hit.end - 1) &&
      !ORGANIZATION_WORDS.has(tokens[hit.end + 1]?.norm ?? '')
    ) {
      push(index, hit.end + 1, { cue: 'placeWord', kind: 'place', canonical: null });
      index = hit.end + 1;
      continue;
    }
    // A place that starts an organization's name (`Maine Department of Environmental Protection`) is part of it.
    const placeLedEnd = hit?.value.kind === 'place' && !isAllCaps ? scanOrganization(tokens, hit.end, 1) : 0;
    if (hit !== null && placeLedEnd > hit.end) {
      push(index, placeLedEnd, { cue: 'organizationWord', kind: 'organization', canonical: null });
      index = placeLedEnd;
      continue;
    }
    // `Parliament Square`, `Congress Avenue`: a one-word body before a place word names a place.
    const afterHit = hit !== null ? tokens[hit.end] : undefined;
    if (
      hit?.value.kind === 'organization' &&
      !isAllCaps &&
      hit.end === index + 1 &&
      afterHit?.isCapitalized === true &&
      PLACE_WORDS.has(afterHit.norm) &&
      isJoinedBySpace(tokens, index) &&
      !TITLE_HEADS.has(tokens[hit.end + 1]?.norm ?? '')
    ) {
      push(index, hit.end + 1, { cue: 'placeWord', kind: 'place', canonical: null });
      index = hit.end + 1;
      continue;
    }
    // An affiliate named after its parent and a region (`Islamic State West Africa Province`,
    // `al-Qaida in the Arabian Peninsula`) is an organization of its own.
    const affiliateEnd =
      hit?.value.kind === 'organization' && !isAllCaps ? scanAffiliate(tokens, hit.end, context) : 0;
    if (hit !== null && affiliateEnd > hit.end) {
      push(index, affiliateEnd, { cue: 'organizationWord', kind: 'organization', canonical: null });
      index = affiliateEnd;
      continue;
    }
    const isPlaceHit =
      hit !== null &&
      hit.value.kind === 'place' &&
      !isAllCaps &&
      !startsPersonName(tokens, index, hit, isAllCaps);
    // `Connecticut River`, `Melbourne Cricket Ground`: a known place before a place word names another place.
    const placeWordEnd = isPlaceHit ? scanPlaceWordEnd(tokens, hit.end) : 0;
    if (hit !== null && placeWordEnd > hit.end) {
      push(index, placeWordEnd, { cue: 'placeWord', kind: 'place', canonical: null });
      index = placeWordEnd;
      continue;
    }
    // A team: a place and a plural name (`Seattle Sounders`, `Kansas City Royals`), or a word and a plural
    // (`Chennai Super Kings`).
    const teamEnd = isPlaceHit ? scanTeamName(tokens, hit.end) : 0;
    if (hit !== null && teamEnd > hit.end) {
      push(index, teamEnd, { cue: 'organizationWord', kind: 'organization', canonical: null });
      index = teamEnd;
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
      // `Major League Soccer`: a title word that starts an organization's name; `St. Brendan’s Medical
      // Center`: a possessive name before one.
      // `the Queen Elizabeth Hospital` where `hospital` is also printed in lower case, which ends the name.
      const possessiveLed =
        nameEnd > titleEnd &&
        (isPossessive(tokens[nameEnd - 1]!) ||
          (tokens[nameEnd]?.isCapitalized === true && context.lowercaseWords.has(tokens[nameEnd]!.norm))) &&
        ORGANIZATION_WORDS.has(tokens[nameEnd]?.norm ?? '');
      if (
        nameEnd > titleEnd &&
        !isAllCaps &&
        (possessiveLed || hasOrganizationWord(tokens, titleEnd, nameEnd))
      ) {
        const organizationEnd = scanOrganization(tokens, index);
        if (organizationEnd > index) {
          push(index, organizationEnd, { cue: 'organizationWord', kind: 'organization', canonical: null });
          index = organizationEnd;
          continue;
        }
      }
      if (nameEnd > titleEnd) {
        // `Assistant U.S. Attorney Brian Cho`: the country inside a title is still a mention of it.
        for (let inner = index + 1; inner < titleEnd; inner += 1) {
          const place =
            tokens[inner]!.norm === 'u.s.' ? matchLexicon(context.lexicons, tokens, inner, false) : null;
          if (place?.end === inner + 1)
            push(inner, inner + 1, {
              cue: 'lexicon',
              kind: place.value.kind,
              canonical: place.value.canonical,
            });
        }
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
    if (!isNameStart(tokens, index, atSentenceStart, isAllCaps, context)) {
      index += 1;
      continue;
    }
    // The newspaper named as `the Chronicle`, `the Times`.
    if (
      !isAllCaps &&
      tokens[index - 1]?.norm === 'the' &&
      NEWSPAPER_WORDS.has(token.norm) &&
      !tokens[index + 1]?.isCapitalized
    ) {
      push(index, index + 1, { cue: 'organizationWord', kind: 'organization', canonical: null });
      index += 1;
      continue;
    }
    // `Public Utilities Director Lydia Chavez`, `Finance Cabinet Secretary John Mbadi`: capitalised words before
    // a title and a name qualify the title; they are no organization of their own.
    const titled = isAllCaps ? null : scanQualifiedTitle(tokens, index, context);
    if (titled !== null) {
      push(titled.titleEnd, titled.nameEnd, { cue: 'title', kind: 'person', canonical: null });
      candidates.at(-1)!.title = tokens
        .slice(index, titled.titleEnd)
        .filter((word) => word.isWord)
        .map((word) => word.norm)
        .join(' ');
      index = titled.nameEnd;
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

/**
 * A title printed after capitalised words that qualify it and before a name (`Public Utilities Director
 * Lydia Chavez`): where the title ends and the name ends, or null. The name holds no organization word, so
 * `Transport Minister Party Group` is not read as one.
 */
function scanQualifiedTitle(
  tokens: Token[],
  start: number,
  context: MentionContext,
): { titleEnd: number; nameEnd: number } | null {
  for (let index = start + 1; index < Math.min(tokens.length, start + 4); index += 1) {
    const before = tokens[index - 1]!;
    if (!before.isWord || !before.isCapitalized || isPossessive(before) || TITLE_HEADS.has(before.norm))
      return null;
    const token = tokens[index]!;
    if (!token.isWord || !token.isCapitalized) return null;
    if (!TITLE_HEADS.has(token.norm) && !TITLE_MODIFIERS.has(token.norm)) continue;
    const titleEnd = matchTitle(tokens, index);
    if (titleEnd === index) continue;
    const nameEnd = scanPersonName(tokens, titleEnd, false, context);
    if (nameEnd - titleEnd < 2 || hasOrganizationWord(tokens, titleEnd, nameEnd)) return null;
    return { titleEnd, nameEnd };
  }
  return null;
}

/** Lower-case words after a name that make it a body with members or shares (`Sinn Féin councillors`). */
const MEMBER_WORDS = new Set(
  `leader leaders spokesman spokeswoman spokesperson councillors councilors lawmakers legislators mp mps
  members officials executives coach captain forecaster forecasters shares stock`.split(/\s+/u),
);
const DETERMINERS = new Set(['the', 'its', 'their', 'a', 'an']);
const DESCRIPTION_STOPS = new Set('at of for in with from on by to near who which that and or'.split(' '));

/**
 * The words around a name treat it as an organization: it said `it` (`Deutsche Bahn said it`), members or
 * shares follow it (`Labour MP`, `GDL leader`, `Lindqvist shares`), shares are `in` or `of` it, or a
 * description headed by an organization noun stands beside it (`Eskom, South Africa’s state power utility,`;
 * `The company behind the project, Coastline Midstream,`).
 */
function actsAsOrganization(tokens: Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (next === undefined) return false;
  if (SPEECH_VERBS.has(next.norm) && /^its?$/u.test(tokens[end + 1]?.norm ?? '')) return true;
  if (next.isWord && !next.isCapitalized && MEMBER_WORDS.has(next.norm)) return true;
  if (next.text !== '' && /^(?:MPs?)$/u.test(next.text)) return true;
  if (/^(?:in|of)$/u.test(tokens[start - 1]?.norm ?? '') && tokens[start - 2]?.norm === 'shares') return true;
  if (next.text === ',' && describedAsOrganization(tokens, end + 1, 1)) return true;
  return tokens[start - 1]?.text === ',' && describedAsOrganization(tokens, start - 2, -1);
}

/**
 * A description of up to eight words from `from` (forwards to the next comma, or backwards to the sentence's
 * start) that opens with a determiner or a possessive and whose head, within three words, is an
 * organization noun: `the Midwest grocery chain`, `South Africa’s state power utility`, `The company behind
 * the project`.
 */
function describedAsOrganization(tokens: Token[], from: number, step: 1 | -1): boolean {
  const words: Token[] = [];
  for (let index = from; index >= 0 && index < tokens.length && words.length < 8; index += step) {
    const token = tokens[index]!;
    if (token.text === ',' || /^[.;:“”"]$/u.test(token.text)) break;
    words.push(token);
  }
  if (step === -1) words.reverse();
  const opener = words.findIndex((word) => DETERMINERS.has(word.norm) || isPossessive(word));
  if (opener < 0 || opener > 2) return false;
  for (let index = opener + 1; index < Math.min(words.length, opener + 5); index += 1) {
    const word = words[index]!;
    // `a nurse at the union hospital`: the head comes before any preposition.
    if (!word.isWord || DESCRIPTION_STOPS.has(word.norm)) return false;
    if (ORGANIZATION_DESCRIPTORS.has(word.norm) && !word.isCapitalized) {
      // `the union’s leader`, `the head of the union`: the organization is not the head.
      return !isPossessive(word) && words[index + 1]?.norm !== 'of';
    }
  }
  return false;
}

/** Nouns that name a region after a direction (`Western Cape`), kept apart from `PLACE_WORDS`, which the gazetteers read. */
const REGION_NOUNS = new Set(
  'cape midlands highlands lowlands uplands territory territories isles shore heartland provinces'.split(' '),
);
const PLACE_DIRECTIONS = new Set(
  'north south east west northern southern eastern western central upper lower greater metro inner outer'.split(
    ' ',
  ),
);

/** End of a direction and a known place or a region noun after it (`East Toledo`, `Western Cape`), or `start`. */
function scanDirectedPlace(tokens: Token[], start: number, context: MentionContext): number {
  const token = tokens[start]!;
  const next = tokens[start + 1];
  if (!token.isCapitalized || !PLACE_DIRECTIONS.has(token.norm) || next === undefined || !next.isCapitalized)
    return start;
  const place = matchLexicon(context.lexicons, tokens, start + 1, false);
  if (place?.value.kind === 'place') return place.end;
  // `the Western Cape`, `the East Midlands`, `Northern Territory`: a direction and a region's noun.
  if (REGION_NOUNS.has(next.norm) && tokens[start + 2]?.isCapitalized !== true) return start + 2;
  const isCity = cityLexicon().oneWord.has(next.norm) && tokens[start + 2]?.isCapitalized !== true;
  return isCity ? start + 2 : start;
}

/** One space, no punctuation, between this token and the next. */
function isJoinedBySpace(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next !== undefined && next.start - tokens[index]!.end === 1;
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

/**
 * A one-word place that is also a given name, followed by a name (`Jordan Peterson`, `Devon Clarke`), starts a
 * person's name; not before a place or organization word (`Devon County`).
 */
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
    isGivenName(tokens[start]!.norm) &&
    next.isWord &&
    next.isCapitalized &&
    !COMMON_WORDS.has(next.norm) &&
    !PLACE_WORDS.has(next.norm) &&
    !ORGANIZATION_WORDS.has(next.norm) &&
    !CALENDAR_WORDS.has(next.norm)
  );
}

/** End of a title starting at `start` (modifiers then a head word, `Secretary of State`), or `start` if none. */
function matchTitle(tokens: Token[], start: number): number {
  let titleEnd = start;
  let index = start;
  while (index < tokens.length && index - start < MAX_TITLE_WORDS) {
    const norm = tokens[index]!.norm;
    // `King’s Lynn`, `Queen’s Park`: a possessive is no title.
    if (isPossessive(tokens[index]!)) break;
    if (TITLE_HEADS.has(norm)) {
      titleEnd = index + 1;
    } else if (norm === 'of' && index > start && TITLE_OF_HEADS.has(tokens[index - 1]!.norm)) {
      const next = tokens[index + 1];
      if (next === undefined || !(TITLE_MODIFIERS.has(next.norm) || TITLE_HEADS.has(next.norm))) break;
    } else if (!TITLE_MODIFIERS.has(norm) && !(norm === 'u.s.' && index > start)) {
      break;
    }
    index += 1;
  }
  return titleEnd;
}

function isNameStart(
  tokens: Token[],
  index: number,
  atSentenceStart: boolean,
  isAllCaps: boolean,
  context: MentionContext,
): boolean {
  const token = tokens[index]!;
  if (!token.isWord || CALENDAR_WORDS.has(token.norm)) return false;
  if (COMMON_WORDS.has(token.norm)) {
    // `the City Council`, `the State Board`: an everyday word printed as part of an organization's name.
    const next = tokens[index + 1];
    // `the State Election Commission`, `the City of Edinburgh Council`: or one that starts one.
    return (
      !isAllCaps &&
      !atSentenceStart &&
      token.isCapitalized &&
      (next?.isCapitalized === true || next?.norm === 'of') &&
      (ORGANIZATION_WORDS.has(next.norm) || scanOrganization(tokens, index) > index + 1)
    );
  }
  // `D-Ohio`, `R-Texas`: a party letter before a state (but `K-Electric` is a name).
  if (token.text.length === 1 && tokens[index + 1]?.text === '-') {
    if (isAllCaps || matchLexicon(context.lexicons, tokens, index + 2, false)?.value.kind === 'place')
      return false;
  }
  if (isAllCaps) return /\p{L}/u.test(token.text);
  if (!token.isCapitalized || CONTRACTION.test(token.text)) return false;
  // `Sarah Whitlam KC`: honours after a name are no name of their own.
  if (
    POST_NOMINALS.has(token.norm) &&
    token.text === token.text.toUpperCase() &&
    tokens[index - 1]?.isCapitalized
  )
    return false;
  if (atSentenceStart && (context.lowercaseWords.has(token.norm) || WORDY_SUFFIX.test(token.norm)))
    return false;
  // `Rival JetBlue said`: a descriptor that opens a sentence is no part of the name after it.
  if (atSentenceStart && ORGANIZATION_DESCRIPTORS.has(token.norm) && !ORGANIZATION_WORDS.has(token.norm)) {
    return tokens[index + 1]?.isCapitalized !== true;
  }
  return true;
}

/** `We’re`, `I’m`, `They’ll`, `Don’t`: a contraction opening a sentence is no name. */
const CONTRACTION = /(?:['’](?:re|m|ll|ve|d)|n['’]t)$/iu;

/**
 * End of a phrase at `start` that names no entity, or `start`: a product (`Ford Focus`, `Boeing 737`), a
 * group or demonym (`African American`, `Pashtun`), a holiday, war or event (`Memorial Day`,
 * `World War II`, `Cinco de Mayo`).
 */
function nonEntityEnd(tokens: Token[], start: number): number {
  const first = tokens[start]!;
  if (PRODUCT_NAMES.has(first.norm)) return start + 1;
  if (PRODUCT_MAKERS.has(first.norm)) {
    let end = start + 1;
    while (end < tokens.length && end - start <= 3 && isModelWord(tokens, end)) end += 1;
    if (end > start + 1) return end;
  }
  let groupEnd = start;
  while (groupEnd < tokens.length) {
    const token = tokens[groupEnd]!;
    if (token.isWord && token.isCapitalized && GROUP_WORDS.has(token.norm)) groupEnd += 1;
    else if (groupEnd > start && token.text === '-' && isJoined(tokens, groupEnd)) groupEnd += 1;
    else break;
  }
  while (groupEnd > start && !tokens[groupEnd - 1]!.isWord) groupEnd -= 1;
  if (groupEnd > start && tokens[groupEnd]?.isCapitalized !== true) return groupEnd;
  return eventEnd(tokens, start);
}

/** A model after a maker: a capitalised word that is not a title, organization word or verb, or a number. */
function isModelWord(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text === '-') return isJoined(tokens, index) && isJoined(tokens, index - 1);
  if (!token.isWord) return false;
  if (/\p{N}/u.test(token.text)) return true;
  return (
    token.isCapitalized &&
    !ORGANIZATION_WORDS.has(token.norm) &&
    !TITLE_HEADS.has(token.norm) &&
    !TITLE_MODIFIERS.has(token.norm) &&
    !COMMON_WORDS.has(token.norm) &&
    !CALENDAR_WORDS.has(token.norm) &&
    !SPEECH_VERBS.has(token.norm) &&
    !isPossessive(tokens[index - 1]!)
  );
}

/** Last words of events that a body runs and that speak through it (`the Edinburgh Festival said`). */
const ORGANIZED_EVENT_WORDS = new Set(
  'festival fest marathon awards expo fair carnival parade championship championships olympics games'.split(
    ' ',
  ),
);

/**
 * An organized event that speaks (`The Edinburgh International Festival said it …`): its organizers, an
 * organization. Laws, plans and treaties that `say` something are documents and stay no entity.
 */
function isSpeakingEventBody(tokens: Token[], start: number, end: number): boolean {
  const last = tokens[end - 1];
  const next = tokens[end];
  return (
    last?.isWord === true &&
    ORGANIZED_EVENT_WORDS.has(last.norm) &&
    next !== undefined &&
    SPEECH_VERBS.has(next.norm) &&
    eventEnd(tokens, start) === end
  );
}

const ROMAN_OR_NUMBER = /^(?:[ivx]+|\p{N}+)$/u;
const EVENT_OPENERS = new Set(['tour', 'battle', 'typhoon', 'hurricane', 'cyclone', 'storm', 'tropical']);
const EVENT_CONNECTORS = new Set(['of', 'de', 'the', 'and', 'al']);

/** End of a holiday, war or event at `start` (`Vietnam War`, `Fourth of July`, `Diwali`), or `start`. */
function eventEnd(tokens: Token[], start: number): number {
  if (GIVEN_NAMES.has(tokens[start]!.norm)) return start;
  const words: string[] = [];
  let index = start;
  let end = start;
  while (index < tokens.length && words.length < 6) {
    const token = tokens[index]!;
    if (token.isWord && (token.isCapitalized || (words.length > 0 && ROMAN_OR_NUMBER.test(token.norm)))) {
      words.push(token.norm);
      index += 1;
      end = index;
      if (EVENT_NAMES.has(words.join(' '))) return end;
      if (isPossessive(token)) break;
    } else if (words.length > 0 && (EVENT_CONNECTORS.has(token.norm) || token.text === '-')) {
      words.push(token.norm);
      index += 1;
    } else {
      break;
    }
  }
  const significant = words.slice(0, end - start).filter((word) => !ROMAN_OR_NUMBER.test(word));
  const last = significant.at(-1);
  if (last === undefined) return start;
  if (significant.length >= 2 && EVENT_WORDS.has(last)) return end;
  // `Tour de Paris`, `Battle of Britain`, `Typhoon Kalayaan`, `Hurricane Ida`.
  if (significant.length >= 2 && EVENT_OPENERS.has(significant[0]!)) return end;
  return start;
}

/** End of a team's name after a place at `start` (one plural word, or a capitalised word and a plural), or `start`. */
function scanTeamName(tokens: Token[], start: number): number {
  if (isTeamName(tokens[start]) && !isJoined(tokens, start)) return start + 1;
  const first = tokens[start];
  const isModifier =
    first?.isWord === true &&
    first.isCapitalized &&
    !isJoined(tokens, start) &&
    !COMMON_WORDS.has(first.norm) &&
    !CALENDAR_WORDS.has(first.norm) &&
    !ORGANIZATION_WORDS.has(first.norm) &&
    !PLACE_WORDS.has(first.norm) &&
    !TITLE_HEADS.has(first.norm) &&
    !isPossessive(first);
  return isModifier && isTeamName(tokens[start + 1]) && !isJoined(tokens, start + 1) ? start + 2 : start;
}

/** A team's plural name after a place: capitalised, ending in `s`, no everyday, place or organization word. */
function isTeamName(token: Token | undefined): boolean {
  return (
    token?.isWord === true &&
    token.isCapitalized &&
    /\p{Ll}s$/u.test(token.text) &&
    !COMMON_WORDS.has(token.norm) &&
    !PLACE_WORDS.has(token.norm) &&
    !ORGANIZATION_WORDS.has(token.norm) &&
    !GROUP_WORDS.has(token.norm) &&
    !SPEECH_VERBS.has(token.norm)
  );
}

/** An organization word among the next `count` capitalised words from `start`. */
function organizationWordWithin(tokens: Token[], start: number, count: number): boolean {
  for (let index = start; index < Math.min(tokens.length, start + count); index += 1) {
    const token = tokens[index]!;
    if (!token.isWord || !token.isCapitalized) return false;
    if (ORGANIZATION_WORDS.has(token.norm)) return true;
  }
  return false;
}

function hasOrganizationWord(tokens: Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index += 1)
    if (ORGANIZATION_WORDS.has(tokens[index]!.norm)) return true;
  return false;
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
      // `Sarah Whitlam KC`; `Karnataka Chief Minister Siddharth Gowda`: the title starts another name.
      if (words > 0 && POST_NOMINALS.has(token.norm) && token.text === token.text.toUpperCase()) break;
      const titleEnd = words > 0 ? matchTitle(tokens, index) : index;
      const afterTitle = tokens[titleEnd];
      if (titleEnd > index && afterTitle?.isCapitalized === true && !NAME_SUFFIXES.has(afterTitle.norm))
        break;
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
      // `Lucas County Prosecutor’s Office`: a possessive ends the name unless an organization word follows.
      // `St. Brendan’s Medical Center`: or a few capitalised words and one.
      if (isPossessive(token) && !organizationWordWithin(tokens, index, 3)) break;
    } else if (
      words > 0 &&
      ORGANIZATION_CONNECTORS.has(token.norm) &&
      nextIsNameWord(tokens, index) &&
      !ROAD_WORDS.has(tokens[index + 1]!.norm)
    ) {
      index += 1;
    } else if (
      // `Office for the Coordination of …`, `Attorney’s Office for the District of New Jersey`.
      words > 0 &&
      (token.norm === 'for' || token.norm === 'of') &&
      tokens[index + 1]?.norm === 'the' &&
      nextIsNameWord(tokens, index + 1) &&
      hasOrganizationWord
    ) {
      index += 2;
    } else if (words > 0 && token.text === '-' && isJoined(tokens, index) && isJoined(tokens, index - 1)) {
      index += 1;
    } else if (
      // `European Automobile Manufacturers’ Association`: a plural possessive before an organization word.
      words > 0 &&
      /^['’]$/u.test(token.text) &&
      isJoined(tokens, index - 1) &&
      /s$/u.test(tokens[index - 1]!.text) &&
      ORGANIZATION_WORDS.has(tokens[index + 1]?.norm ?? '')
    ) {
      index += 1;
    } else if (
      // `the Philippine Atmospheric, Geophysical and … Administration`; not a list of names (`Rivian, Lucid and
      // General Motors`), which no `the` opens.
      words > 0 &&
      !hasOrganizationWord &&
      token.text === ',' &&
      tokens[start - 1]?.norm === 'the' &&
      isSerialNameAfter(tokens, index)
    ) {
      index += 1;
    } else {
      break;
    }
  }
  // `Union Street`: a name ending in a street or a bridge is a place, whatever words it holds.
  const last = tokens[lastWordEnd - 1];
  if (last !== undefined && STREET_WORDS.has(last.norm)) return start;
  return words >= 2 && hasOrganizationWord && lastWordEnd > start ? lastWordEnd : start;
}

/**
 * After a comma, the rest of a name that lists its fields (`Philippine Atmospheric, Geophysical and
 * Astronomical Services Administration`): capitalised words and commas, then `and`, then capitalised words
 * with an organization word among them, and no lower-case word in between.
 */
function isSerialNameAfter(tokens: Token[], comma: number): boolean {
  let sawAnd = false;
  for (let index = comma + 1; index < tokens.length && index - comma <= MAX_ORGANIZATION_WORDS; index += 1) {
    const token = tokens[index]!;
    if (token.isWord && token.isCapitalized) {
      if (ORGANIZATION_WORDS.has(token.norm)) return sawAnd;
    } else if (token.norm === 'and' && !sawAnd && index > comma + 1) {
      sawAnd = true;
    } else if (token.text !== ',' || sawAnd) {
      return false;
    }
  }
  return false;
}

/**
 * End of a place's name starting at `start`, or `start` if the phrase is not one: capitalised words ending
 * in a place word (`Maumee River`, `Napa County`), or starting with `Mount`, `Lake`, `Fort`, `Cape`; or, in
 * reading case, one word followed by a comma and a known state or country (`Flagstaff, Arizona`).
 */
function scanPlace(tokens: Token[], start: number, isAllCaps: boolean, context: MentionContext): number {
  let index = start;
  let words = 0;
  while (index < tokens.length && words < 4) {
    if (isPlaceNameWord(tokens[index]!, isAllCaps)) {
      words += 1;
      index += 1;
    } else if (
      words > 0 &&
      tokens[index]!.text === '-' &&
      isJoined(tokens, index) &&
      isJoined(tokens, index - 1)
    ) {
      // `Alabang-Zapote Road`.
      index += 1;
    } else {
      break;
    }
  }
  while (index > start && !tokens[index - 1]!.isWord) index -= 1;
  if (words >= 2 && (PLACE_WORDS.has(tokens[index - 1]!.norm) || PLACE_PREFIXES.has(tokens[start]!.norm))) {
    return index;
  }
  const comma = tokens[start + 1];
  if (isAllCaps || words !== 1 || comma?.text !== ',' || GIVEN_NAMES.has(tokens[start]!.norm)) return start;
  const region = matchLexicon(context.lexicons, tokens, start + 2, false);
  return region?.value.kind === 'place' ? start + 1 : start;
}

const STREET_WORDS = new Set(
  'street avenue road boulevard lane drive way bridge square highway plaza'.split(' '),
);
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

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}$/u;

/**
 * `Full Name (ACRONYM)`: the acronym names what the name before it names, here and later in the article
 * (`Transport for London (TfL)`, `Nigeria Labour Congress (NLC)`). A bare phrase whose initials spell the
 * acronym is an organization's name: people have no acronyms.
 */
function defineAcronym(segment: Segment, candidate: MentionCandidate, context: MentionContext): void {
  const { tokens } = segment;
  const end = candidate.tokenEnd;
  const acronym = tokens[end + 1];
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')' || acronym === undefined) return;
  if (!ACRONYM.test(acronym.text) || context.acronyms.has(acronym.text)) return;
  const initials = (words: Token[]) => words.map((word) => word.text[0]!.toLowerCase()).join('');
  const words = tokens.slice(candidate.tokenStart, end).filter((token) => token.isWord);
  const acronymLetters = acronym.text.toLowerCase();
  const spells =
    initials(words) === acronymLetters ||
    initials(words.filter((word) => word.isCapitalized)) === acronymLetters;
  if (candidate.kind === null || candidate.cue === 'capitalized') {
    if (!spells || segment.isAllCaps) return;
    candidate.cue = 'organizationWord';
    candidate.kind = 'organization';
  } else if (candidate.kind === 'person' || acronymLetters[0] !== words[0]?.text[0]?.toLowerCase()) {
    return;
  }
  const canonical = candidate.canonical ?? candidate.surface;
  context.acronyms.set(acronym.text, { kind: candidate.kind, canonical });
}

/**
 * End of a title-case phrase printed alone between quote marks (`the slogan “Going Places Together”`, a
 * nickname, a title of a work), or `start`: such a phrase names no entity.
 */
function quotedTitleEnd(tokens: Token[], start: number): number {
  if (!/^[“"‘]$/u.test(tokens[start - 1]?.text ?? '')) return start;
  let index = start;
  while (index < tokens.length && index - start < 8) {
    const token = tokens[index]!;
    if (
      token.isWord &&
      (token.isCapitalized || ORGANIZATION_CONNECTORS.has(token.norm) || token.norm === 'a')
    )
      index += 1;
    else break;
  }
  if (tokens[index]?.text === ',') index += 1;
  return index > start + 1 && /^[”"’]$/u.test(tokens[index]?.text ?? '') ? index : start;
}

/** End of up to two capitalised words and a place word from `start` (`Cricket Ground`, `River`), or `start`. */
function scanPlaceWordEnd(tokens: Token[], start: number): number {
  for (let index = start; index < Math.min(tokens.length, start + 3); index += 1) {
    const token = tokens[index]!;
    if (!token.isWord || !token.isCapitalized || COMMON_WORDS.has(token.norm)) return start;
    // `U.S. District Judge`: a place word that starts a title names no place.
    if (PLACE_WORDS.has(token.norm))
      return TITLE_HEADS.has(tokens[index + 1]?.norm ?? '') ? start : index + 1;
    if (isPossessive(token)) return start;
  }
  return start;
}

const AFFILIATE_ENDS = new Set(['province', 'branch', 'chapter', 'wing', 'division']);

/**
 * End of a region after an organization's name (`West Africa Province`, `in the Arabian Peninsula`), or
 * `start`: capitalised words, after `in the` or `of` at most, that start with a known place or end in a
 * place word or `Province`, `Branch`.
 */
function scanAffiliate(tokens: Token[], start: number, context: MentionContext): number {
  let index = start;
  while (index < start + 2 && /^(?:in|the|of)$/u.test(tokens[index]?.norm ?? '')) index += 1;
  const first = index;
  while (index < tokens.length && index - first < 4) {
    const token = tokens[index]!;
    if (
      !token.isWord ||
      !token.isCapitalized ||
      COMMON_WORDS.has(token.norm) ||
      CALENDAR_WORDS.has(token.norm)
    )
      break;
    index += 1;
  }
  if (index === first) return start;
  const last = tokens[index - 1]!.norm;
  const startsWithPlace = matchLexicon(context.lexicons, tokens, first, false)?.value.kind === 'place';
  if (AFFILIATE_ENDS.has(last) || PLACE_WORDS.has(last)) return index;
  return startsWithPlace && first === start ? index : start;
}
