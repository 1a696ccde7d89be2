import { decodeText } from '../lambda/parser/decodeText';
import { parseFile } from '../lambda/parser/parseFile';
import { generateCorpus } from './corpus/generateCorpus';
import { PATHOLOGICAL_INPUTS } from './corpus/pathologicalInputs';
import type { CorpusFile, CorpusFormat } from './corpus/types';
import type { BenchRow, BenchSuite } from './run';

const SEED = 42;
const CORPUS_BYTES = 10_500_000;
const RUNS = 5;
const MB = 1_000_000;

/** The fastest run: other processes only ever add time, so the minimum is the least disturbed figure. */
function best(values: readonly number[]): number {
  return Math.min(...values);
}

/** Milliseconds of each of `runs` runs of `work`. */
function time(runs: number, work: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

/** Parses every file and checks the article counts, so the figures never time a wrong parse. */
function parseAll(files: readonly CorpusFile[], enrich: boolean): number {
  let articles = 0;
  for (const file of files) {
    const result = parseFile(file.bytes, { enrich });
    if (!result.ok || result.articles.length !== file.articleCount) {
      throw new Error(
        `${file.name}: expected ${file.articleCount} articles, got ${JSON.stringify(result).slice(0, 200)}`,
      );
    }
    articles += result.articles.length;
  }
  return articles;
}

/** The floor any parser pays: decode the same bytes and split them into lines. */
function baseline(files: readonly CorpusFile[]): number {
  let lines = 0;
  for (const file of files) lines += decodeText(file.bytes).text.split(/\r\n|\n|\r/).length;
  return lines;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const bytesOf = (files: readonly CorpusFile[]) => files.reduce((sum, file) => sum + file.bytes.length, 0);

/** Time per MB at 8 MB divided by time per MB at 1 MB, best of several runs each (1.0 = linear). */
function linearity(generate: (bytes: number) => Uint8Array): { ratio: number; mbPerSecondAt8Mb: number } {
  const small = generate(MB);
  const large = generate(8 * MB);
  parseFile(small, { enrich: false });
  const smallMs = Math.min(...time(7, () => parseFile(small, { enrich: false })));
  const largeMs = Math.min(...time(3, () => parseFile(large, { enrich: false })));
  return { ratio: round(largeMs / 8 / smallMs), mbPerSecondAt8Mb: round(8 / (largeMs / 1000), 1) };
}

const parserBench: BenchSuite = {
  name: 'parser',
  description: `parseFile throughput on a generated ${CORPUS_BYTES / MB} MB corpus (seed ${SEED}), best of ${RUNS} runs; MB = 10^6 bytes`,
  async run() {
    const files = generateCorpus({ seed: SEED, targetBytes: CORPUS_BYTES });
    const totalBytes = bytesOf(files);
    const articles = parseAll(files, false); // warm-up, and the correctness check
    const parserMs = best(time(RUNS, () => parseAll(files, false)));
    const baselineMs = best(time(RUNS, () => baseline(files)));
    const enrichedMs = best(time(3, () => parseAll(files, true)));

    const byFormat: Partial<Record<CorpusFormat, number>> = {};
    for (const format of ['nexis', 'pressreader', 'plain'] as const) {
      const subset = files.filter((file) => file.format === format);
      const ms = best(time(RUNS, () => parseAll(subset, false)));
      byFormat[format] = round(bytesOf(subset) / MB / (ms / 1000), 1);
    }

    const linearityByInput: Record<string, number> = {};
    const pathologicalMbPerSecond: Record<string, number> = {};
    for (const input of PATHOLOGICAL_INPUTS) {
      const { ratio, mbPerSecondAt8Mb } = linearity(input.generate);
      linearityByInput[input.name] = ratio;
      pathologicalMbPerSecond[input.name] = mbPerSecondAt8Mb;
    }

    const figures = {
      mbPerSecond: round(totalBytes / MB / (parserMs / 1000), 1),
      articlesPerSecond: Math.round(articles / (parserMs / 1000)),
      baselineRatio: round(parserMs / baselineMs),
      mbPerSecondWithEnrichment: round(totalBytes / MB / (enrichedMs / 1000), 1),
      baselineMbPerSecond: round(totalBytes / MB / (baselineMs / 1000), 1),
      mbPerSecondByFormat: byFormat,
      linearity: linearityByInput,
      pathologicalMbPerSecondAt8Mb: pathologicalMbPerSecond,
      corpus: { seed: SEED, bytes: totalBytes, files: files.length, articles },
    };
    const rows: BenchRow[] = [
      { metric: 'mbPerSecond', value: String(figures.mbPerSecond), note: 'enrichment off' },
      { metric: 'articlesPerSecond', value: String(figures.articlesPerSecond) },
      {
        metric: 'baselineRatio',
        value: String(figures.baselineRatio),
        note: 'parse time / (decode + split lines) time',
      },
      { metric: 'baselineMbPerSecond', value: String(figures.baselineMbPerSecond) },
      { metric: 'mbPerSecondWithEnrichment', value: String(figures.mbPerSecondWithEnrichment) },
      ...Object.entries(byFormat).map(([format, value]) => ({
        metric: `mbPerSecond ${format}`,
        value: String(value),
      })),
      {
        metric: 'corpus',
        value: `${round(totalBytes / MB, 1)} MB`,
        note: `${files.length} files, ${articles} articles`,
      },
      ...PATHOLOGICAL_INPUTS.map((input) => ({
        metric: `linearity ${input.name}`,
        value: String(linearityByInput[input.name]),
        note: `${pathologicalMbPerSecond[input.name]} MB/s at 8 MB; ${input.description}`,
      })),
    ];
    return { figures, rows };
  },
};

export default parserBench;
