import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EnrichmentInput } from '../../lambda/enrichment/types';
import { seedArticle } from './seedArticle';
import { SEED_EXPECTATION } from './seedExpectation';
import type { ArticleLabels } from './types';

const FIXTURES = fileURLToPath(new URL('../fixtures/enrichment/', import.meta.url));

/** An article with the quotes and entity names a reader labelled in it. */
export interface LabelledArticle {
  name: string;
  /** Labelled without ever running enrichment on it, and not tuned against afterwards. */
  heldOut: boolean;
  /** The kind of story (`court`, `foreign (UK)`, …), in the pinned and development sets. */
  kind?: string;
  /** Which error classes the article exercises. */
  covers?: string;
  input: EnrichmentInput;
  expected: ArticleLabels;
}

/**
 * The labelled fixtures of test/fixtures/enrichment (its top folder: the own-keys articles written with the
 * code), then the seed article, in a stable order. The pinned and development sets are `labelledSet`'s.
 */
export function labelledArticles(): LabelledArticle[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as Omit<LabelledArticle, 'heldOut'> & {
        heldOut?: boolean;
      };
      return { ...parsed, heldOut: parsed.heldOut === true };
    });
  const names = (list: { name: string }[]) => list.map((entity) => entity.name);
  const seed: LabelledArticle = {
    name: 'seed-000',
    heldOut: false,
    input: seedArticle(),
    expected: {
      quotes: SEED_EXPECTATION.quotes,
      entities: {
        people: names(SEED_EXPECTATION.entities.people),
        organizations: names(SEED_EXPECTATION.entities.organizations),
        places: names(SEED_EXPECTATION.entities.places),
      },
    },
  };
  return [...fixtures, seed];
}
