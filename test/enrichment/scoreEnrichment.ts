import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import type { LabelledArticle } from './labelledArticles';

/** How enrichment did on labelled articles; micro-averaged over all their entities and quotes. */
export interface EnrichmentScore {
  /** Extracted (kind, name) pairs that the labels have, ÷ all extracted. */
  entityPrecision: number;
  /** Labelled (kind, name) pairs that were extracted, ÷ all labelled. */
  entityRecall: number;
  /** Labelled quotations found with the labelled speaker (null included), ÷ all labelled quotations. */
  speakerAccuracy: number;
  /** What went wrong, per article, for reading. */
  misses: { article: string; falsePositives: string[]; falseNegatives: string[]; wrongSpeakers: string[] }[];
}

const KINDS = ['people', 'organizations', 'places'] as const;

/**
 * Runs enrichment on each article and compares it with the labels. Names are compared exactly (kind and
 * canonical name); a quotation counts as found when its text matches exactly.
 *
 * @example
 * scoreEnrichment(labelledArticles()).entityRecall; // e.g. 0.93
 */
export function scoreEnrichment(articles: readonly LabelledArticle[]): EnrichmentScore {
  let extracted = 0;
  let labelled = 0;
  let matched = 0;
  let quotes = 0;
  let rightSpeakers = 0;
  const misses: EnrichmentScore['misses'] = [];
  for (const article of articles) {
    const result = enrichArticle(article.input);
    const miss = {
      article: article.name,
      falsePositives: [] as string[],
      falseNegatives: [] as string[],
      wrongSpeakers: [] as string[],
    };
    for (const kind of KINDS) {
      const got = new Set(result.entities[kind].map((entity) => entity.name));
      const want = new Set(article.expected.entities[kind]);
      extracted += got.size;
      labelled += want.size;
      for (const name of got) {
        if (want.has(name)) matched += 1;
        else miss.falsePositives.push(`${kind}: ${name}`);
      }
      for (const name of want) if (!got.has(name)) miss.falseNegatives.push(`${kind}: ${name}`);
    }
    for (const quote of article.expected.quotes) {
      quotes += 1;
      const found = result.quotes.find((candidate) => candidate.text === quote.text);
      if (found !== undefined && found.speaker === quote.speaker) rightSpeakers += 1;
      else
        miss.wrongSpeakers.push(
          `${quote.text.slice(0, 40)}: ${found === undefined ? 'not found' : String(found.speaker)}`,
        );
    }
    if (miss.falsePositives.length + miss.falseNegatives.length + miss.wrongSpeakers.length > 0)
      misses.push(miss);
  }
  return {
    entityPrecision: extracted === 0 ? 0 : matched / extracted,
    entityRecall: labelled === 0 ? 0 : matched / labelled,
    speakerAccuracy: quotes === 0 ? 0 : rightSpeakers / quotes,
    misses,
  };
}
