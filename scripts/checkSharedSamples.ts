/**
 * Checks the parser on the development samples in ../shared/samples (real export layouts with invented
 * content, which the project must never copy): each sample's document count, as its README's table
 * states it, and the fields every document must have. Not part of `npm test`; skips cleanly when the
 * folder is absent (a clone elsewhere has none).
 *
 * Run: `npx tsx scripts/checkSharedSamples.ts` (or set SHARED_SAMPLES to the folder).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocuments } from '../lambda/parser/parseDocuments';
import type { ParsedArticle, ParseEvent } from '../lambda/parser/types';

/** The samples this script reads, and the fields each of its documents must have. */
const CHECKS: readonly { file: string; required: readonly (keyof ParsedArticle)[] }[] = [
  {
    file: 'lnt-sample-nexis-uni.DOCX',
    // The cover page's title list links every document: each gets its Nexis document id.
    required: [
      'headline',
      'publication',
      'publishedDate',
      'section',
      'statedWordCount',
      'byline',
      'sourceDocumentId',
    ],
  },
];

function samplesFolder(): string | null {
  const candidates = [process.env.SHARED_SAMPLES, '../shared/samples', '../../shared/samples'];
  for (const candidate of candidates) {
    if (candidate !== undefined && existsSync(join(candidate, 'README.md'))) return resolve(candidate);
  }
  return null;
}

/** `| `file` | from | layout | 10 |` → 10. */
function statedCount(readme: string, file: string): number | null {
  const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
  const count = row?.split('|').at(-2)?.trim();
  return count !== undefined && /^\d+$/.test(count) ? Number(count) : null;
}

async function main(): Promise<number> {
  const folder = samplesFolder();
  if (folder === null) {
    console.log('No shared samples folder (../shared/samples); nothing to check.');
    return 0;
  }
  const readme = readFileSync(join(folder, 'README.md'), 'utf8');
  let failures = 0;
  for (const check of CHECKS) {
    const path = join(folder, check.file);
    if (!existsSync(path)) {
      console.log(`${check.file}: absent, skipped`);
      continue;
    }
    const events: ParseEvent[] = [];
    for await (const event of parseDocuments(readFileSync(path))) events.push(event);
    const articles = events.flatMap((event) => (event.kind === 'article' ? [event.article] : []));
    const problems: string[] = [];
    const expected = statedCount(readme, check.file);
    if (expected === null) problems.push('the README states no document count');
    else if (articles.length !== expected)
      problems.push(`${articles.length} documents, the README says ${expected}`);
    for (const event of events)
      if (event.kind === 'rejected' || event.kind === 'member-rejected')
        problems.push(event.rejection.message);
    for (const article of articles) {
      const missing = check.required.filter(
        (field) => article[field] === null || article[field] === undefined,
      );
      if (missing.length > 0) problems.push(`document ${article.documentIndex} lacks ${missing.join(', ')}`);
      if (article.paragraphs.length === 0) problems.push(`document ${article.documentIndex} has no body`);
    }
    failures += problems.length;
    console.log(
      `${check.file}: ${articles.length} documents${problems.length === 0 ? ', all fields present' : ''}`,
    );
    for (const problem of problems) console.log(`  - ${problem}`);
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
