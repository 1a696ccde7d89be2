/** Types inside enrichment: what the steps between text and `Enrichment` pass to each other. */
import type { IndexTerms } from '../parser/types';
import type { PhraseTrie } from './PhraseTrie';

/** What enrichment reads of a parsed article. */
export interface EnrichmentInput {
  headline: string | null;
  byline: string | null;
  authors: string[];
  dateline: string | null;
  paragraphs: string[];
  indexTerms: IndexTerms;
}

/** The kinds of named entity enrichment extracts. */
export type EntityKind = 'person' | 'organization' | 'place';

/** One word or punctuation mark of a text, with its position. */
export interface Token {
  /** The text as printed. */
  text: string;
  /** Lowercased, curly apostrophes straightened, a possessive `'s` removed, `&` as `and`: what look-ups compare. */
  norm: string;
  /** Offset of the first character in the segment's text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Letters or digits (a word), rather than one punctuation character. */
  isWord: boolean;
  /** Starts with an upper-case letter. */
  isCapitalized: boolean;
  /** First token after white space (or of the text): starts one of the text's whitespace-separated words. */
  startsWord: boolean;
}

/** A piece of the article that enrichment reads on its own: the headline or one body paragraph. */
export interface Segment {
  /** -1 for the headline, else the paragraph's index. */
  index: number;
  text: string;
  tokens: Token[];
  /** Written in capitals (Nexis bodies sometimes are): letter case says nothing about names. */
  isAllCaps: boolean;
  /** Index of the first token of each sentence, ascending; the first is 0. */
  sentenceStarts: number[];
  /** Whitespace-separated words, as the parser's `wordCount` counts them. */
  wordCount: number;
}

/** How a candidate name was recognised; decides how far it is trusted. */
export type MentionCue =
  /** A lexicon entry (gazetteer or index term) matched. */
  | 'lexicon'
  /** Preceded by a title such as `Gen.` or `Defense Secretary`. */
  | 'title'
  /** An organization word such as `Agency` or `Ministry` is part of a capitalised phrase. */
  | 'organizationWord'
  /** A place word ends a capitalised phrase (`Po River`), or a state or country follows the word (`Boulder, Colo.`). */
  | 'placeWord'
  /** A capitalised phrase with no cue yet: a person only if something else confirms it. */
  | 'capitalized';

/** A stretch of tokens that may name an entity, before names are folded. */
export interface MentionCandidate {
  segment: number;
  /** Index of the first token of the name (titles excluded). */
  tokenStart: number;
  /** Index after the last token. */
  tokenEnd: number;
  /** The name in reading case, possessive removed. */
  surface: string;
  cue: MentionCue;
  /** The kind, when the cue settles it; null for a bare capitalised phrase. */
  kind: EntityKind | null;
  /** For a lexicon match: the canonical name. */
  canonical: string | null;
  /** Title words before the name, lowercased (`defense secretary`), or null. */
  title: string | null;
  /** A speech verb directly follows the name (`Milley said`) or precedes it (`said Austin`). */
  nextToSpeechVerb: boolean;
  /** The word before the candidate, lowercased, or null: `in Washington` is a place, `said Washington` a person. */
  previousWord: string | null;
  /** Printed with a possessive (`BART’s`). */
  possessive: boolean;
  /** Followed by a comma and an age or a description (`Mabel Ortega, 89,`, `Mabel Ortega, a nurse`). */
  beforeAppositive: boolean;
  /** The token before `previousWord` as printed (`,` in `52, of Maumee`), or null. */
  beforePrevious: string | null;
  /** The segment is in capitals, so letter case gave no evidence. */
  inCapitals: boolean;
  /** First word of a sentence or of a quotation, where any word is capitalised. */
  atSentenceStart: boolean;
  /**
   * The words around the name treat it as an organization: `X said it`, `X leader`, `X councillors`,
   * `shares in X`, `X, the grocery chain,`, `the company behind the project, X`.
   */
  actsAsOrganization: boolean;
}

/** An entity named by the source's index terms (Nexis `PERSON: MARK MILLEY (90%)`). */
export interface IndexedEntity {
  kind: EntityKind;
  /** Canonical name, in reading case. */
  name: string;
  score: number | null;
}

/** A mention after folding: which canonical entity it names. */
export interface ResolvedMention {
  segment: number;
  tokenStart: number;
  tokenEnd: number;
  kind: EntityKind;
  name: string;
  /** The title printed before a person's name (`toledo mayor`), lowercased, or null. */
  title: string | null;
}

/** A position in the article: a segment and a character offset in its text. */
export interface TextPosition {
  segment: number;
  offset: number;
}

/** A quoted span found in the body, before its speaker is known. */
export interface QuoteSpan {
  text: string;
  /** Position of the opening quote mark. */
  open: TextPosition;
  /** Position just after the closing quote mark, or the paragraph's end when the quote was never closed. */
  close: TextPosition;
  /** The closing mark was printed (not a quote cut off at a paragraph end). */
  closed: boolean;
}

/** One alias of a lexicon entity, as stored in the phrase trie. */
export interface LexiconEntry {
  kind: EntityKind;
  canonical: string;
  /** The alias's token texts as written in the lexicon, for case-sensitive comparison. */
  aliasTexts: string[];
  /** An everyday word too (`IS`, `US`): counts only as printed, never in all-capital text. */
  caseSensitive: boolean;
  /** The alias starts with a capital, so in reading-case text the first token must too (`Reading` not `reading`). */
  requiresCapital: boolean;
  /** Relevance from the source's index terms, for entries made from them. */
  score?: number | null;
}

/** What candidate finding needs beyond the segment itself. */
export interface MentionContext {
  /** The built-in gazetteer first, then entities made from the source's index terms. */
  lexicons: readonly PhraseTrie<LexiconEntry>[];
  /** Words the article prints in lower case somewhere: capitalised at a sentence start, they are not names. */
  lowercaseWords: ReadonlySet<string>;
  /** Acronyms the article defines (`Transport for London (TfL)`), filled as candidates are found, in reading order. */
  acronyms: Map<string, { kind: EntityKind; canonical: string }>;
}

/** What resolution needs besides the candidates. */
export interface ResolutionInput {
  /** Candidates of all segments, the headline's (segment -1) included, in reading order. */
  candidates: readonly MentionCandidate[];
  /** Byline credits: people named there are not mentions. */
  authors: readonly string[];
  dateline: string | null;
  indexed: readonly IndexedEntity[];
}
