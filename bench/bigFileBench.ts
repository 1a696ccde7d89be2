/**
 * bigFile: what it takes to store one large export in local mode, with the function's timeout shrunk as
 * the tests shrink it, so that an export needs several invocations (slices) once ingest is resumable.
 * Generated Nexis exports of 1,000, 5,000 and 20,000 short documents (one paragraph each, so 20,000 fit
 * the default 25 MiB limit); for each: wall time and invocations, the time per 1,000 documents (linearity),
 * peak memory, GETs, write units per article, and the per-slice numbers the handler logs.
 *
 * `BIGFILE_DOCUMENTS=1000,5000` measures only those sizes; `BIGFILE_FUNCTION_TIMEOUT=10` sets the
 * function's timeout in seconds (default 30: each slice re-splits the file up to its checkpoint, and at
 * 10 s a 20 MB export on a loaded 2-core machine spent a slice's whole budget before its first batch); `BIGFILE_BOUND_SECONDS` bounds each size (default 60 s plus
 * 30 ms a document).
 *
 * `resumeParseMs` (in this process, no local mode): what a resumed slice parses before its first document,
 * at checkpoints 5 %, 50 % and 95 % into the 20,000-document export, seeking to the checkpoint's resume point
 * and re-splitting from the start (as every slice did before resume points); `resumeSpeedup` at 95 %.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureResumeCost } from './bigFile/measureResumeCost';
import { runBigFileProcess } from './bigFile/runBigFileProcess';
import type { BigFileRun } from './bigFile/types';
import { generateNexisExport } from './corpus/generateNexisExport';
import type { BenchOutcome, BenchRow, BenchSuite } from './run';
import { median } from './support/median';
import { roundTo } from './support/roundTo';

const DEFAULT_SIZES = [1_000, 5_000, 20_000];
const DEFAULT_FUNCTION_TIMEOUT_SECONDS = 30;
/** The export whose resume cost is measured: the largest default size. */
const RESUME_DOCUMENTS = 20_000;

function sizes(): number[] {
  const listed = process.env.BIGFILE_DOCUMENTS?.split(',').map((value) => Number(value.trim()));
  return listed?.every((value) => Number.isInteger(value) && value > 0) ? listed : DEFAULT_SIZES;
}

