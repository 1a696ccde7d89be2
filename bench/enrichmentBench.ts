/**
 * Enrichment's quality on the pinned evaluation set (test/fixtures/enrichment/pinned: labelled before any rule
 * change, never tuned to), on the development sets (…/development, …/development2) apart, and on the older own-keys articles
 * of test/fixtures/enrichment (and the seed), written with the code; and its cost:
 * parse throughput with enrichment ÷ without on the parser's generated corpus, and the ingest function's
 * bundle (minified, gzip) with enrichment ÷ with enrichment stubbed out.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import type { parseFile } from '../lambda/parser/parseFile';
import { labelledArticles } from '../test/enrichment/labelledArticles';
import { type LabelledSetName, labelledSet } from '../test/enrichment/labelledSet';
import { type EnrichmentScore, scoreEnrichment } from '../test/enrichment/scoreEnrichment';
import type { KindScore } from '../test/enrichment/types';
import { generateCorpus } from './corpus/generateCorpus';
import type { CorpusFile } from './corpus/types';
import type { BenchRow, BenchSuite } from './run';

const CORPUS_SEED = 7;
const CORPUS_BYTES = 3_000_000;
const ROUNDS = 7;
const MB = 1_000_000;
const INGEST_HANDLER = fileURLToPath(new URL('../lambda/ingest/handler.ts', import.meta.url));
const PARSER = fileURLToPath(new URL('../lambda/parser/parseFile.ts', import.meta.url));

const round = (value: number, digits = 3) => Number(value.toFixed(digits));
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type ParseFile = typeof parseFile;

/**
 * The parser as the function runs it: bundled and minified by esbuild, loaded from a temporary file.
 * Timing the tsx-transpiled sources instead would add tsx's per-closure and per-import costs, which fall
 * harder on enrichment's many small functions than on the parser.
 */
