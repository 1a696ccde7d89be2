import type { Entities, EntityMention } from '../parser/types';
import { cityLexicon } from './cityLexicon';
import { entityLexicon } from './entityLexicon';
import { foldOrganizationNames } from './foldOrganizationNames';
import { isGivenName } from './isGivenName';
import { GIVEN_NAMES } from './lexicon/givenNames';
import { ORGANIZATION_DESCRIPTORS } from './lexicon/nonEntities';
import { ORGANIZATION_WORDS } from './lexicon/organizationWords';
import { NAME_SUFFIXES } from './lexicon/personTitles';
import { PLACE_WORDS } from './lexicon/placeWords';
import { SPEECH_VERBS } from './lexicon/speechVerbs';
import { tokenize } from './tokenize';
import { toReadingCase } from './toReadingCase';
import type { EntityKind, MentionCandidate, ResolutionInput, ResolvedMention } from './types';

interface Person {
  name: string;
  /** Lowercased first word, or null for a person known only by surname. */
  first: string | null;
  /** Lowercased surname, suffixes and initials ignored. */
  last: string;
}

const LOCATIVE_WORDS = new Set(['in', 'to', 'from', 'at', 'near', 'across', 'outside', 'inside', 'of']);
/** Words before a name that make it a place when nothing says it is a person (`in Lyari`). */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'outside',
  'across',
  'around',
  'at',
  'from',
  'throughout',
  'toward',
  'towards',
]);
/** `the provinces of Cagayan`, `the town of Aparri`: a name after these and `of` is a place. */
const PLACE_NOUNS = new Set(
  `province provinces state states city cities town towns village villages district districts county
  counties region regions suburb suburbs neighborhood neighbourhood island islands`.split(/\s+/u),
);
const INITIAL = /^\p{L}\.?$/u;
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Decides what each candidate names and folds the mentions of one entity together: surnames into the full name
 * used in the article (`Milley` → `Mark Milley`; the nearest full name before wins when two people share a
 * surname), gazetteer aliases into their canonical name, index terms in with their scores. The headline only
 * counts names the body or the gazetteer know; byline authors are credits, not mentions; the dateline's place is one
 * mention. Entities come out most mentioned first, then by name.
 *
 * @example
 * const { entities } = resolveEntities({ candidates, authors: [], dateline: 'WASHINGTON', indexed: [] });
 * entities.places; // [{ name: 'Washington', mentions: 1 }, …]
 */
export function resolveEntities(input: ResolutionInput): { mentions: ResolvedMention[]; entities: Entities } {
  const people = registerPeople(input);
  const credited = new Set(input.authors.map((author) => personKey(parseName(author))));
  const mentions: ResolvedMention[] = [];
  const lastFullName = new Map<string, Person>();
  const bodyPhrases = new Set(
    input.candidates
      .filter((candidate) => candidate.segment >= 0 && isWordCued(candidate))
      .map((candidate) => candidate.surface.toLowerCase()),
  );
  const resolutions = input.candidates.map((candidate) =>
    resolveCandidate(candidate, people, lastFullName, bodyPhrases),
  );
  for (const [position, candidate] of input.candidates.entries()) {
    const resolved = resolutions[position]!;
    if (resolved === null) continue;
    if (resolved.kind === 'person' && credited.has(personKey(parseName(resolved.name)))) continue;
    mentions.push({
      segment: candidate.segment,
      tokenStart: candidate.tokenStart,
      tokenEnd: candidate.tokenEnd,
      ...resolved,
      title: resolved.kind === 'person' ? candidate.title : null,
    });
  }
  foldOrganizationNames(mentions);
  return { mentions, entities: countEntities(mentions, input, people) };
}

interface PeopleRegistry {
  byKey: Map<string, Person>;
  bySurname: Map<string, Person[]>;
}