function boundMs(documents: number): number {
  const seconds = Number(process.env.BIGFILE_BOUND_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000 + documents * 30;
}

interface SizeFigures {
  documents: number;
  megabytes: number;
  status: string;
  delivery: string;
  articles: number;
  wallSeconds: number;
  invocations: number;
  timedOutInvocations: number;
  /** Null unless the export ended PARSED: a time bound says nothing about the rate. */
  secondsPer1000Documents: number | null;
  getObjectRequests: number;
  getsPerInvocation: number;
  documentsPerInvocation: number;
  writeUnits: number;
  writeUnitsPerArticle: number | null;
  peakRssMb: number;
  dynamoDbLocalPeakRssMb: number | null;
  /** Median of each number the handler logs per slice (none before resumable ingest). */
  sliceMedians: Record<string, number>;
}

function figuresOf(documents: number, run: BigFileRun): SizeFigures {
  const seconds = run.wallMs / 1000;
  const invocations = Math.max(1, run.invocations);
  return {
    documents,
    megabytes: roundTo(run.bytes / 1e6, 2),
    status: run.status,
    delivery: run.delivery,
    articles: run.articles,
    wallSeconds: roundTo(seconds, 2),
    invocations: run.invocations,
    timedOutInvocations: run.timedOut,
    secondsPer1000Documents: run.status === 'PARSED' ? roundTo(seconds / (documents / 1000), 3) : null,
    getObjectRequests: run.getObjectRequests,
    getsPerInvocation: roundTo(run.getObjectRequests / invocations, 2),
    documentsPerInvocation: roundTo(run.articles / invocations, 1),
    writeUnits: roundTo(run.writeUnits, 1),
    writeUnitsPerArticle: run.articles === 0 ? null : roundTo(run.writeUnits / run.articles, 2),
    peakRssMb: Math.round(run.peakRssMb),
    dynamoDbLocalPeakRssMb:
      run.dynamoDbLocalPeakRssMb === undefined ? null : Math.round(run.dynamoDbLocalPeakRssMb),
    sliceMedians: Object.fromEntries(
      Object.entries(run.sliceFields).map(([name, values]) => [name, roundTo(median(values), 2)]),
    ),
  };
}

const suite: BenchSuite = {
  name: 'bigFile',
  description:
    'one large Nexis export stored in local mode, function timeout shrunk: time, invocations, memory, write units',
  async run(): Promise<BenchOutcome> {
    const functionTimeoutSeconds =
      Number(process.env.BIGFILE_FUNCTION_TIMEOUT) || DEFAULT_FUNCTION_TIMEOUT_SECONDS;
    const scratch = await mkdtemp(join(tmpdir(), 'bench-bigfile-'));
    const bySize: Record<string, SizeFigures> = {};
    const rows: BenchRow[] = [];
    try {
      for (const documents of sizes()) {
        const file = join(scratch, `export-${documents}.txt`);
        await writeFile(file, generateNexisExport({ documents, seed: documents, maxParagraphs: 1 }));
        const run = await runBigFileProcess({
          file,
          dataDir: join(scratch, `data-${documents}`),
          boundMs: boundMs(documents),
          functionTimeoutSeconds,
        });
        const figures = figuresOf(documents, run);
        bySize[String(documents)] = figures;
        const note = `${figures.status} (${figures.delivery}), ${figures.articles} article(s), ${figures.megabytes} MB`;
        rows.push(
          { metric: `${documents} docs: wall time`, value: `${figures.wallSeconds} s`, note },
          {
            metric: `${documents} docs: invocations`,
            value: String(figures.invocations),
            note: `${figures.timedOutInvocations} timed out; ${figures.documentsPerInvocation} docs and ${figures.getsPerInvocation} GETs per invocation`,
          },
          {
            metric: `${documents} docs: s per 1,000 docs`,
            value: String(figures.secondsPer1000Documents ?? 'n/a'),
          },
          {
            metric: `${documents} docs: write units/article`,
            value: String(figures.writeUnitsPerArticle ?? 'n/a'),
            note: `${figures.writeUnits} write units in all`,
          },
          {
            metric: `${documents} docs: peak RSS`,
            value: `${figures.peakRssMb} MB`,
            note: `pipeline process (function worker, s3rver, fauxqs); DynamoDB Local ${figures.dynamoDbLocalPeakRssMb ?? '?'} MB`,
          },
        );
      }
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    const measured = Object.values(bySize);
    const smallest = measured.find((figures) => figures.secondsPer1000Documents !== null);
    // Linearity: time per 1,000 documents at each size over that at the smallest stored (1 is linear).
    const linearity = Object.fromEntries(
      measured.map((figures) => [
        String(figures.documents),
        smallest?.secondsPer1000Documents == null || figures.secondsPer1000Documents === null
          ? null
          : roundTo(figures.secondsPer1000Documents / smallest.secondsPer1000Documents, 2),
      ]),
    );
    const writeUnits = measured.flatMap((figures) => figures.writeUnitsPerArticle ?? []);
    const resumeCost = await measureResumeCost(
      generateNexisExport({ documents: RESUME_DOCUMENTS, seed: RESUME_DOCUMENTS, maxParagraphs: 1 }),
      { checkpoints: [0.05, 0.5, 0.95], documents: 1, runs: 7 },
    );
    for (const cost of resumeCost) {
      rows.push({
        metric: `resume after ${cost.after} of ${RESUME_DOCUMENTS}: parse to the next document`,
        value: `${cost.withPointMs} ms`,
        note: `${cost.withoutPointMs} ms re-splitting from the start`,
      });
    }
    const last = resumeCost.at(-1)!;
    rows.push({
      metric: 'linearity (s per 1,000 docs vs the smallest)',
      value: Object.values(linearity).join(' / '),
    });
    return {
      figures: {
        functionTimeoutSeconds,
        bySize,
        linearity,
        peakRssMb: Math.max(...measured.map((figures) => figures.peakRssMb)),
        writeUnitsPerArticle: Object.fromEntries(
          measured.map((figures) => [String(figures.documents), figures.writeUnitsPerArticle]),
        ),
        resumeParseMs: Object.fromEntries(
          resumeCost.map((cost) => [
            String(cost.after),
            { withResumePoint: cost.withPointMs, reSplit: cost.withoutPointMs },
          ]),
        ),
        resumeSpeedup: roundTo(last.withoutPointMs / Math.max(0.1, last.withPointMs), 1),
        // Must not grow with the file: the largest size's over the smallest's.
        writeUnitsPerArticleGrowth:
          writeUnits.length < 2 ? null : roundTo(writeUnits.at(-1)! / writeUnits[0]!, 3),
      },
      rows,
    };
  },
};

export default suite;
