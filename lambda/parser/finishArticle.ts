import { enrichArticle } from '../enrichment/enrichArticle';
import { countWords } from './countWords';
import type { ArticleDraft, Enrichment, ParsedArticle } from './types';
import { WARNINGS } from './warnings';

/** What an article carries when enrichment is off or failed. */
function emptyEnrichment(): Enrichment {
  return {
    quotes: [],
    entities: { people: [], organizations: [], places: [] },
    lead: null,
    sentenceCount: 0,
    readingTimeMinutes: 0,
  };
}

/**
 * Completes a draft into the parsed article: word count and content hash, then enrichment (quotes, entities, lead)
 * unless it is off. An enrichment failure costs the enrichment, with a warning, never the article.
 *
 * @example
 * ```ts
 * finishArticle(draft, contentHash(lines, 0, lines.length), true).wordCount; // whitespace-separated words of draft.paragraphs
 * ```
 */
export function finishArticle(draft: ArticleDraft, contentHash: string, enrich: boolean): ParsedArticle {
  let enrichment = emptyEnrichment();
  const warnings = draft.warnings;
  if (enrich) {
    try {
      enrichment = enrichArticle({
        headline: draft.headline,
        byline: draft.byline,
        authors: draft.authors,
        dateline: draft.dateline,
        paragraphs: draft.paragraphs,
        indexTerms: draft.indexTerms,
      });
    } catch (error) {
      warnings.push(WARNINGS.enrichmentFailed(error instanceof Error ? error.message : String(error)));
    }
  }
  // Spelled out rather than spread: one object shape for every article, in DESIGN.md's field order.
  return {
    documentIndex: draft.documentIndex,
    format: draft.format,
    publication: draft.publication,
    headline: draft.headline,
    subheadline: draft.subheadline,
    byline: draft.byline,
    authors: draft.authors,
    dateline: draft.dateline,
    paragraphs: draft.paragraphs,
    language: draft.language,
    country: draft.country,
    publishedDate: draft.publishedDate,
    section: draft.section,
    edition: draft.edition,
    page: draft.page,
    statedWordCount: draft.statedWordCount,
    indexTerms: draft.indexTerms,
    wordCount: countWords(draft.paragraphs),
    contentHash,
    warnings,
    quotes: enrichment.quotes,
    entities: enrichment.entities,
    lead: enrichment.lead,
    sentenceCount: enrichment.sentenceCount,
    readingTimeMinutes: enrichment.readingTimeMinutes,
  };
}
