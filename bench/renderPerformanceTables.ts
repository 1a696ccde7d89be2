/**
 * Renders the tables of docs/performance.md from bench/results/latest.json, so the published figures are
 * the measured ones: `npx tsx bench/renderPerformanceTables.ts` prints them; with `--write` it replaces
 * the block between `<!-- bench:tables:begin -->` and `<!-- bench:tables:end -->` in docs/performance.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RESULTS = fileURLToPath(new URL('./results/latest.json', import.meta.url));
const DOC = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
const README = fileURLToPath(new URL('../README.md', import.meta.url));
const BEGIN = '<!-- bench:tables:begin -->';
const END = '<!-- bench:tables:end -->';
const SUMMARY_BEGIN = '<!-- bench:summary:begin -->';
const SUMMARY_END = '<!-- bench:summary:end -->';

type Figures = Record<string, unknown>;

/** Reads a dotted path (`cost.byWorkload.oneArticleFiles.totalUsd`) from the results. */
function at(results: Figures, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Figures | undefined)?.[key], results);
}

const number = (value: unknown, digits = 2) =>
  typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: digits }) : 'n/a';
const usd = (value: unknown) => (typeof value === 'number' ? `$${value.toFixed(2)}` : 'n/a');
const percent = (value: unknown) =>
  typeof value === 'number'
    ? `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`
    : 'n/a';

/** The input with the highest peak RSS at 24 MB, from `parser.peakRssMb` (`{ input: { '24': MiB } }`). */
function worstPeakRss(value: unknown): [string, number] | null {
  if (typeof value !== 'object' || value === null) return null;
  const at24 = Object.entries(value as Record<string, Record<string, number>>).map(
    ([name, bySize]) => [name, bySize['24'] ?? 0] as [string, number],
  );
  return at24.sort((x, y) => y[1] - x[1])[0] ?? null;
}

interface Target {
  key: string;
  label: string;
  format: (value: unknown) => string;
  target?: { text: string; met: (value: number) => boolean };
  /** The number the target is judged on, for a figure that is not one. */
  measure?: (value: unknown) => number | null;
  note?: (results: Figures) => string;
}