function registerPeople(input: ResolutionInput): PeopleRegistry {
  const registry: PeopleRegistry = { byKey: new Map(), bySurname: new Map() };
  const body = input.candidates.filter((candidate) => candidate.segment >= 0);
  // Single words a title or a speech verb marks as people (`Mr. Ghani`, `Ghani said`).
  const cuedSurnames = new Set(
    body
      .filter((candidate) => isCuedSingleName(candidate))
      .map((candidate) => candidate.surface.toLowerCase()),
  );
  for (const candidate of body) {
    if (isFullName(candidate, cuedSurnames)) register(registry, candidate.surface);
  }
  for (const entity of input.indexed) if (entity.kind === 'person') register(registry, entity.name);
  for (const candidate of body) {
    // A surname alone is a person with a title (`Mr. Ghani`) or after the verb (`said Ghani`: companies
    // seldom come after it); `Volkswagen said` names an organization.
    if (
      (candidate.cue === 'title' || isAfterSpeechVerb(candidate)) &&
      isCuedSingleName(candidate) &&
      !registry.bySurname.has(candidate.surface.toLowerCase())
    ) {
      register(registry, candidate.surface);
    }
  }
  return registry;
}

function register(registry: PeopleRegistry, name: string): void {
  const person = parseName(name);
  if (person === null) return;
  const key = personKey(person);
  if (registry.byKey.has(key)) return;
  registry.byKey.set(key, person);
  const sharing = registry.bySurname.get(person.last);
  if (sharing === undefined) registry.bySurname.set(person.last, [person]);
  else sharing.push(person);
}

/** One word that a title marks as a person (`Mr. Ghani`), or a speech verb does in reading case (`Ghani said`). */
function isCuedSingleName(candidate: MentionCandidate): boolean {
  const isCued =
    candidate.cue === 'title' ||
    (candidate.cue === 'capitalized' && candidate.nextToSpeechVerb && !candidate.inCapitals);
  const words = nameWords(candidate.surface);
  // `…Manufacturers' Association said`: an organization or place word alone names no one.
  const word = words[0]?.toLowerCase() ?? '';
  return (
    isCued &&
    words.length === 1 &&
    !candidate.actsAsOrganization &&
    !ORGANIZATION_WORDS.has(word) &&
    !PLACE_WORDS.has(word)
  );
}

/** A candidate that is a person's full name on its own evidence: a title, a given name, or a speech verb. */
function isFullName(candidate: MentionCandidate, cuedSurnames: ReadonlySet<string>): boolean {
  if (candidate.cue !== 'title' && candidate.cue !== 'capitalized') return false;
  const words = nameWords(candidate.surface);
  if (words.length < 2) return false;
  if (candidate.cue === 'title') return true;
  const first = words[0]!.toLowerCase();
  // `IG BCE said`, `WWF Kenya`, `Deutsche Bahn said it`: no person's name.
  if (!candidate.inCapitals && words.some(isAcronymWord)) return false;
  if (candidate.actsAsOrganization && !GIVEN_NAMES.has(first)) return false;
  if (isNamedForPlace(candidate.surface, words)) return false;
  return (
    GIVEN_NAMES.has(first) ||
    isGivenNameAndSurname(candidate, words) ||
    INITIAL.test(first) ||
    (candidate.nextToSpeechVerb && !candidate.inCapitals) ||
    cuedSurnames.has(words.at(-1)!.toLowerCase()) ||
    (candidate.beforeAppositive && !candidate.inCapitals && words.length <= 3) ||
    isBareMidSentenceName(candidate, words.length)
  );
}

/**
 * A given name of the longer derived list and one or two surname-shaped words (`Edna Pollard`): the list
 * holds places too (`Kerry`, `Georgia`), so no word after it may be a city, a place or organization word, or
 * a capital-letter abbreviation (`Georgia Power`, `Devon County`, `Dallas PD`), and no article or preposition
 * of place may come before it.
 */
function isGivenNameAndSurname(candidate: MentionCandidate, words: readonly string[]): boolean {
  if (candidate.inCapitals || words.length > 3 || !isGivenName(words[0]!.toLowerCase())) return false;
  // `the Philippine Red Cross`, `at Rogers Place`: after an article or a preposition of place, a thing.
  const previous = candidate.previousWord ?? '';
  if (ARTICLES.has(previous) || PLACE_PREPOSITIONS.has(previous)) return false;
  return words.slice(1).every((word) => {
    const lower = word.toLowerCase();
    return (
      /^\p{Lu}\p{Ll}/u.test(word) &&
      !cityLexicon().oneWord.has(lower) &&
      !PLACE_WORDS.has(lower) &&
      !ORGANIZATION_WORDS.has(lower)
    );
  });
}