async function loadBundledParser(): Promise<ParseFile> {
  const result = await build({
    entryPoints: [PARSER],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const directory = await mkdtemp(join(tmpdir(), 'enrichment-bench-'));
  const file = join(directory, 'parseFile.mjs');
  try {
    await writeFile(file, result.outputFiles[0]!.contents);
    return ((await import(pathToFileURL(file).href)) as { parseFile: ParseFile }).parseFile;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function parseAll(parse: ParseFile, files: readonly CorpusFile[], enrich: boolean): Promise<number> {
  let articles = 0;
  for (const file of files) {
    const result = await parse(file.bytes, { enrich });
    if (!result.ok || result.articles.length !== file.articleCount)
      throw new Error(`${file.name}: wrong parse`);
    articles += result.articles.length;
  }
  return articles;
}

/** Milliseconds of CPU time (user and system) the process spent on `work`: other processes do not count. */
function cpuMilliseconds(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** {@link cpuMilliseconds} of asynchronous work, such as the parser's. */
async function cpuMillisecondsOf(work: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Median CPU times of parsing the corpus without and with enrichment, the two interleaved round by round:
 * CPU time rather than wall-clock time, so that a machine busy with other work (tests, other benchmarks)
 * does not bend the ratio.
 */
async function measureThroughput(parse: ParseFile, files: readonly CorpusFile[]) {
  await parseAll(parse, files, false);
  await parseAll(parse, files, true);
  const without: number[] = [];
  const withEnrichment: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    without.push(await cpuMillisecondsOf(() => parseAll(parse, files, false)));
    withEnrichment.push(await cpuMillisecondsOf(() => parseAll(parse, files, true)));
  }
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const withoutMs = median(without);
  const withMs = median(withEnrichment);
  return {
    bytes,
    articles: await parseAll(parse, files, false),
    mbPerSecondWithout: round(bytes / MB / (withoutMs / 1000), 2),
    mbPerSecondWith: round(bytes / MB / (withMs / 1000), 2),
    enrichmentMbPerSecond: round(bytes / MB / (Math.max(withMs - withoutMs, 0.001) / 1000), 2),
    throughputRatio: round(withoutMs / withMs),
  };
}

/** Replaces enrichment with a function returning empty values: the bundle as if enrichment did not exist. */
const stubEnrichment: Plugin = {
  name: 'stub-enrichment',
  setup(builder) {
    builder.onResolve({ filter: /enrichment\/enrichArticle$/ }, () => ({
      path: 'enrichArticle',
      namespace: 'stub',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      loader: 'ts',
      contents: `export function enrichArticle() {
        return { quotes: [], entities: { people: [], organizations: [], places: [] }, lead: null, sentenceCount: 0, readingTimeMinutes: 0 };
      }`,
    }));
  },
};

/** Minified, gzip-compressed bytes of an entry bundled the way the stack bundles the function (SDK external). */
async function gzipBytes(entry: string, plugins: Plugin[]): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['@aws-sdk/*'],
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

async function measureBundles() {
  const functionWith = await gzipBytes(INGEST_HANDLER, []);
  const functionWithout = await gzipBytes(INGEST_HANDLER, [stubEnrichment]);
  const parserWith = await gzipBytes(PARSER, []);
  const parserWithout = await gzipBytes(PARSER, [stubEnrichment]);
  return {
    bundleRatio: round(functionWith / functionWithout),
    functionGzipBytes: { withEnrichment: functionWith, withoutEnrichment: functionWithout },
    parserBundleRatio: round(parserWith / parserWithout),
    parserGzipBytes: { withEnrichment: parserWith, withoutEnrichment: parserWithout },
    enrichmentGzipBytes: functionWith - functionWithout,
  };
}

const NO_INDEX_TERMS = { subject: [], organization: [], person: [], geographic: [] };

/** Inputs built to find quadratic corners: each is made at `units` size, so time per unit should stay flat. */
const PATHOLOGICAL: Record<string, (units: number) => string[]> = {
  capitalizedRun: (units) => [Array.from({ length: units }, (_, i) => `Word${i % 50}x`).join(' ')],
  quotesInOneSentence: (units) => [Array.from({ length: units }, () => 'a “yes” and').join(' ')],
  sharedSurnames: (units) =>
    Array.from({ length: units }, (_, i) => `Ann${i} Smith met Smith. “Hi,” Smith said.`),
  // Ten words a unit: one word a unit is too quick to time.
  titleRun: (units) => [`${Array.from({ length: units * 10 }, () => 'Army').join(' ')} Gen. Ann Smith`],
  peopleBetweenQuotes: (units) => [
    '“A,” Ann Smith said.',
    Array.from({ length: units }, (_, i) => `Bob${i} Jones${i} came.`).join(' '),
    '“B.”',
  ],
  manyQuotesManyPeople: (units) => Array.from({ length: units }, (_, i) => `“Hi,” said Ann Lee${i}. “Yes.”`),
  theTitleSaid: (units) =>
    Array.from({ length: units }, (_, i) => `Mayor Ann Lee${i} spoke. “Hi,” the governor said.`),
};

/** CPU time per unit at 16,000 units ÷ at 2,000, best of a few runs each: 1.0 is linear, 8 would be quadratic. */
async function measureLinearity(): Promise<Record<string, number>> {
  const { enrichArticle } = await import('../lambda/enrichment/enrichArticle');
  const article = (paragraphs: string[]) => ({
    headline: null,
    byline: null,
    authors: [],
    dateline: null,
    paragraphs,
    indexTerms: NO_INDEX_TERMS,
  });
  const ratios: Record<string, number> = {};
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const small = article(make(2_000));
    const large = article(make(16_000));
    enrichArticle(small);
    const smallMs = Math.min(...[1, 2, 3, 4, 5].map(() => cpuMilliseconds(() => enrichArticle(small))));
    const largeMs = Math.min(...[1, 2, 3].map(() => cpuMilliseconds(() => enrichArticle(large))));
    ratios[name] = round(largeMs / 8 / smallMs, 2);
  }
  return ratios;
}

function quality(score: EnrichmentScore) {
  return {
    entityPrecision: round(score.entityPrecision),
    entityRecall: round(score.entityRecall),
    speakerAccuracy: round(score.speakerAccuracy),
  };
}

const prf = (score: KindScore) => ({
  precision: round(score.precision),
  recall: round(score.recall),
  f1: round(score.f1),
  extracted: score.extracted,
  labelled: score.labelled,
  matched: score.matched,
});

/**
 * A labelled set's figures: what it holds (articles by kind, labels by kind) and how enrichment scores on it.
 * The pinned set's misses are left out on purpose: reading them is how rules get tuned to it.
 */
function setFigures(set: LabelledSetName) {
  const articles = labelledSet(set);
  const score = scoreEnrichment(articles);
  const kinds: Record<string, number> = {};
  for (const article of articles)
    kinds[article.kind ?? 'unknown'] = (kinds[article.kind ?? 'unknown'] ?? 0) + 1;
  return {
    articles: articles.length,
    kinds,
    people: prf(score.kinds.people),
    organizations: prf(score.kinds.organizations),
    places: prf(score.kinds.places),
    micro: prf(score.micro),
    speakerAccuracy: round(score.speakerAccuracy),
    quotes: prf(score.quotes),
    ...(set === 'pinned' ? {} : { misses: score.misses }),
  };
}

const enrichmentBench: BenchSuite = {
  name: 'enrichment',
  description: `quality on the pinned and development sets (and the older own-keys articles); cost as parse throughput and function bundle with ÷ without enrichment (corpus ${CORPUS_BYTES / MB} MB, seed ${CORPUS_SEED}, median CPU time of ${ROUNDS} interleaved rounds of the bundled parser)`,
  async run() {
    const articles = labelledArticles();
    const developed = articles.filter((article) => !article.heldOut);
    const heldOut = articles.filter((article) => article.heldOut);
    const overall = scoreEnrichment(articles);
    const pinned = setFigures('pinned');
    const development = setFigures('development');
    const development2 = setFigures('development2');
    const corpus = generateCorpus({ seed: CORPUS_SEED, targetBytes: CORPUS_BYTES });
    const throughput = await measureThroughput(await loadBundledParser(), corpus);
    const bundles = await measureBundles();
    const linearity = await measureLinearity();
    const figures = {
      pinned,
      development,
      development2,
      // The older own-keys figures: articles written alongside the code (test/fixtures/enrichment, the seed).
      ...quality(overall),
      throughputRatio: throughput.throughputRatio,
      bundleRatio: bundles.bundleRatio,
      labelledArticles: { all: articles.length, developed: developed.length, heldOut: heldOut.length },
      developed: quality(scoreEnrichment(developed)),
      heldOut: quality(scoreEnrichment(heldOut)),
      misses: overall.misses,
      throughput,
      bundles,
      linearity,
    };
    const prfText = (score: { precision: number; recall: number; f1: number }) =>
      `${score.precision} / ${score.recall} / ${score.f1}`;
    const setRows = (name: string, set: typeof pinned, note: string): BenchRow[] => [
      { metric: `${name}.micro P / R / F1`, value: prfText(set.micro), note },
      { metric: `${name}.people P / R / F1`, value: prfText(set.people) },
      { metric: `${name}.organizations P / R / F1`, value: prfText(set.organizations) },
      { metric: `${name}.places P / R / F1`, value: prfText(set.places) },
      {
        metric: `${name}.speakerAccuracy`,
        value: String(set.speakerAccuracy),
        note: `${set.quotes.labelled} labelled quotes; quote precision ${set.quotes.precision}`,
      },
    ];
    const rows: BenchRow[] = [
      ...setRows(
        'pinned',
        pinned,
        `${pinned.articles} articles labelled before any rule change; targets F1 ≥ 0.90, organization recall ≥ 0.85, speakers ≥ 0.90`,
      ),
      ...setRows('development', development, `${development.articles} articles rules may be tuned to`),
      ...setRows(
        'development2',
        development2,
        `${development2.articles} more articles rules may be tuned to (written after the first rules)`,
      ),
      {
        metric: 'own keys P / R / speakers',
        value: `${figures.entityPrecision} / ${figures.entityRecall} / ${figures.speakerAccuracy}`,
        note: `older: ${articles.length} articles written alongside the code (test/fixtures/enrichment, the seed)`,
      },
      {
        metric: 'own keys heldOut P / R / speakers',
        value: `${figures.heldOut.entityPrecision} / ${figures.heldOut.entityRecall} / ${figures.heldOut.speakerAccuracy}`,
        note: `${heldOut.length} articles labelled before enrichment ran on them`,
      },
      {
        metric: 'throughputRatio',
        value: String(figures.throughputRatio),
        note: `${throughput.mbPerSecondWith} MB/s with ÷ ${throughput.mbPerSecondWithout} MB/s without`,
      },
      {
        metric: 'enrichmentMbPerSecond',
        value: String(throughput.enrichmentMbPerSecond),
        note: 'enrichment alone',
      },
      {
        metric: 'bundleRatio',
        value: String(figures.bundleRatio),
        note: `ingest function gzip ${bundles.functionGzipBytes.withEnrichment} ÷ ${bundles.functionGzipBytes.withoutEnrichment} bytes`,
      },
      { metric: 'enrichmentGzipBytes', value: String(bundles.enrichmentGzipBytes) },
      {
        metric: 'worst linearity',
        value: String(Math.max(...Object.values(linearity))),
        note: 'time per unit at 8× size ÷ at 1× over pathological inputs (1 = linear)',
      },
    ];
    return { figures, rows };
  },
};

export default enrichmentBench;