const TARGETS: Target[] = [
  {
    key: 'parser.mbPerSecond',
    label: 'parser throughput, enrichment off',
    format: (value) => `${number(value, 1)} MB/s`,
    target: { text: '≥ 50 MB/s', met: (value) => value >= 50 },
    note: (r) =>
      `${number(at(r, 'parser.corpus.bytes'), 0)} B corpus; decode + split lines alone ${number(at(r, 'parser.baselineMbPerSecond'), 1)} MB/s; with enrichment ${number(at(r, 'parser.mbPerSecondWithEnrichment'), 1)} MB/s`,
  },
  {
    key: 'parser.articlesPerSecond',
    label: 'parser articles per second',
    format: (value) => number(value, 0),
  },
  {
    key: 'parser.baselineRatio',
    label: 'parser time ÷ decode-and-split time',
    format: (value) => number(value),
  },
  {
    key: 'parser.linearity',
    label: 'parser linearity, worst input (time/MB at 8 MB ÷ at 1 MB)',
    format: (value) =>
      typeof value === 'object' && value !== null
        ? number(Math.max(...Object.values(value as Record<string, number>)))
        : 'n/a',
    note: (r) => {
      const linearity = at(r, 'parser.linearity') as Record<string, number> | undefined;
      if (linearity === undefined) return '';
      const [worst] = Object.entries(linearity).sort((a, b) => b[1] - a[1]);
      return worst === undefined ? '' : `${worst[0]}; ${Object.keys(linearity).length} pathological inputs`;
    },
  },
  {
    key: 'parser.peakRssMb',
    label: 'parser peak RSS, worst 24 MB input (child with Lambda 1,024 MB heap flags)',
    format: (value) => {
      const worst = worstPeakRss(value);
      return worst === null ? 'n/a' : `${number(worst[1], 0)} MiB`;
    },
    target: { text: '< 512 MiB', met: (value) => value < 512 },
    measure: (value) => worstPeakRss(value)?.[1] ?? null,
    note: (r) => {
      const worst = worstPeakRss(at(r, 'parser.peakRssMb'));
      const perMb = at(r, `parser.peakRssMbPerInputMb.${worst?.[0]}.24`);
      return worst === null
        ? ''
        : `${worst[0]}; ${number(perMb, 1)} MiB per input MB over the RSS before parsing`;
    },
  },
  {
    key: 'bundle.bytes',
    label: 'ingest bundle (index.js)',
    format: (value) => `${number(Number(value) / 1024, 1)} KB`,
  },
  {
    key: 'bundle.gzipBytes',
    label: 'ingest bundle gzip',
    format: (value) => `${number(Number(value) / 1024, 1)} KB`,
    note: (r) =>
      `SDK ${String(at(r, 'bundle.defaultPlacement')) === 'sdkExternal' ? 'left to the runtime' : 'bundled'}`,
  },
  {
    key: 'coldStart.initMs',
    label: 'cold start: load bundle + build clients',
    format: (value) => `${number(value, 1)} ms`,
    note: (r) => `empty script ${number(at(r, 'coldStart.emptyMs'), 1)} ms`,
  },
  {
    key: 'coldStart.initRatio',
    label: 'cold start ÷ empty Node.js script',
    format: (value) => number(value),
    target: { text: '< 3', met: (value) => value < 3 },
  },
  {
    key: 'e2e.articlesPerSecond',
    label: 'end to end, articles per second',
    format: (value) => number(value, 0),
    note: (r) =>
      `${number(at(r, 'e2e.articles'), 0)} articles, ${number(at(r, 'e2e.objects.total'), 0)} objects`,
  },
  {
    key: 'e2e.storeRatio',
    label: 'pipeline time ÷ store module alone',
    format: (value) => number(value),
    target: { text: '< 2', met: (value) => value < 2 },
  },
  {
    key: 'e2e.bareWriteRatio',
    label: 'pipeline time ÷ plain BatchWriteItem',
    format: (value) => number(value),
  },
  {
    key: 'e2e.peakRssMb',
    label: 'pipeline process peak RSS',
    format: (value) => `${number(value, 0)} MB`,
    note: (r) => `DynamoDB Local's JVM ${number(at(r, 'e2e.dynamoDbLocalPeakRssMb'), 0)} MB`,
  },
  {
    key: 'browse.overview.median.fullMs',
    label: 'record browser overview, whole page',
    format: (value) => `${number(value, 0)} ms`,
    target: { text: '< 1 s', met: (value) => value < 1_000 },
    note: (r) =>
      `${number(at(r, 'browse.articles'), 0)} articles, ${number(at(r, 'browse.sources'), 0)} keys; reads ${number(at(r, 'browse.overview.reads.dynamoItems'), 0)} items in ${number(at(r, 'browse.overview.reads.dynamoRequests'), 0)} requests (the table holds ${number(at(r, 'browse.aggregateItems'), 0)} counter items); first load ${number(at(r, 'browse.overview.firstLoad.fullMs'), 0)} ms; table filled in ${number(Number(at(r, 'browse.fill.ms')) / 1000, 0)} s`,
  },
  {
    key: 'browse.overview.firstLoad.fullMs',
    label: 'record browser overview, first load',
    format: (value) => `${number(value, 0)} ms`,
    target: { text: '< 1 s', met: (value) => value < 1_000 },
    note: (r) =>
      `nothing cached: the median above is of reloads within 30 s, which reuse the sample and chart (${number(at(r, 'browse.overview.reloadReads.dynamoItems'), 0)} items in ${number(at(r, 'browse.overview.reloadReads.dynamoRequests'), 0)} requests); load average ${number(at(r, 'browse.overview.loadAverage1m.before'), 1)}`,
  },
  {
    key: 'browse.sourcesLaterPage.median.fullMs',
    label: 'record browser sources page, deep in 10,000 keys',
    format: (value) => `${number(value, 0)} ms`,
    note: (r) =>
      `page ${number(at(r, 'browse.sourcesLaterPage.page'), 0)} of ${number(at(r, 'browse.pageSize'), 0)} keys: reads ${number(at(r, 'browse.sourcesLaterPage.reads.dynamoItems'), 0)} items and lists ${number(at(r, 'browse.sourcesLaterPage.reads.s3Keys'), 0)} keys; page 1 ${number(at(r, 'browse.sourcesFirstPage.median.fullMs'), 0)} ms`,
  },
  {
    key: 'cost.usdPerMillionArticles',
    label: 'cost per million 4 KB articles, one-article files',
    format: usd,
    target: { text: '< $5', met: (value) => value < 5 },
  },
  {
    key: 'cost.usdPerMillionArticlesExports',
    label: 'cost per million 4 KB articles, 100-document exports',
    format: usd,
    target: { text: '< $5', met: (value) => value < 5 },
  },
];

