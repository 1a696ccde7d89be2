import type { EnrichmentInput } from '../../lambda/enrichment/types';

/**
 * An article of these paragraphs and nothing else (no headline, byline or index terms), as the enrichment
 * rule tests feed it: what is found comes from the text alone.
 *
 * @example
 * ```ts
 * enrichArticle(enrichmentInputOf('Cricket Australia said on Monday…'));
 * ```
 */
export const enrichmentInputOf = (...paragraphs: string[]): EnrichmentInput => ({
  headline: null,
  byline: null,
  authors: [],
  dateline: null,
  paragraphs,
  indexTerms: { subject: [], organization: [], person: [], geographic: [] },
});
