import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import { compareEnrichment } from './compareEnrichment';
import type { LabelledArticle } from './labelledArticles';
import type { ArticleMisses, KindScore, MatchCounts, ScoredKind } from './types';

/** How enrichment did on labelled articles; micro-averaged over all their entities and quotes. */
export interface EnrichmentScore {
  /** Extracted (kind, name) pairs that match a label, ÷ all extracted: `micro.precision`. */
  entityPrecision: number;
  /** Labels matched by an extracted (kind, name) pair, ÷ all labelled: `micro.recall`. */
  entityRecall: number;
  /** Labelled quotations found with the labelled speaker (null included), ÷ all labelled quotations. */
  speakerAccuracy: number;
  /** Precision, recall and F1 per kind. */
  kinds: Record<ScoredKind, KindScore>;
  /** The three kinds pooled. */
  micro: KindScore;
  /** Found quotes against labelled ones: precision falls for scare quotes, nicknames and slogans taken as quotes. */
  quotes: KindScore;
  /** What went wrong, per article, for reading. */
  misses: ArticleMisses[];
}

const KINDS: readonly ScoredKind[] = ['people', 'organizations', 'places'];

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function kindScore(counts: MatchCounts): KindScore {
  const precision = ratio(counts.matched, counts.extracted);
  const recall = ratio(counts.matched, counts.labelled);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

const add = (a: MatchCounts, b: MatchCounts): MatchCounts => ({
  extracted: a.extracted + b.extracted,
  labelled: a.labelled + b.labelled,
  matched: a.matched + b.matched,
});

const NONE: MatchCounts = { extracted: 0, labelled: 0, matched: 0 };

/**
 * Runs enrichment on each article and compares it with the labels (`compareEnrichment`: names match a
 * label's canonical name or an alias, duplicates are wrong, quotes match by their opening words).
 *
 * @example
 * scoreEnrichment(labelledSet('pinned')).micro.f1; // e.g. 0.74
 */
export function scoreEnrichment(articles: readonly LabelledArticle[]): EnrichmentScore {
  const totals: Record<ScoredKind, MatchCounts> = { people: NONE, organizations: NONE, places: NONE };
  let quotes = NONE;
  let rightSpeakers = 0;
  const misses: ArticleMisses[] = [];
  for (const article of articles) {
    const comparison = compareEnrichment(article.name, article.expected, enrichArticle(article.input));
    for (const kind of KINDS) totals[kind] = add(totals[kind], comparison.entities[kind]);
    quotes = add(quotes, comparison.quotes);
    rightSpeakers += comparison.rightSpeakers;
    const miss = comparison.misses;
    if (
      miss.falsePositives.length +
        miss.falseNegatives.length +
        miss.wrongSpeakers.length +
        miss.extraQuotes.length >
      0
    )
      misses.push(miss);
  }
  const micro = kindScore(KINDS.reduce((sum, kind) => add(sum, totals[kind]), NONE));
  return {
    entityPrecision: micro.precision,
    entityRecall: micro.recall,
    speakerAccuracy: ratio(rightSpeakers, quotes.labelled),
    kinds: {
      people: kindScore(totals.people),
      organizations: kindScore(totals.organizations),
      places: kindScore(totals.places),
    },
    micro,
    quotes: kindScore(quotes),
    misses,
  };
}