function resultsTable(results: Figures): string {
  const lines = ['| figure | key | value | target | notes |', '|---|---|---:|---|---|'];
  for (const row of TARGETS) {
    const value = at(results, row.key);
    const measured = row.measure === undefined ? value : row.measure(value);
    const met =
      row.target === undefined || typeof measured !== 'number'
        ? ''
        : `${row.target.text} ${row.target.met(measured) ? '**met**' : '**not met**'}`;
    lines.push(
      `| ${row.label} | \`${row.key}\` | ${row.format(value)} | ${met} | ${row.note?.(results) ?? ''} |`,
    );
  }
  return lines.join('\n');
}

const SERVICES: [string, string][] = [
  ['dynamodbWrites', 'DynamoDB writes'],
  ['dynamodbReads', 'DynamoDB reads'],
  ['lambdaDuration', 'Lambda duration (arm64)'],
  ['lambdaRequests', 'Lambda requests'],
  ['sqs', 'SQS requests'],
  ['s3', 'S3 GET'],
  ['cloudwatchLogs', 'CloudWatch Logs ingestion'],
  ['xray', 'X-Ray traces'],
];

function costTable(results: Figures): string {
  const files = 'cost.byWorkload.oneArticleFiles';
  const exports = 'cost.byWorkload.hundredDocumentExports';
  const lines = [
    '| service | one-article files | 100-document exports | what is measured |',
    '|---|---:|---:|---|',
  ];
  const usage = (workload: string, name: string, digits = 3) =>
    number(at(results, `${workload}.usagePerArticle.${name}`), digits);
  const measured: Record<string, string> = {
    dynamodbWrites: `${usage(files, 'dynamoWriteUnits')} / ${usage(exports, 'dynamoWriteUnits')} write units per article`,
    dynamodbReads: `${usage(files, 'dynamoReadUnits')} / ${usage(exports, 'dynamoReadUnits')} read units per article`,
    lambdaDuration: `${number(at(results, `${files}.duration.billedMsPerArticle`))} / ${number(at(results, `${exports}.duration.billedMsPerArticle`))} billed ms per article at ${number(at(results, 'cost.model.memorySizeMb'), 0)} MB`,
    lambdaRequests: `${usage(files, 'lambdaInvocations')} / ${usage(exports, 'lambdaInvocations')} invocations per article`,
    sqs: `${usage(files, 'sqsRequests')} / ${usage(exports, 'sqsRequests')} requests per article`,
    s3: `${usage(files, 's3GetRequests')} / ${usage(exports, 's3GetRequests')} GETs per article`,
    cloudwatchLogs: `${usage(files, 'logBytes', 0)} / ${usage(exports, 'logBytes', 0)} bytes per article`,
    xray: `${usage(files, 'xrayTraces', 4)} / ${usage(exports, 'xrayTraces', 4)} traces per article: default sampling records ${percent(at(results, `${files}.xray.tracedFraction`))} / ${percent(at(results, `${exports}.xray.tracedFraction`))} of invocations during a backlog (every one: ${usage(files, 'lambdaInvocations')} / ${usage(exports, 'lambdaInvocations')})`,
  };
  for (const [key, label] of SERVICES) {
    lines.push(
      `| ${label} | ${usd(at(results, `${files}.byService.${key}`))} | ${usd(at(results, `${exports}.byService.${key}`))} | ${measured[key]} |`,
    );
  }
  lines.push(
    `| **total** | **${usd(at(results, `${files}.totalUsd`))}** | **${usd(at(results, `${exports}.totalUsd`))}** | |`,
    `| storage, per month kept (not in the total) | ${usd(at(results, `${files}.storageUsdPerMonth`))} | ${usd(at(results, `${exports}.storageUsdPerMonth`))} | ${usage(files, 'storedBytes', 0)} / ${usage(exports, 'storedBytes', 0)} bytes per article |`,
  );
  const seed = seedArticleLine(results);
  if (seed !== null) lines.push('', seed);
  return lines.join('\n');
}

