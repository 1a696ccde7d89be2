import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabelledArticle } from './labelledArticles';

const FIXTURES = fileURLToPath(new URL('../fixtures/enrichment/', import.meta.url));

/**
 * A labelled evaluation set: `pinned` (never tuned to, its hash pinned), `development` (tuned to) or
 * `development2` (a second development set, written later and scored before rules were tuned to it).
 */
export type LabelledSetName = 'pinned' | 'development' | 'development2';

/**
 * The labelled articles of test/fixtures/enrichment/<set>/, in file-name order. Their labels follow the
 * guidelines of test/fixtures/enrichment/pinned/README.md: entities with aliases, quotes by their words.
 *
 * @example
 * labelledSet('pinned').length; // 42
 */
export function labelledSet(set: LabelledSetName): LabelledArticle[] {
  const folder = `${FIXTURES}${set}/`;
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = JSON.parse(readFileSync(folder + file, 'utf8')) as Omit<LabelledArticle, 'heldOut'> & {
        heldOut?: boolean;
      };
      return { ...parsed, heldOut: parsed.heldOut === true };
    });
}