/**
 * Words that are no given name followed by a known place of the gazetteer (`Business Unity South Africa`,
 * `Cricket Australia`, `Transport for London`): a body named for where it works, not a person.
 */
function isNamedForPlace(surface: string, words: readonly string[]): boolean {
  if (words.length < 2 || isGivenName(words[0]!.toLowerCase())) return false;
  const tokens = tokenize(surface).filter((token) => token.isWord);
  for (let start = 1; start < tokens.length; start += 1) {
    const hit = entityLexicon().longestMatch(
      tokens,
      start,
      (value, _, end) => value.kind === 'place' && end === tokens.length,
    );
    if (hit !== null) return true;
  }
  return false;
}

/**
 * Two or three capitalised words inside a sentence, not after an article, that no gazetteer, organization
 * or place word claimed (`Kenya's Getachew Bekele finished second`): most such phrases in news are people.
 */
function isBareMidSentenceName(candidate: MentionCandidate, words: number): boolean {
  return (
    !candidate.inCapitals &&
    !candidate.atSentenceStart &&
    words <= 3 &&
    !ARTICLES.has(candidate.previousWord ?? '') &&
    !ORGANIZATION_DESCRIPTORS.has(candidate.previousWord ?? '') &&
    !PLACE_PREPOSITIONS.has(candidate.previousWord ?? '')
  );
}

/** A phrase named by its own words (`Ministry of …`, `… River`): the headline counts it only if the body has it too. */
function isWordCued(candidate: MentionCandidate): boolean {
  return candidate.cue === 'organizationWord' || candidate.cue === 'placeWord';
}

function resolveCandidate(
  candidate: MentionCandidate,
  people: PeopleRegistry,
  lastFullName: Map<string, Person>,
  bodyPhrases: ReadonlySet<string>,
): { kind: EntityKind; name: string } | null {
  if (candidate.cue === 'organizationWord' || (candidate.cue === 'placeWord' && candidate.segment < 0)) {
    if (candidate.segment < 0 && !bodyPhrases.has(candidate.surface.toLowerCase())) return null;
  }
  if (candidate.cue === 'organizationWord') return { kind: 'organization', name: candidate.surface };
  if (candidate.cue === 'lexicon' || candidate.cue === 'placeWord') {
    const name = candidate.canonical ?? candidate.surface;
    if (candidate.kind === 'person') return personMention(name, people, lastFullName);
    // A one-word place that is also the surname of someone in the article (`Austin`, `Washington`) names
    // that person, unless a preposition of place comes before it (`in Washington`).
    const sharing = people.bySurname.get(name.toLowerCase());
    if (
      candidate.kind === 'place' &&
      sharing !== undefined &&
      !LOCATIVE_WORDS.has(candidate.previousWord ?? '')
    ) {
      return personMention(name, people, lastFullName);
    }
    return { kind: candidate.kind!, name };
  }
  const person = personMention(candidate.surface, people, lastFullName);
  if (person !== null) return person;
  const lastWord = nameWords(candidate.surface).at(-1)?.toLowerCase() ?? '';
  // `the Sangre de Cristo Mountains`: a place word ends the name.
  if (
    candidate.cue === 'capitalized' &&
    !candidate.inCapitals &&
    PLACE_WORDS.has(lastWord) &&
    nameWords(candidate.surface).length > 1
  ) {
    return { kind: 'place', name: candidate.surface };
  }
  if (isUnclaimedOrganization(candidate)) return { kind: 'organization', name: candidate.surface };
  return isUnclaimedPlace(candidate) ? { kind: 'place', name: candidate.surface } : null;
}

/**
 * A capitalised phrase that names no person and acts or is described as an organization: after a descriptor
 * (`the union Unite`, `carmaker Volkswagen`), an acronym (`MLS said`, `the DOT’s rules`), or one word that
 * speaks (`Volkswagen said`) when no person of that surname is in the article.
 */