/** What the real seed story costs: the generated workload has fewer entities than a news story. */
function seedArticleLine(results: Figures): string | null {
  const seed = 'cost.seedArticle';
  const total = at(results, `${seed}.totalUsd`);
  if (typeof total !== 'number') return null;
  const units = (type: string) =>
    Number(at(results, `${seed}.writeUnits.byItemType.${type}.tableUnits`) ?? 0);
  const entityUsd = units('INDEX ENTITY') * Number(at(results, 'cost.model.prices.dynamoWriteUnit')) * 1e6;
  return (
    `The generated articles are word salad with ${number(at(results, 'cost.byWorkload.oneArticleFiles.writeUnits.byItemType.INDEX ENTITY.items'))} extracted entities each; ` +
    `a real story has more. The seed article (${number(at(results, `${seed}.bytes`), 0)} bytes, ${number(units('INDEX AUTHOR'), 0)} authors, ${number(units('INDEX ENTITY'), 0)} entities), ` +
    `uploaded as one-article files, measured: **${usd(total)} per million**, ${number(at(results, `${seed}.writeUnits.reportedPerArticle`))} write units an article, ` +
    `${usd(entityUsd)} of it entity rows (${usd(total - entityUsd)} with \`indexEntities: false\`).`
  );
}

function writeUnitsTable(results: Figures): string {
  const lines = [
    '| item | per article (files) | table units | index units | per article (exports) | table units | index units |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const files = at(results, 'cost.byWorkload.oneArticleFiles.writeUnits.byItemType') as
    | Record<string, Figures>
    | undefined;
  const exports = at(results, 'cost.byWorkload.hundredDocumentExports.writeUnits.byItemType') as
    | Record<string, Figures>
    | undefined;
  for (const type of Object.keys(files ?? {})) {
    const f = files?.[type];
    const e = exports?.[type];
    lines.push(
      `| ${type} | ${number(f?.items)} | ${number(f?.tableUnits)} | ${number(f?.indexUnits)} | ${number(e?.items)} | ${number(e?.tableUnits)} | ${number(e?.indexUnits)} |`,
    );
  }
  const claims = (workload: string) =>
    number(at(results, `cost.byWorkload.${workload}.requestsPerArticle.dynamodb.UpdateItem`));
  lines.push(
    `| claim (UpdateItem) | ${claims('oneArticleFiles')} | ${number(at(results, 'cost.byWorkload.oneArticleFiles.writeUnits.claimPerArticle'))} | | ${claims('hundredDocumentExports')} | ${number(at(results, 'cost.byWorkload.hundredDocumentExports.writeUnits.claimPerArticle'))} | |`,
  );
  return lines.join('\n');
}

function coldStartTable(results: Figures): string {
  const ms = (path: string) => `${number(at(results, `coldStart.${path}`), 1)} ms`;
  const ratio = (path: string) => number(at(results, `coldStart.${path}`));
  const defaultMark = (placement: string) =>
    at(results, 'coldStart.placement') === placement ? ', the default' : '';
  const lines = [
    '| build | init (load + clients) | ratio | first event | ratio |',
    '|---|---:|---:|---:|---:|',
    `| empty script | ${ms('emptyMs')} | 1 | | |`,
  ];
  for (const [label, path] of [
    [
      `SDK left to the runtime (\`bundleAwsSdk: false\`${defaultMark('sdkExternal')})`,
      'byPlacement.sdkExternal',
    ],
    [`SDK bundled (\`bundleAwsSdk: true\`${defaultMark('sdkBundled')})`, 'byPlacement.sdkBundled'],
    ['cross-check: the same bundled build made outside CDK', 'whatIf.sdkBundledFromEsm'],
  ] as const) {
    lines.push(
      `| ${label} | ${ms(`${path}.initMs`)} | ${ratio(`${path}.initRatio`)} | ${ms(`${path}.firstEventMs`)} | ${ratio(`${path}.firstEventRatio`)} |`,
    );
  }
  lines.push(
    `| floor: the three SDK clients alone | ${ms('whatIf.sdkClientsOnly.initMs')} | ${ratio('whatIf.sdkClientsOnly.initRatio')} | | |`,
    `| default without \`--enable-source-maps\` | ${ms('enableSourceMaps.initMsWithout')} | ${ratio('enableSourceMaps.initRatioWithout')} | | |`,
    `| default with tracing off (no X-Ray SDK loaded) | ${ms('tracing.initMsWithout')} | ${ratio('tracing.initRatioWithout')} | | |`,
    '',
    `Loading zod over an empty script: classic ${ms('zodLoad.classicMs')}, \`zod/mini\` ${ms('zodLoad.miniMs')}. ` +
      `Bundle sizes: SDK left out ${number(Number(at(results, 'bundle.byPlacement.sdkExternal.bytes')) / 1024, 1)} KB, ` +
      `bundled ${number(Number(at(results, 'bundle.byPlacement.sdkBundled.bytes')) / 1024, 1)} KB (minified).`,
  );
  return lines.join('\n');
}

function endToEndTable(results: Figures): string {
  const seconds = (path: string) => `${number(Number(at(results, `e2e.${path}`)) / 1000, 1)} s`;
  return [
    '| phase | time | what it is |',
    '|---|---:|---|',
    `| pipeline | ${seconds('pipelineMs')} | first upload to last record stored (uploads done after ${seconds('uploadMs')}) |`,
    `| store module alone | ${seconds('storeMs')} | \`RecordStore.apply\`, ${number(at(results, 'e2e.concurrency.objectsInFlight'), 0)} objects in flight |`,
    `| plain BatchWriteItem | ${seconds('bareWriteMs')} | the same ${number(at(results, 'e2e.itemsStored'), 0)} items, 25 a call |`,
    '',
    `Store ÷ plain writes: ${number(at(results, 'e2e.storeOverBareRatio'))}. Items per article: ${number(at(results, 'e2e.itemsPerArticle'))}. ` +
      `Function log: ${number(at(results, 'e2e.functionLogBytesPerArticle'), 0)} bytes per article. ` +
      `Redelivered events the function skipped: ${number(at(results, 'e2e.redeliveredEventsSkipped'), 0)}.`,
  ].join('\n');
}

function leversTable(results: Figures): string {
  const lines = [
    '| change (projection from the measured items) | write units saved per article | one-article files | 100-document exports |',
    '|---|---:|---:|---:|',
  ];
  const levers = (at(results, 'cost.levers') ?? {}) as Record<string, Figures>;
  for (const lever of Object.values(levers)) {
    lines.push(
      `| ${String(lever.description)} | ${number(lever.unitsSavedPerArticle)} | ${usd(lever.oneArticleFilesUsd)} | ${usd(lever.exportsUsd)} |`,
    );
  }
  const packing = at(results, 'cost.packing.oneArticleFiles') as Figures | undefined;
  if (packing !== undefined) {
    lines.push(
      '',
      `Packed article bodies (measured): gzip ratio ${number(packing.gzipRatio)} on one-article files (${number(packing.jsonBytesPerArticle, 0)} bytes of JSON into ${number(packing.bodyBytesPerArticle, 0)}), ` +
        `${number(at(results, 'cost.packing.hundredDocumentExports.gzipRatio'))} on exports; the article item is ${number(packing.articleItemUnitsPacked)} write units packed, ${number(packing.articleItemUnitsPlain)} plain.`,
    );
  }
  const sweep = (at(results, 'cost.memorySweep') ?? []) as Figures[];
  lines.push(
    '',
    '| memory | CPU factor | billed ms per article (files) | Lambda duration | total, one-article files |',
    '|---:|---:|---:|---:|---:|',
  );
  for (const entry of sweep) {
    lines.push(
      `| ${number(entry.memorySizeMb, 0)} MB | ${number(entry.cpuFactor)} | ${number(entry.billedMsPerArticle)} | ${usd(entry.lambdaDurationUsd)} | ${usd(entry.oneArticleFilesUsd)} |`,
    );
  }
  lines.push(
    '',
    `Batch size 100 instead of ${number(at(results, 'cost.model.batchSize'), 0)} (measured, one-article files): ${usd(at(results, 'cost.batchSize100.oneArticleFiles.totalUsd'))} per million, ` +
      `${number(at(results, 'cost.batchSize100.oneArticleFiles.billedMsPerArticle'))} billed ms per article, function peak RSS ${number(at(results, 'cost.batchSize100.oneArticleFiles.peakRssMb'), 0)} MB ` +
      `(batch ${number(at(results, 'cost.model.batchSize'), 0)}: ${number(at(results, 'cost.byWorkload.oneArticleFiles.duration.peakRssMb'), 0)} MB; ten 100-document exports: ${number(at(results, 'cost.byWorkload.hundredDocumentExports.duration.peakRssMb'), 0)} MB).`,
  );
  return lines.join('\n');
}

function measuredOn(results: Figures): string {
  const measuredAt = ['parser', 'bundle', 'coldStart', 'e2e', 'cost', 'browse']
    .map((suite) => `${suite} ${String(at(results, `${suite}.measuredAt`) ?? 'not run').slice(0, 16)}`)
    .join(', ');
  const machine = at(results, 'cost.machine') as Figures | undefined;
  return `Measured on ${String(machine?.cores ?? '?')} cores (${String(machine?.cpu ?? '?')}), Node.js ${String(machine?.node ?? '?')}; suites run at ${measuredAt} (UTC).`;
}

/**
 * The markdown tables of docs/performance.md from the results: figures with targets, the cost breakdown,
 * write units by item, and the levers.
 *
 * @example
 * ```ts
 * console.log(renderPerformanceTables(JSON.parse(readFileSync('bench/results/latest.json', 'utf8'))));
 * ```
 */
export function renderPerformanceTables(results: Figures): string {
  return [
    measuredOn(results),
    '',
    resultsTable(results),
    '',
    '#### Cold start',
    '',
    coldStartTable(results),
    '',
    '#### End to end',
    '',
    endToEndTable(results),
    '',
    `#### Cost per million 4 KB articles (us-east-1 list prices as of ${String(at(results, 'cost.model.prices.asOf'))})`,
    '',
    costTable(results),
    '',
    '#### DynamoDB write units per article, by item',
    '',
    writeUnitsTable(results),
    '',
    '#### Levers',
    '',
    leversTable(results),
  ].join('\n');
}

/**
 * The README's summary from the results: when and where they were measured, the figures with their
 * targets, and the cost by service.
 *
 * @example
 * ```ts
 * console.log(renderReadmeSummary(JSON.parse(readFileSync('bench/results/latest.json', 'utf8'))));
 * ```
 */
export function renderReadmeSummary(results: Figures): string {
  return [
    measuredOn(results),
    '',
    resultsTable(results),
    '',
    `Cost per million 4 KB articles by service (us-east-1 list prices as of ${String(at(results, 'cost.model.prices.asOf'))}):`,
    '',
    costTable(results),
  ].join('\n');
}

/** Replaces what lies between `begin` and `end` in a file. */
async function replaceBlock(path: string, begin: string, end: string, content: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path} has no ${begin} … ${end} block`);
  await writeFile(path, `${text.slice(0, from + begin.length)}\n${content}\n${text.slice(to)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = JSON.parse(await readFile(RESULTS, 'utf8')) as Figures;
  const tables = renderPerformanceTables(results);
  if (process.argv.includes('--write')) {
    await replaceBlock(DOC, BEGIN, END, tables);
    await replaceBlock(README, SUMMARY_BEGIN, SUMMARY_END, renderReadmeSummary(results));
    console.log(`Tables written to ${DOC} and ${README}`);
  } else {
    console.log(tables);
  }
}
