import { NAME_PARTICLES, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/personTitles';
import {
  CHARACTERIZING_VERBS,
  INVERTING_SPEECH_VERBS,
  PERSON_PRONOUNS,
  SPEECH_VERB_FILLERS,
  SPEECH_VERBS,
} from './lexicon/speechVerbs';
import type { QuoteSpan, ResolvedMention, Segment, TextPosition } from './types';

/** How far after a closing quote mark an attribution (`Milley said`, `said Defense Secretary Lloyd Austin`) may reach. */
const AFTER_WINDOW = 16;
/** How far before an opening mark a speech verb and its subject are looked for: bounds the work per quotation. */
const BEFORE_WINDOW = 60;
const OPENING_MARK = /^[“"„«]$/u;
/** How many words a description before a speaker's name may take (`the union’s regional officer,`). */
const DESCRIPTION_WORDS = 8;
/** Words that end a description: what follows is no longer the speaker (`a spokesman for Mayor Ruiz`). */
const DESCRIPTION_STOPS = new Set([
  'for',
  'at',
  'of',
  'with',
  'to',
  'in',
  'on',
  'by',
  'from',
  'and',
  'who',
  'which',
  'that',
  '.',
  '?',
  '!',
  ':',
  ';',
]);

/** An attribution that names the speaker by a role only (`a spokesman said`): null, and no continuation. */
const ROLE_ONLY = Symbol('role only');

/** Words before a role that stands for a person named earlier (`the mayor`, `her son`). */
const ROLE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an']);

/**
 * The role word of an appositive before a person's name (`son` in `her son, Thomas Oyelaran`, `executive`
 * in `its chief executive, Moira Strachan`), or null.
 */
function appositiveRole(paragraph: Segment | undefined, start: number): string | null {
  const tokens = paragraph?.tokens;
  if (tokens === undefined || tokens[start - 1]?.text !== ',') return null;
  const role = tokens[start - 2];
  if (role === undefined || !role.isWord || role.isCapitalized) return null;
  for (let index = start - 3; index >= Math.max(0, start - 5); index -= 1) {
    const norm = tokens[index]!.norm;
    if (norm === 'his' || norm === 'her' || norm === 'their' || norm === 'its' || norm === 'the')
      return role.norm;
    if (!tokens[index]!.isWord || tokens[index]!.isCapitalized) return null;
  }
  return null;
}

interface Place {
  segment: number;
  token: number;
}

/**
 * Finds who said each quotation: the full name of a person (or an organization) that the article names,
 * or null when the text does not say. In order:
 * 1. an attribution right after the closing mark: `"…," Milley said`, `"…," said Austin`, `"…," he said`,
 *    `"…," according to Milley`, `"…," Milley, the chairman, said`;
 * 2. a speech verb earlier in the quotation's sentence and its subject: `Biden said, "…"`,
 *    `Milley called the Taliban "ruthless"`, `…, adding, "…"`;
 * 3. a quotation that opens a paragraph or follows a sentence with no speaker continues the previous
 *    quotation's speaker, unless someone else was named in between.
 * `he` and `she` stand for the last person named before the quotation.
 *
 * @example
 * // For '“In war, you do what you must,” Milley said.' after 'Army Gen. Mark Milley…'
 * attributeSpeakers(quotes, paragraphs, mentions); // ['Mark Milley']
 */
export function attributeSpeakers(
  quotes: readonly QuoteSpan[],
  paragraphs: readonly Segment[],
  mentions: readonly ResolvedMention[],
): (string | null)[] {
  const text = new AttributionText(paragraphs, quotes, mentions);
  const speakers: (string | null)[] = [];
  quotes.forEach((quote, position) => {
    const after = text.speakerAfter(quote);
    let speaker = after === ROLE_ONLY ? null : (after ?? text.speakerBefore(quote));
    const previous = quotes[position - 1];
    if (speaker === undefined && after !== ROLE_ONLY && previous !== undefined) {
      const previousSpeaker = speakers[position - 1] ?? null;
      speaker = text.continues(previous, quote, previousSpeaker) ? previousSpeaker : null;
    }
    speakers.push(speaker ?? null);
  });
  return speakers;
}

/** The paragraphs with their mentions and quotation interiors indexed by token, for attribution. */
class AttributionText {
  readonly #paragraphs: readonly Segment[];
  readonly #mentionAt: (ResolvedMention | undefined)[][];
  readonly #quoted: Uint8Array[];
  /** People named outside quotations, in reading order, for `he` and `she`. */
  readonly #namedPeople: { place: Place; name: string }[] = [];
  /** People named with a title, in reading order, by each word of the title, for `the mayor said`. */
  readonly #titledPeople = new Map<string, { place: Place; name: string }[]>();

  constructor(
    paragraphs: readonly Segment[],
    quotes: readonly QuoteSpan[],
    mentions: readonly ResolvedMention[],
  ) {
    this.#paragraphs = paragraphs;
    this.#mentionAt = paragraphs.map((paragraph) => new Array(paragraph.tokens.length));
    this.#quoted = paragraphs.map((paragraph) => new Uint8Array(paragraph.tokens.length));
    for (const quote of quotes) this.#markQuoted(quote);
    for (const mention of mentions) {
      const row = this.#mentionAt[mention.segment];
      if (row === undefined) continue;
      for (let token = mention.tokenStart; token < mention.tokenEnd; token += 1) row[token] = mention;
      if (mention.kind === 'person' && this.#quoted[mention.segment]![mention.tokenStart] === 0) {
        this.#namedPeople.push({
          place: { segment: mention.segment, token: mention.tokenStart },
          name: mention.name,
        });
      }
      // `her son, Thomas Oyelaran`, `its chief executive, Moira Strachan`: a role in front of the name.
      const role =
        mention.kind === 'person' ? appositiveRole(paragraphs[mention.segment], mention.tokenStart) : null;
      if (role !== null) {
        const titled = this.#titledPeople.get(role) ?? [];
        titled.push({ place: { segment: mention.segment, token: mention.tokenStart }, name: mention.name });
        this.#titledPeople.set(role, titled);
      }
      if (mention.kind === 'person' && mention.title !== null) {
        const place = { segment: mention.segment, token: mention.tokenStart };
        for (const word of new Set(mention.title.split(' '))) {
          const titled = this.#titledPeople.get(word) ?? [];
          titled.push({ place, name: mention.name });
          this.#titledPeople.set(word, titled);
        }
      }
    }
  }

  /** The speaker an attribution after the closing mark names; undefined when there is no attribution there. */
  speakerAfter(quote: QuoteSpan): string | null | undefined | typeof ROLE_ONLY {
    // A quotation ending in a period ended its sentence: what follows is a new one.
    if (!quote.closed || quote.text.endsWith('.')) return undefined;
    const segment = quote.close.segment;
    const tokens = this.#paragraphs[segment]!.tokens;
    const from = this.#tokenAt(quote.close);
    const until = Math.min(tokens.length, from + AFTER_WINDOW, this.#sentenceEnd(segment, from));
    let index = from;
    while (index < until && tokens[index]!.text === ',') index += 1;
    const word = tokens[index];
    if (word === undefined || index >= until) return undefined;
    if (SPEECH_VERBS.has(word.norm)) return this.#nameAfter(segment, index + 1, until);
    if (word.norm === 'according' && tokens[index + 1]?.norm === 'to') {
      return this.#nameAfter(segment, index + 2, until);
    }
    const subject = this.#subjectAt(segment, index, until);
    if (subject !== null && this.#isFollowedBySpeechVerb(segment, subject.end, until)) return subject.name;
    // `…,” Sounders coach Brian Schmetzer said`: an organization can describe the person who speaks.
    const described = this.#describedPersonAt(segment, index, until);
    if (described !== null && this.#isFollowedBySpeechVerb(segment, described.end, until))
      return described.name;
    // `…,” a spokesman for the trust said`: the text says who spoke, by a role only; nobody else's quote.
    return ROLE_DETERMINERS.has(word.norm) && this.#speechVerbWithin(segment, index, until)
      ? ROLE_ONLY
      : undefined;
  }

  /**
   * A person named after a description in front of the verb (`…,” Transportation Secretary Pete Abelard said`,
   * `…,” board chair Olivia Trejo said`, `…,” the company’s brand chief, Thomas Lenz, said`): the first person
   * within a few words, none of them a speech verb, a preposition or a sentence's end.
   */
  #describedPersonAt(segment: number, from: number, until: number): { name: string; end: number } | null {
    const tokens = this.#paragraphs[segment]!.tokens;
    for (let index = from; index < Math.min(until, from + DESCRIPTION_WORDS); index += 1) {
      const mention = this.#mentionAt[segment]![index];
      if (mention !== undefined && mention.tokenStart === index && mention.kind === 'person') {
        return { name: mention.name, end: mention.tokenEnd };
      }
      const norm = tokens[index]!.norm;
      if (SPEECH_VERBS.has(norm) || DESCRIPTION_STOPS.has(norm) || PERSON_PRONOUNS.has(norm)) return null;
      if (mention !== undefined) index = mention.tokenEnd - 1;
    }
    return null;
  }

  #speechVerbWithin(segment: number, from: number, until: number): boolean {
    const tokens = this.#paragraphs[segment]!.tokens;
    for (let index = from; index < Math.min(until, from + DESCRIPTION_WORDS + 2); index += 1) {
      if (SPEECH_VERBS.has(tokens[index]!.norm) && !tokens[index]!.isCapitalized) return true;
      if (this.#mentionAt[segment]![index]?.kind === 'person') return false;
    }
    return false;
  }

  /** The subject of the speech verb closest before the opening mark in its sentence; undefined if none. */
  speakerBefore(quote: QuoteSpan): string | null | undefined {
    const { segment } = quote.open;
    const paragraph = this.#paragraphs[segment]!;
    const open = this.#tokenAt(quote.open);
    const sentenceStart = Math.max(sentenceStartBefore(paragraph, open), open - BEFORE_WINDOW);
    for (let verb = open - 1; verb >= sentenceStart; verb -= 1) {
      const norm = paragraph.tokens[verb]!.norm;
      if (this.#quoted[segment]![verb] === 1) continue;
      if (!SPEECH_VERBS.has(norm) && !CHARACTERIZING_VERBS.has(norm)) continue;
      const before = this.#subjectBefore(segment, verb, sentenceStart);
      if (INVERTING_SPEECH_VERBS.has(norm)) {
        // `Voisey said the trust had been under “extreme pressure”`: the name after the verb is its object
        // when the verb has a person for subject.
        const subject = this.#subjectAt(segment, verb + 1, open);
        const inverted =
          subject === null ||
          before === undefined ||
          before === null ||
          /^[,:]$/u.test(paragraph.tokens[subject.end]?.text ?? '') ||
          subject.end === open;
        const named = inverted ? this.#nameAfter(segment, verb + 1, open) : undefined;
        if (named !== undefined && named !== null) return named;
      }
      return before;
    }
    return undefined;
  }

  /**
   * A quotation with no attribution of its own continues the previous one's speaker when it opens a paragraph
   * or a sentence, and no other person is named between the two.
   */
  continues(previous: QuoteSpan, quote: QuoteSpan, previousSpeaker: string | null): boolean {
    if (previousSpeaker === null || quote.open.segment - previous.close.segment > 1) return false;
    const paragraph = this.#paragraphs[quote.open.segment]!;
    const open = this.#tokenAt(quote.open);
    if (sentenceStartBefore(paragraph, open) !== open) return false;
    const from = { segment: previous.close.segment, token: this.#tokenAt(previous.close) };
    const to = { segment: quote.open.segment, token: open };
    // Only the people named between the two quotations: each stretch is read once over all quotations.
    for (let index = this.#firstNamedAtOrAfter(from); index < this.#namedPeople.length; index += 1) {
      const { place, name } = this.#namedPeople[index]!;
      if (compare(place, to) >= 0) return true;
      if (name !== previousSpeaker) return false;
    }
    return true;
  }

  #firstNamedAtOrAfter(place: Place): number {
    let low = 0;
    let high = this.#namedPeople.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(this.#namedPeople[middle]!.place, place) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** A person or organization named (or a pronoun) within a few words from `from`, titles allowed in between. */
  #nameAfter(segment: number, from: number, until: number): string | null | undefined {
    const tokens = this.#paragraphs[segment]!.tokens;
    for (let index = from; index < Math.min(until, from + 5); index += 1) {
      const subject = this.#subjectAt(segment, index, until);
      // `said Springboks coach Willem Botha`: the person the organization's role names speaks.
      if (subject?.organization && TITLE_HEADS.has(tokens[subject.end]?.norm ?? '')) {
        const person = this.#describedPersonAt(segment, subject.end, until);
        if (person !== null) return person.name;
      }
      if (subject !== null) return subject.name;
      const norm = tokens[index]!.norm;
      if (norm !== 'the' && !TITLE_HEADS.has(norm) && !TITLE_MODIFIERS.has(norm)) break;
    }
    // `said her daughter, Teresa Ortega`: a person after a description.
    return this.#describedPersonAt(segment, from, until)?.name;
  }

  /** The nearest person (else organization) or pronoun before a verb in its sentence, outside quotations. */
  #subjectBefore(segment: number, verb: number, sentenceStart: number): string | null | undefined {
    const tokens = this.#paragraphs[segment]!.tokens;
    let organization: string | undefined;
    for (let index = verb - 1; index >= sentenceStart; index -= 1) {
      if (this.#quoted[segment]![index] === 1) continue;
      const mention = this.#mentionAt[segment]![index];
      if (mention?.kind === 'person') return mention.name;
      if (mention?.kind === 'organization') organization ??= mention.name;
      if (mention === undefined && PERSON_PRONOUNS.has(tokens[index]!.norm)) {
        return this.#personBefore({ segment, token: index });
      }
    }
    return organization;
  }

  /** A mention of a person or organization, or a pronoun, starting at `index` (after an optional `the`). */
  #subjectAt(
    segment: number,
    index: number,
    until: number,
  ): { name: string | null; end: number; organization?: boolean } | null {
    const tokens = this.#paragraphs[segment]!.tokens;
    let start = ROLE_DETERMINERS.has(tokens[index]?.norm ?? '') ? index + 1 : index;
    // `van der Merwe said`: the mention is the capitalised surname after the particles.
    while (start < until && NAME_PARTICLES.has(tokens[start]!.norm) && !tokens[start]!.isCapitalized)
      start += 1;
    if (start >= until) return null;
    const mention = this.#mentionAt[segment]![start];
    if (mention !== undefined && mention.tokenStart === start && mention.kind !== 'place') {
      return { name: mention.name, end: mention.tokenEnd, organization: mention.kind === 'organization' };
    }
    if (start === index && PERSON_PRONOUNS.has(tokens[start]!.norm)) {
      return { name: this.#personBefore({ segment, token: start }), end: start + 1 };
    }
    return start > index ? this.#titledPersonAt(segment, start, until) : null;
  }

  /** `the mayor`, `the defense secretary`: the last person named with that title word before here. */
  #titledPersonAt(segment: number, start: number, until: number): { name: string; end: number } | null {
    const tokens = this.#paragraphs[segment]!.tokens;
    let end = start;
    while (end < until && (TITLE_MODIFIERS.has(tokens[end]!.norm) || TITLE_HEADS.has(tokens[end]!.norm)))
      end += 1;
    // `her son said`: a role word given in an appositive earlier (`her son, Thomas Oyelaran`).
    if (end === start && this.#titledPeople.has(tokens[start]?.norm ?? '') && !tokens[start]!.isCapitalized)
      end = start + 1;
    const head = tokens[end - 1]?.norm;
    if (end === start || head === undefined || !this.#titledPeople.has(head)) return null;
    const here = { segment, token: start };
    const titled = this.#titledPeople.get(head) ?? [];
    let low = 0;
    let high = titled.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(titled[middle]!.place, here) < 0) low = middle + 1;
      else high = middle;
    }
    const person = titled[low - 1];
    return person === undefined ? null : { name: person.name, end };
  }

  /** A speech verb after a subject: directly, after a filler (`later said`), or after an appositive (`, a spokesman, said`). */
  #isFollowedBySpeechVerb(segment: number, from: number, until: number): boolean {
    const tokens = this.#paragraphs[segment]!.tokens;
    let index = from;
    // `Thomas Lenz, said` closes an appositive opened before the name.
    if (tokens[index]?.text === ',' && SPEECH_VERBS.has(tokens[index + 1]?.norm ?? '')) return true;
    if (tokens[index]?.text === ',') {
      while (index + 1 < until && tokens[index + 1]!.text !== ',') index += 1;
      index += 2;
    }
    for (let fillers = 0; index < until && fillers <= 2; index += 1, fillers += 1) {
      const norm = tokens[index]!.norm;
      if (SPEECH_VERBS.has(norm)) return true;
      if (!SPEECH_VERB_FILLERS.has(norm)) return false;
    }
    return false;
  }

  /** The last person named outside quotations before a place, or null. */
  #personBefore(place: Place): string | null {
    return this.#namedPeople[this.#firstNamedAtOrAfter(place) - 1]?.name ?? null;
  }

  #sentenceEnd(segment: number, from: number): number {
    const paragraph = this.#paragraphs[segment]!;
    const starts = paragraph.sentenceStarts;
    const nextSentence = starts[firstAbove(starts, from)] ?? paragraph.tokens.length;
    for (let index = from; index < nextSentence; index += 1) {
      if (OPENING_MARK.test(paragraph.tokens[index]!.text)) return index;
    }
    return nextSentence;
  }

  /** Index of the first token at or after a position. */
  #tokenAt(position: TextPosition): number {
    const tokens = this.#paragraphs[position.segment]!.tokens;
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (tokens[middle]!.start < position.offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #markQuoted(quote: QuoteSpan): void {
    for (let segment = quote.open.segment; segment <= quote.close.segment; segment += 1) {
      const marks = this.#quoted[segment];
      if (marks === undefined) continue;
      const from = segment === quote.open.segment ? this.#tokenAt(quote.open) : 0;
      const to = segment === quote.close.segment ? this.#tokenAt(quote.close) : marks.length;
      marks.fill(1, from, to);
    }
  }
}

/** Index of the first value above `value` in an ascending list (its length when there is none). */
function firstAbove(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The start of the sentence holding a token. */
function sentenceStartBefore(paragraph: Segment, token: number): number {
  return paragraph.sentenceStarts[firstAbove(paragraph.sentenceStarts, token) - 1] ?? 0;
}

function compare(a: Place, b: Place): number {
  return a.segment - b.segment || a.token - b.token;
}
