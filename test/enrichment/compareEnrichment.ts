import { canonicalEntityName } from '../../lambda/enrichment/canonicalEntityName';
import type { Enrichment } from '../../lambda/parser/types';
import type { ArticleComparison, ArticleLabels, EntityLabel, MatchCounts, ScoredKind } from './types';

const KINDS: readonly ScoredKind[] = ['people', 'organizations', 'places'];

/**
 * A name as compared: case, periods, a leading `the`, apostrophe shapes and spacing do not count
 * (`U.S. Department of Justice` = `US Department of Justice`, `The Guardian` = `Guardian`).
 */
function normalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/\./gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** Quoted words as compared: quote and apostrophe shapes, spacing and end punctuation do not count. */
function normalQuote(text: string): string {
  return text
    .replace(/[’‘]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s,.;:!?]+$/u, '');
}

const namesOf = (label: EntityLabel): string[] =>
  typeof label === 'string' ? [label] : [label.name, ...label.aliases];
const canonicalOf = (label: EntityLabel): string => (typeof label === 'string' ? label : label.name);

/**
 * Compares one article's enrichment with its labels. An extracted entity is right when its name is a label's
 * canonical name or alias, or the gazetteer's name for one of them (`canonicalEntityName`), in the same kind; a second one matching the same label is a duplicate, wrong.
 * A labelled quote is found when a quote enrichment found starts with its words (each found quote used
 * once); its speaker is right when it names the labelled speaker (canonical name or alias) or is one of
 * `speakerAlso`, or both are null. A labelled quote not found has a wrong speaker.
 *
 * @example
 * compareEnrichment('a', labels, enrichArticle(input)).entities.people.matched; // e.g. 3
 */
export function compareEnrichment(
  article: string,
  labels: ArticleLabels,
  result: Pick<Enrichment, 'entities' | 'quotes'>,
): ArticleComparison {
  const misses: ArticleComparison['misses'] = {
    article,
    falsePositives: [],
    falseNegatives: [],
    wrongSpeakers: [],
    extraQuotes: [],
  };
  const entities = {} as Record<ScoredKind, MatchCounts>;
  // Any kind's aliases name a speaker: organizations speak too (`the company said`).
  const aliasesOfCanonical = new Map<string, Set<string>>();
  for (const kind of KINDS) {
    const labelOf = new Map<string, number>();
    for (const [index, label] of labels.entities[kind].entries()) {
      // Enrichment names a gazetteer entity by the gazetteer's canonical name (`FBI` → Federal Bureau of
      // Investigation), so that one entity has one name across articles: that name is the label's too.
      const printed = namesOf(label);
      const names = [...printed, ...(kind === 'people' ? [] : printed.map(canonicalEntityName))].map(
        normalName,
      );
      aliasesOfCanonical.set(normalName(canonicalOf(label)), new Set(names));
      for (const name of names) labelOf.set(name, index);
    }
    const matchedLabels = new Set<number>();
    const found = result.entities[kind];
    for (const entity of found) {
      const index = labelOf.get(normalName(entity.name));
      if (index !== undefined && !matchedLabels.has(index)) matchedLabels.add(index);
      else misses.falsePositives.push(`${kind}: ${entity.name}${index === undefined ? '' : ' (duplicate)'}`);
    }
    for (const [index, label] of labels.entities[kind].entries())
      if (!matchedLabels.has(index)) misses.falseNegatives.push(`${kind}: ${canonicalOf(label)}`);
    entities[kind] = {
      extracted: found.length,
      labelled: labels.entities[kind].length,
      matched: matchedLabels.size,
    };
  }

  const foundQuotes = result.quotes.map((quote) => ({ quote, text: normalQuote(quote.text), used: false }));
  let matchedQuotes = 0;
  let rightSpeakers = 0;
  for (const label of labels.quotes) {
    const want = normalQuote(label.text);
    const found =
      foundQuotes.find((candidate) => !candidate.used && candidate.text === want) ??
      foundQuotes.find((candidate) => !candidate.used && candidate.text.startsWith(want));
    if (found === undefined) {
      misses.wrongSpeakers.push(`${label.text.slice(0, 40)}: not found`);
      continue;
    }
    found.used = true;
    matchedQuotes += 1;
    const speaker = found.quote.speaker;
    const accepted = new Set((label.speakerAlso ?? []).map(normalName));
    if (label.speaker !== null)
      for (const name of aliasesOfCanonical.get(normalName(label.speaker)) ?? [normalName(label.speaker)])
        accepted.add(name);
    const right = speaker === null ? label.speaker === null : accepted.has(normalName(speaker));
    if (right) rightSpeakers += 1;
    else misses.wrongSpeakers.push(`${label.text.slice(0, 40)}: ${String(speaker)}`);
  }
  for (const candidate of foundQuotes)
    if (!candidate.used) misses.extraQuotes.push(candidate.quote.text.slice(0, 40));

  return {
    entities,
    quotes: { extracted: result.quotes.length, labelled: labels.quotes.length, matched: matchedQuotes },
    rightSpeakers,
    misses,
  };
}