function isUnclaimedOrganization(candidate: MentionCandidate): boolean {
  if (candidate.cue !== 'capitalized' || candidate.inCapitals) return false;
  const words = nameWords(candidate.surface);
  if (words.length > 4) return false;
  if (
    ORGANIZATION_DESCRIPTORS.has(candidate.previousWord ?? '') &&
    !GIVEN_NAMES.has(words[0]!.toLowerCase())
  ) {
    return true;
  }
  if (isNamedForPlace(candidate.surface, words)) return true;
  // `the LA Galaxy`, `the Western Conference`: several words after `the` that name no person.
  if (words.length >= 2 && candidate.previousWord === 'the' && !candidate.atSentenceStart) return true;
  if (candidate.segment >= 0 && !GIVEN_NAMES.has(words[0]!.toLowerCase())) {
    // `WWF Kenya`, `IG BCE`, `BASF`: people are not named by acronyms.
    if (
      words.some(isAcronymWord) &&
      !(
        words.length === 1 &&
        candidate.atSentenceStart &&
        !candidate.nextToSpeechVerb &&
        !candidate.possessive &&
        candidate.previousWord !== null
      )
    )
      return true;
    if (
      candidate.actsAsOrganization &&
      !(words.length === 1 && cityLexicon().oneWord.has(words[0]!.toLowerCase()))
    )
      return true;
  }
  if (words.length !== 1) return false;
  const word = words[0]!;
  if (ACRONYM_WORD.test(word) && !MODEL_CODE.test(word)) {
    return candidate.nextToSpeechVerb || candidate.previousWord === 'the' || candidate.possessive;
  }
  // At a sentence start a plural is a common noun (`Motorists said`); a city that speaks is its council.
  return (
    candidate.nextToSpeechVerb &&
    !cityLexicon().oneWord.has(word.toLowerCase()) &&
    !isAfterSpeechVerb(candidate) &&
    !GIVEN_NAMES.has(word.toLowerCase()) &&
    !(candidate.atSentenceStart && /\p{Ll}s$/u.test(word))
  );
}

function isAfterSpeechVerb(candidate: MentionCandidate): boolean {
  return !candidate.inCapitals && SPEECH_VERBS.has(candidate.previousWord ?? '');
}

const ACRONYM_WORD = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;
/** One capital and three or more digits (`A628`, `A380`, `B737`): a road or a model, no organization (`G20` stays). */
const MODEL_CODE = /^\p{Lu}\p{N}{3,}$/u;
/** Capitalised abbreviations that name no organization (`GDP`, `CEO`, `COVID`), and Roman numerals. */
const NON_ORGANIZATION_ACRONYMS = new Set(
  `ceo cfo coo cto gdp tv ok id dna hiv aids covid ai pm am ipo suv atm ppe lgbtq icu er mri gps it ac dc
  phd mba ba ma bsc usb pdf faq diy vip rsvp asap`.split(/\s+/u),
);

/** An organization's acronym printed in reading-case text: two to six capitals, not a numeral or an everyday abbreviation. */
function isAcronymWord(word: string): boolean {
  return (
    word.length <= 6 &&
    ACRONYM_WORD.test(word) &&
    !MODEL_CODE.test(word) &&
    !/^[IVXLC]+$/u.test(word) &&
    !NON_ORGANIZATION_ACRONYMS.has(word.toLowerCase())
  );
}

/**
 * A capitalised phrase that names no person: a GeoNames city (`Townsville`), or a name after a preposition
 * of place (`in Lyari`, `near Koramangala`, `52, of Maumee`).
 */
function isUnclaimedPlace(candidate: MentionCandidate): boolean {
  if (candidate.cue !== 'capitalized' || candidate.nextToSpeechVerb) return false;
  const words = nameWords(candidate.surface);
  if (words.length === 1 && cityLexicon().oneWord.has(candidate.surface.toLowerCase())) {
    return (
      !candidate.atSentenceStart ||
      candidate.inCapitals ||
      PLACE_PREPOSITIONS.has(candidate.previousWord ?? '')
    );
  }
  if (candidate.inCapitals || words.length > 3) return false;
  return (
    PLACE_PREPOSITIONS.has(candidate.previousWord ?? '') ||
    (candidate.previousWord === 'of' &&
      (candidate.beforePrevious === ',' || PLACE_NOUNS.has(candidate.beforePrevious?.toLowerCase() ?? '')))
  );
}

