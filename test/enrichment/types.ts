/** Types of the labelled evaluation sets and of their scoring. */
import type { Quote } from '../../lambda/parser/types';

/** A labelled entity: its canonical name, or that name with the other names the article gives it. */
export type EntityLabel = string | { name: string; aliases: string[] };

/** A labelled quotation: the quoted words (or their opening words) and the speaker's canonical name. */
export interface QuoteLabel extends Quote {
  /** Other speakers accepted, for a speaker named only by a role (`spokesman`) whose label is null. */
  speakerAlso?: string[];
}

/** The labels of one article, per the guidelines of test/fixtures/enrichment/pinned/README.md. */
export interface ArticleLabels {
  quotes: QuoteLabel[];
  entities: { people: EntityLabel[]; organizations: EntityLabel[]; places: EntityLabel[] };
}

/** The entity kinds scored, as `Entities` names them. */
export type ScoredKind = 'people' | 'organizations' | 'places';

/** Counts behind precision and recall. */
export interface MatchCounts {
  /** Entities (or quotes) enrichment produced. */
  extracted: number;
  /** Entities (or quotes) labelled. */
  labelled: number;
  /** Labelled ones produced: each label matched at most once. */
  matched: number;
}

/** Precision, recall and F1 with the counts they come from. */
export interface KindScore extends MatchCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** What went wrong in one article, for reading. */
export interface ArticleMisses {
  article: string;
  /** `kind: name`, `(duplicate)` when another extracted entity already matched the same label. */
  falsePositives: string[];
  falseNegatives: string[];
  /** `quote start: speaker found` (or `not found`). */
  wrongSpeakers: string[];
  /** Quotes found that no label matches (scare quotes, nicknames, slogans, or quotes the labels split otherwise). */
  extraQuotes: string[];
}

/** One article compared with its labels. */
export interface ArticleComparison {
  entities: Record<ScoredKind, MatchCounts>;
  quotes: MatchCounts;
  /** Labelled quotes found with a right speaker. */
  rightSpeakers: number;
  misses: ArticleMisses;
}
