/**
 * Child process of the container bench: parses the DOCX at argv[2] (enrichment on, as ingest does) and
 * prints JSON with its document count and the process's peak RSS, so the figure is this parse's alone.
 */
import { readFileSync } from 'node:fs';
import { parseDocuments } from '../../lambda/parser/parseDocuments';

const bytes = readFileSync(process.argv[2]!);
const before = process.resourceUsage().maxRSS;
let documents = 0;
for await (const event of parseDocuments(bytes)) if (event.kind === 'article') documents++;
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    documents,
    peakRssMb: Math.round(usage.maxRSS / 1024),
    rssBeforeParseMb: Math.round(before / 1024),
  }),
);
