import { enrichArticle } from '../enrichment/enrichArticle';
import { countWords } from './countWords';
import { enrichedParagraphs } from './enrichedParagraphs';
import { MAX_ENRICHED_CHARS } from './limits';
import type { ArticleDraft, Enrichment, ParsedArticle } from './types';
import { WARNINGS } from './warnings';

/** Reading speed for the reading time of a body enriched only in part: enrichment's own. */
const WORDS_PER_MINUTE = 230;

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
 * unless it is off. An enrichment failure costs the enrichment, with a warning, never the article. A
 * body over {@link MAX_ENRICHED_CHARS} is enriched from its start only (a warning says so), to bound memory.
 *
 * @example
 * ```ts
 * finishArticle(draft, contentHash(lines, 0, lines.length), true).wordCount; // whitespace-separated words of draft.paragraphs
 * ```
 */
export function finishArticle(draft: ArticleDraft, contentHash: string, enrich: boolean): ParsedArticle {
  let enrichment = emptyEnrichment();
  const warnings = draft.warnings;
  const wordCount = countWords(draft.paragraphs);
  if (enrich) {
    const paragraphs = enrichedParagraphs(draft.paragraphs);
    try {
      enrichment = enrichArticle({
        headline: draft.headline,
        byline: draft.byline,
        authors: draft.authors,
        dateline: draft.dateline,
        paragraphs,
        indexTerms: draft.indexTerms,
      });
      if (paragraphs !== draft.paragraphs) {
        warnings.push(WARNINGS.enrichmentTruncated(MAX_ENRICHED_CHARS));
        enrichment.readingTimeMinutes = Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
      }
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
    wordCount,
    contentHash,
    warnings,
    quotes: enrichment.quotes,
    entities: enrichment.entities,
    lead: enrichment.lead,
    sentenceCount: enrichment.sentenceCount,
    readingTimeMinutes: enrichment.readingTimeMinutes,
    ...(draft.sourceDocumentId === undefined ? {} : { sourceDocumentId: draft.sourceDocumentId }),
    provenance: draft.provenance,
  };
}
