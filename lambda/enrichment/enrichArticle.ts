import type { Enrichment } from '../parser/types';
import { attributeSpeakers } from './attributeSpeakers';
import { buildSegment } from './buildSegment';
import { cityLexicon } from './cityLexicon';
import { entityLexicon } from './entityLexicon';
import { findMentionCandidates } from './findMentionCandidates';
import { findQuotes } from './findQuotes';
import { indexTermLexicon } from './indexTermLexicon';
import { resolveEntities } from './resolveEntities';
import type { EnrichmentInput, Segment } from './types';

export type { EnrichmentInput } from './types';

/** Reading speed for `readingTimeMinutes`, in words a minute. */
const WORDS_PER_MINUTE = 230;

/**
 * Quotes, entities, lead and counts of one article, from its text alone: pure, no I/O, linear in the text's
 * length, and it never throws. The parser calls it for each article and spreads the result into the record.
 *
 * - `quotes`: every direct quotation in the body with its speaker's full name, or null when the text does not
 *   say; quoted names, slogans and scare quotes are not quotations.
 * - `entities`: people, organizations and places the text mentions, with counts; surnames, aliases and an
 *   organization's other names folded into one name, titles stripped, byline authors left out, the dateline's
 *   place counted once, the scores of Nexis index terms kept on the entities they name (a name only the index
 *   terms give stays in `indexTerms`). Headline mentions count, but only of names the body or the gazetteer know.
 * - `lead`: the body's first sentence; `sentenceCount`: the body's sentences;
 *   `readingTimeMinutes`: words ÷ 230, rounded, at least 1 for a non-empty body.
 *
 * @example
 * const enrichment = enrichArticle({
 *   headline: null, byline: null, authors: [], dateline: 'WASHINGTON',
 *   paragraphs: ['“It’s possible,” said Army Gen. Mark Milley.'],
 *   indexTerms: { subject: [], person: [], organization: [], geographic: [] },
 * });
 * enrichment.quotes; // [{ text: 'It’s possible', speaker: 'Mark Milley' }]
 * enrichment.entities.places; // [{ name: 'Washington', mentions: 1 }]
 */
export function enrichArticle(input: EnrichmentInput): Enrichment {
  const paragraphs = input.paragraphs.map((text, index) => buildSegment(index, text));
  const segments = input.headline ? [buildSegment(-1, input.headline), ...paragraphs] : paragraphs;
  const indexed = indexTermLexicon(input.indexTerms);
  const context = {
    // Later lexicons win ties: the hand gazetteer over GeoNames, the source's index terms over both.
    lexicons: [cityLexicon().trie, entityLexicon(), indexed.lexicon],
    lowercaseWords: lowercaseWordsOf(paragraphs),
    acronyms: new Map(),
  };
  const candidates = segments.flatMap((segment) => findMentionCandidates(segment, context));
  const { mentions, entities } = resolveEntities({
    candidates,
    authors: input.authors,
    dateline: input.dateline,
    indexed: indexed.entities,
  });
  const quoteSpans = findQuotes(paragraphs);
  const speakers = attributeSpeakers(
    quoteSpans,
    paragraphs,
    mentions.filter((mention) => mention.segment >= 0),
  );
  const words = paragraphs.reduce((total, paragraph) => total + paragraph.wordCount, 0);
  return {
    quotes: quoteSpans.map((quote, position) => ({ text: quote.text, speaker: speakers[position] ?? null })),
    entities,
    lead: leadOf(paragraphs),
    sentenceCount: paragraphs.reduce((total, paragraph) => total + paragraph.sentenceStarts.length, 0),
    readingTimeMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

/** Words printed in lower case in reading-case paragraphs. */
function lowercaseWordsOf(paragraphs: readonly Segment[]): Set<string> {
  const words = new Set<string>();
  for (const paragraph of paragraphs) {
    if (paragraph.isAllCaps) continue;
    for (const token of paragraph.tokens) if (token.isWord && !token.isCapitalized) words.add(token.norm);
  }
  return words;
}

function leadOf(paragraphs: readonly Segment[]): string | null {
  const first = paragraphs.find((paragraph) => paragraph.tokens.length > 0);
  if (first === undefined) return null;
  const end = (first.sentenceStarts[1] ?? first.tokens.length) - 1;
  return first.text.slice(first.tokens[0]!.start, first.tokens[end]!.end);
}