/** The registered person a name refers to, remembering full names as the referent of later surnames. */
function personMention(
  name: string,
  people: PeopleRegistry,
  lastFullName: Map<string, Person>,
): { kind: 'person'; name: string } | null {
  const parsed = parseName(name);
  if (parsed === null) return null;
  if (parsed.first !== null) {
    const person = people.byKey.get(personKey(parsed));
    if (person === undefined) return null;
    lastFullName.set(person.last, person);
    return { kind: 'person', name: person.name };
  }
  const sharing = people.bySurname.get(parsed.last);
  if (sharing === undefined) return null;
  const person =
    lastFullName.get(parsed.last) ?? sharing.find((known) => known.first !== null) ?? sharing[0]!;
  return { kind: 'person', name: person.name };
}

function countEntities(
  mentions: readonly ResolvedMention[],
  input: ResolutionInput,
  people: PeopleRegistry,
): Entities {
  const counts = new Map<string, { kind: EntityKind; mention: EntityMention }>();
  const count = (kind: EntityKind, name: string, by: number) => {
    const key = `${kind}|${name.toLowerCase()}`;
    const known = counts.get(key);
    if (known === undefined) counts.set(key, { kind, mention: { name, mentions: by } });
    else known.mention.mentions += by;
  };
  for (const mention of mentions) count(mention.kind, mention.name, 1);
  for (const place of datelinePlaces(input.dateline)) count('place', place, 1);
  for (const entity of input.indexed) {
    // An indexed person goes by the name the body uses (`LLOYD J AUSTIN III` → Lloyd Austin).
    const name =
      entity.kind === 'person'
        ? (people.byKey.get(personKey(parseName(entity.name)))?.name ?? entity.name)
        : entity.name;
    count(entity.kind, name, 0);
    const mention = counts.get(`${entity.kind}|${name.toLowerCase()}`)!.mention;
    if (mention.score === undefined || (entity.score ?? -1) > (mention.score ?? -1))
      mention.score = entity.score;
  }
  const entities: Entities = { people: [], organizations: [], places: [] };
  const lists = { person: entities.people, organization: entities.organizations, place: entities.places };
  // A name only the index terms give is metadata, kept in the record's `indexTerms`: an entity is mentioned.
  for (const { kind, mention } of counts.values()) if (mention.mentions > 0) lists[kind].push(mention);
  for (const list of Object.values(lists)) {
    list.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'en'));
  }
  return entities;
}

/** `WASHINGTON` → Washington; `SPRINGFIELD, Ill.` → Springfield, Illinois; `KABUL, Afghanistan` → Kabul, Afghanistan. */
function datelinePlaces(dateline: string | null): string[] {
  if (dateline === null) return [];
  return dateline
    .split(',')
    .map((part) => toReadingCase(part.trim()))
    .filter((part) => /\p{L}/u.test(part))
    .map((part) => {
      const tokens = tokenize(part);
      const hit = entityLexicon().longestMatch(tokens, 0, (entry) => entry.kind === 'place');
      return hit !== null && hit.end === tokens.length ? hit.value.canonical : part;
    });
}

function nameWords(name: string): string[] {
  return name.split(/\s+/u).filter((word) => word !== '');
}

/** First name and surname of a printed name, suffixes and initials ignored; null when nothing is left. */
function parseName(name: string): Person | null {
  const words = nameWords(name).filter(
    (word, position, all) => !(position === all.length - 1 && NAME_SUFFIXES.has(word.toLowerCase())),
  );
  const significant = words.filter((word) => !INITIAL.test(word) || words.length === 1);
  const last = significant.at(-1)?.toLowerCase();
  if (last === undefined) return null;
  const first = significant.length > 1 ? significant[0]!.toLowerCase() : null;
  return { name, first, last };
}

function personKey(person: Person | null): string {
  return person === null ? '' : `${person.first ?? ''} ${person.last}`;
}
