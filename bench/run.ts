/**
 * The one benchmark runner: `npm run bench` runs every suite, `npm run bench -- parser e2e` only those.
 * A suite is a file `bench/<name>Bench.ts` whose default export is a {@link BenchSuite}; dropping such
 * a file in registers it. Each suite's figures are merged under its name (or its `resultsKey`) into
 * bench/results/latest.json (other suites' keys are kept) and printed as a table.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { putFigures } from './support/putFigures';

/** One row of a suite's printed table. */
export interface BenchRow {
  metric: string;
  value: string;
  note?: string;
}

/** What a suite measured: `figures` go to latest.json under the suite's name, `rows` to the console. */
export interface BenchOutcome {
  figures: Record<string, unknown>;
  rows: BenchRow[];
}

/** A benchmark suite, found by its file name `bench/<name>Bench.ts`. */
export interface BenchSuite {
  /** Its name on the command line, and the key of its figures in latest.json unless `resultsKey` is given. */
  name: string;
  description: string;
  /** Where its figures go in latest.json, a dotted path (`parser.accuracy`); its name when not given. */
  resultsKey?: string;
  run(): Promise<BenchOutcome>;
}

const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));
/** `BENCH_RESULTS=path` writes elsewhere (a trial run that must not touch the published figures). */
const RESULTS = process.env.BENCH_RESULTS ?? fileURLToPath(new URL('./results/latest.json', import.meta.url));

async function discoverSuites(): Promise<Map<string, string>> {
  const files = (await readdir(BENCH_DIR)).filter((file) => file.endsWith('Bench.ts')).sort();
  return new Map(files.map((file) => [file.slice(0, -'Bench.ts'.length), BENCH_DIR + file]));
}

async function loadSuite(path: string): Promise<BenchSuite> {
  const module = (await import(pathToFileURL(path).href)) as { default?: BenchSuite };
  if (module.default === undefined || typeof module.default.run !== 'function') {
    throw new Error(`${path} has no default export of a BenchSuite`);
  }
  return module.default;
}

async function readResults(): Promise<Record<string, unknown>> {
  if (!existsSync(RESULTS)) return {};
  try {
    return JSON.parse(await readFile(RESULTS, 'utf8')) as Record<string, unknown>;
  } catch {
    console.warn(`${RESULTS} is not valid JSON; starting it afresh`);
    return {};
  }
}

/** Written through a temporary file, so an interrupted run never leaves half a JSON file. */
async function writeResults(results: Record<string, unknown>): Promise<void> {
  await mkdir(dirname(RESULTS), { recursive: true });
  const temporary = `${RESULTS}.tmp`;
  await writeFile(temporary, `${JSON.stringify(results, null, 2)}\n`);
  await rename(temporary, RESULTS);
}

function printTable(suite: BenchSuite, rows: readonly BenchRow[]): void {
  const metricWidth = Math.max(6, ...rows.map((row) => row.metric.length));
  const valueWidth = Math.max(5, ...rows.map((row) => row.value.length));
  console.log(`\n${suite.name}: ${suite.description}`);
  console.log(`${'metric'.padEnd(metricWidth)}  ${'value'.padStart(valueWidth)}  note`);
  console.log(`${'-'.repeat(metricWidth)}  ${'-'.repeat(valueWidth)}  ----`);
  for (const row of rows) {
    console.log(
      `${row.metric.padEnd(metricWidth)}  ${row.value.padStart(valueWidth)}  ${row.note ?? ''}`.trimEnd(),
    );
  }
}

/** Runs the named suites (all when none are named); returns the process exit code. */
export async function runBenchmarks(names: readonly string[]): Promise<number> {
  const available = await discoverSuites();
  const unknown = names.filter((name) => !available.has(name));
  if (unknown.length > 0) {
    console.error(`Unknown suite(s): ${unknown.join(', ')}. Available: ${[...available.keys()].join(', ')}.`);
    return 2;
  }
  const selected = names.length > 0 ? names : [...available.keys()];
  for (const name of selected) {
    const suite = await loadSuite(available.get(name)!);
    const outcome = await suite.run();
    const results = await readResults();
    putFigures(results, suite.resultsKey ?? suite.name, {
      ...outcome.figures,
      measuredAt: new Date().toISOString(),
      machine: {
        node: process.version,
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        // Other work on the machine slows every figure; the load says how much to trust them.
        loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
      },
    });
    await writeResults(results);
    printTable(suite, outcome.rows);
  }
  console.log(`\nFigures written to ${RESULTS}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runBenchmarks(process.argv.slice(2));
}
