/**
 * Child process of {@link measurePeakRss}: reads one file, parses it with `parseDocuments` as ingest
 * does (each article handled, then let go), and prints its peak RSS as one line of JSON. Run alone:
 * `node --max-old-space-size=922 --max-semi-space-size=51 --import tsx bench/support/peakRssChild.ts FILE`.
 */
import { readFileSync } from 'node:fs';
import { parseDocuments } from '../../lambda/parser/parseDocuments';

const MB = 1024 * 1024;
const bytes = readFileSync(process.argv[2]!);
// The high-water mark so far: Node, tsx and the file itself, before any parsing.
const beforeKb = process.resourceUsage().maxRSS;
let articles = 0;
let rejection: string | null = null;
for await (const event of parseDocuments(bytes)) {
  if (event.kind === 'article') articles++;
  else if (event.kind === 'rejected') rejection = event.rejection.code;
}
const peakKb = process.resourceUsage().maxRSS;
console.log(
  JSON.stringify({ beforeMb: (beforeKb * 1024) / MB, peakMb: (peakKb * 1024) / MB, articles, rejection }),
);
