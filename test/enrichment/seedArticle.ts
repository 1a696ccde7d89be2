import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EnrichmentInput } from '../../lambda/enrichment/types';

const SEED = fileURLToPath(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));

/**
 * The seed article as the parser hands it to enrichment, split here so that enrichment's tests do not depend
 * on the parser: the body is the lines between the byline and the footer, the dateline cut from the first.
 */
export function seedArticle(): EnrichmentInput {
  const lines = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const bylineAt = lines.findIndex((line) => line.startsWith('- BY '));
  const footerAt = lines.indexOf('Newspapers in English');
  const body = lines.slice(bylineAt + 1, footerAt);
  const [first = '', ...rest] = body;
  return {
    headline: lines[1] ?? null,
    byline: lines[bylineAt]!.slice(2),
    authors: ['Robert Burns', 'Lolita C. Baldor'],
    dateline: 'WASHINGTON',
    paragraphs: [first.replace(/^WASHINGTON — /u, ''), ...rest],
    indexTerms: { subject: [], organization: [], person: [], geographic: [] },
  };
}
