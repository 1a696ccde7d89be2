/**
 * A quick CPU-time figure for parseFile over the parser bench's corpus (seed 42, enrichment off),
 * fastest of N runs: for checking one change to the parser without running the whole bench suite.
 * With a second argument, a same-process A/B: the parser of another commit, unpacked inside this
 * checkout (`git archive COMMIT lambda schema lib | tar -x -C .ab-base`, so that its imports resolve),
 * runs alternately with this tree's, both meeting the same load. Never asserted anywhere: a figure to read.
 *
 * @example
 * ```sh
 * npx tsx scripts/parserCpuTime.ts 9             # this tree alone
 * npx tsx scripts/parserCpuTime.ts 9 .ab-base    # the unpacked commit against this tree
 * ```
 */
import { generateCorpus } from '../bench/corpus/generateCorpus';
import { parseFile } from '../lambda/parser/parseFile';

type ParseFile = typeof parseFile;

const runs = Number(process.argv[2] ?? 7);
const base = process.argv[3];
const files = generateCorpus({ seed: 42, targetBytes: 10_500_000 });
const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);

async function parseAll(parse: ParseFile): Promise<void> {
  for (const file of files) {
    const result = await parse(file.bytes, { enrich: false });
    if (!result.ok || result.articles.length !== file.articleCount)
      throw new Error(`${file.name}: wrong parse`);
  }
}

async function cpuMs(parse: ParseFile): Promise<number> {
  const start = process.cpuUsage();
  await parseAll(parse);
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1000;
}

const figure = (name: string, ms: number) =>
  `${name}: fastest of ${runs} ${ms.toFixed(1)} ms CPU, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;

const parsers: [string, ParseFile][] = [['this tree', parseFile]];
if (base !== undefined) {
  const module = (await import(`../${base}/lambda/parser/parseFile.ts`)) as { parseFile: ParseFile };
  parsers.unshift([base, module.parseFile]);
}
const best = parsers.map(() => Number.POSITIVE_INFINITY);
for (const [, parse] of parsers) await parseAll(parse); // warm-up, and the correctness check
for (let run = 0; run < runs; run++) {
  // Alternated, and each first in turn, so that neither always meets a collection the other left.
  for (let k = 0; k < parsers.length; k++) {
    const i = (k + run) % parsers.length;
    best[i] = Math.min(best[i]!, await cpuMs(parsers[i]![1]));
  }
}
console.log(`${files.length} files, ${(bytes / 1e6).toFixed(2)} MB`);
for (const [i, [name]] of parsers.entries()) console.log(figure(name, best[i]!));
if (base !== undefined) console.log(`gain ${((1 - best[1]! / best[0]!) * 100).toFixed(1)} %`);
