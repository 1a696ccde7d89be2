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
 * Completes a draft into the parsed article: word count, then enrichment (quotes, entities, lead)
 * unless it is off. An enrichment failure costs the enrichment, with a warning, never the article.
 *
 * @example
 * ```ts
 * finishArticle(draft, true).wordCount; // whitespace-separated words of draft.paragraphs
 * ```
 */
export function finishArticle(draft: ArticleDraft, enrich: boolean): ParsedArticle {
  let enrichment = emptyEnrichment();
  const warnings = [...draft.warnings];
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
  const { contentHash, warnings: _draftWarnings, ...fields } = draft;
  return { ...fields, wordCount: countWords(draft.paragraphs), contentHash, warnings, ...enrichment };
}
