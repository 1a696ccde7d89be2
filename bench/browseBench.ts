/**
 * The record browser on a big table: DynamoDB Local filled by BatchWriteItem (not through the pipeline)
 * with 100,000 invented articles in 10,000 uploads, their index and source items as the store writes them
 * and the aggregate items the stream consumer would have kept, and s3rver holding the 10,000 objects. The
 * browse server runs on them as `article-pipeline browse` runs it; pages are timed to the first byte and to
 * the whole page (median of several loads, the first load apart), and the items each page read are counted
 * by a middleware on the SDK clients. `BENCH_BROWSE_ARTICLES` and `BENCH_BROWSE_SOURCES` scale it down for
 * a quick look (the published figures use the defaults).
 */

import { loadavg } from 'node:os';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createAggregateReader } from '../cli/browse/createAggregateReader';
import { createBrowseData } from '../cli/browse/createBrowseData';
import { startBrowseServer } from '../cli/browse/startBrowseServer';
import { createPipelineClients } from '../cli/target/createPipelineClients';
import { mapConcurrent } from '../lambda/store/mapConcurrent';
import { startDynamoDbLocal } from '../local/servers/startDynamoDbLocal';
import { S3RVER_CREDENTIALS, startS3Server } from '../local/servers/startS3Server';
import { pipelineDefinition } from '../test/helpers/pipelineDefinition';
import { countReads, type ReadCount } from './browse/countReads';
import { fillBrowseTable } from './browse/fillBrowseTable';
import { type BrowseSource, inventBrowseSources } from './browse/inventBrowseSources';
import { type PageTiming, timePage } from './browse/timePage';
import type { BenchRow, BenchSuite } from './run';
import { BenchCheckError } from './support/errors';
import { median } from './support/median';
import { roundTo } from './support/roundTo';

const ARTICLES = Number(process.env.BENCH_BROWSE_ARTICLES ?? 100_000);
const SOURCES = Number(process.env.BENCH_BROWSE_SOURCES ?? 10_000);
const BUCKET = 'browse-bench';
const REGION = 'us-east-1';
/** BatchWriteItem calls in flight while filling. */
const FILL_CONCURRENCY = Number(process.env.BENCH_BROWSE_FILL_CONCURRENCY ?? 8);
const PUT_CONCURRENCY = 16;
/** Loads of each page after the first; the median is reported. */
const LOADS = 5;
const PAGE_SIZE = 50;
/** The later sources page measured (the middle one of 10,000 keys): reached by following "Next page". */
const LATER_PAGE = Math.max(2, Math.min(100, Math.floor(SOURCES / PAGE_SIZE / 2)));
/** The target for the overview of 100,000 articles. */
const OVERVIEW_TARGET_MS = 1_000;

interface PageFigures {
  firstLoad: { firstByteMs: number; fullMs: number };
  median: { firstByteMs: number; fullMs: number };
  bytes: number;
  /** What the first load read: DynamoDB items (and requests), S3 keys listed (and requests). */
  reads: Reads;
  /** What the last of the later loads read (the overview reuses its sample and chart for 30 s). */
  reloadReads: Reads;
  /** The machine's 1-minute load average before the first load and after the last. */
  loadAverage1m: { before: number; after: number };
}

interface Reads {
  dynamoItems: number;
  dynamoRequests: number;
  s3Keys: number;
  s3Requests: number;
}

const browseBench: BenchSuite = {
  name: 'browse',
  description: `the record browser on DynamoDB Local holding ${ARTICLES} articles in ${SOURCES} uploads (filled by BatchWriteItem) and s3rver holding the objects; pages timed over HTTP`,
  async run() {
    const workload = {
      bucket: BUCKET,
      sources: SOURCES,
      articles: ARTICLES,
      rejectedEvery: 100,
      publications: 30,
      days: 365,
    };
    const [{ definition }, dynamo, s3] = await Promise.all([
      pipelineDefinition(),
      startDynamoDbLocal(process.env.BENCH_BROWSE_JVM === 'default' ? { jvmOptions: [] } : {}),
      startS3Server({ buckets: [BUCKET] }),
    ]);
    const [table] = definition.tables;
    if (table === undefined) throw new BenchCheckError('the synthesized stack has no table');
    const endpoints = { s3: s3.endpoint, dynamodb: dynamo.endpoint, sqs: 'http://127.0.0.1:9' };
    const credentials = { ...S3RVER_CREDENTIALS };
    const rawDynamo = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: REGION,
      credentials,
      requestHandler: { socketAcquisitionWarningTimeout: 10 * 60 * 1000 },
    });
    const documents = DynamoDBDocumentClient.from(rawDynamo, {
      marshallOptions: { removeUndefinedValues: true },
    });
    const clients = createPipelineClients({ region: REGION, local: { endpoints, credentials } });
    try {
      // The keys and indexes the stack defines; no stream, which nothing reads here and which slows
      // DynamoDB Local's writes (bench/e2e/runOnFreshDynamoDbLocal.ts).
      const { StreamSpecification: _stream, ...createTable } = table.createTable;
      const { CreateTableCommand, waitUntilTableExists } = await import('@aws-sdk/client-dynamodb');
      await rawDynamo.send(new CreateTableCommand(createTable));
      await waitUntilTableExists({ client: rawDynamo, maxWaitTime: 60 }, { TableName: table.tableName });

      const bodies: BrowseSource[] = [];
      const keep = function* (sources: Iterable<BrowseSource>) {
        for (const source of sources) {
          bodies.push({ key: source.key, body: source.body, items: [] });
          yield source;
        }
      };
      const fill = await fillBrowseTable(
        documents,
        table.tableName,
        keep(inventBrowseSources(workload)),
        FILL_CONCURRENCY,
      );
      if (fill.articles !== ARTICLES || fill.sources !== SOURCES) {
        throw new BenchCheckError(`filled ${fill.articles} articles in ${fill.sources} sources`);
      }
      const putStarted = performance.now();
      await mapConcurrent(bodies, PUT_CONCURRENCY, (source) =>
        clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: source.key, Body: source.body })),
      );
      const putMs = performance.now() - putStarted;

      const dynamoReads = countReads(clients.dynamo);
      const s3Reads = countReads(clients.s3);
      const target = {
        description: 'browse bench',
        bucket: BUCKET,
        table: table.tableName,
        clients: { region: REGION, local: { endpoints, credentials } },
      };
      const data = createBrowseData(target, clients, {
        aggregates: createAggregateReader(clients.dynamo, table.tableName),
      });
      const server = await startBrowseServer({ data, port: 0, readOnly: true });
      try {
        const measure = async (path: string, check: (page: PageTiming) => void): Promise<PageFigures> => {
          const loadBefore = loadavg()[0] ?? 0;
          const first = await timePage(new URL(path, server.url).href);
          check(first);
          const reads = { dynamo: dynamoReads.take(), s3: s3Reads.take() };
          const loads: PageTiming[] = [];
          let reloadReads = reads;
          for (let load = 0; load < LOADS; load++) {
            loads.push(await timePage(new URL(path, server.url).href));
            reloadReads = { dynamo: dynamoReads.take(), s3: s3Reads.take() };
          }
          return figuresOf(first, loads, reads, reloadReads, [loadBefore, loadavg()[0] ?? 0]);
        };

        const overview = await measure('/', (page) => {
          expectPage(page, 'overview');
          if (!page.body.includes('aggregates')) {
            throw new BenchCheckError('the overview did not count from the aggregates');
          }
          const parsed = SOURCES - Math.floor(SOURCES / workload.rejectedEvery);
          if (!page.body.includes(parsed.toLocaleString('en-US')) && !page.body.includes(String(parsed))) {
            throw new BenchCheckError(`the overview does not show ${parsed} parsed sources`);
          }
        });
        const firstSources = await measure(`/sources?limit=${PAGE_SIZE}`, (page) => {
          expectPage(page, 'first sources page');
          expectRows(page, PAGE_SIZE);
        });
        // Walk to the later page as a user clicks "Next page", then measure that page alone.
        let path = `/sources?limit=${PAGE_SIZE}`;
        for (let page = 1; page < LATER_PAGE; page++) {
          const next = /<a rel="next" href="([^"]+)"/.exec(
            (await timePage(new URL(path, server.url).href)).body,
          );
          if (next?.[1] === undefined) throw new BenchCheckError(`sources page ${page} has no next page`);
          path = next[1].replaceAll('&amp;', '&');
        }
        dynamoReads.take();
        s3Reads.take();
        const laterSources = await measure(path, (page) => {
          expectPage(page, `sources page ${LATER_PAGE}`);
          expectRows(page, PAGE_SIZE);
          const expected = `upload-${String((LATER_PAGE - 1) * PAGE_SIZE).padStart(5, '0')}`;
          if (!page.body.includes(expected))
            throw new BenchCheckError(`page ${LATER_PAGE} lacks ${expected}`);
        });

        const figures = {
          articles: fill.articles,
          sources: fill.sources,
          tableItems: fill.items,
          aggregateItems: fill.aggregateItems,
          fill: {
            ms: Math.round(fill.ms),
            itemsPerSecond: Math.round(fill.items / (fill.ms / 1000)),
            batchWriteCalls: fill.calls,
            concurrency: FILL_CONCURRENCY,
            s3PutMs: Math.round(putMs),
          },
          overview,
          overviewUnderTarget: overview.median.fullMs < OVERVIEW_TARGET_MS,
          overviewFirstLoadUnderTarget: overview.firstLoad.fullMs < OVERVIEW_TARGET_MS,
          sourcesFirstPage: firstSources,
          sourcesLaterPage: { page: LATER_PAGE, ...laterSources },
          pageSize: PAGE_SIZE,
        };
        const row = (metric: string, page: PageFigures): BenchRow => ({
          metric,
          value: `${page.median.fullMs} ms`,
          note: `first byte ${page.median.firstByteMs} ms (median of ${LOADS}; first load ${page.firstLoad.fullMs} ms); read ${page.reads.dynamoItems} DynamoDB items in ${page.reads.dynamoRequests} requests, ${page.reads.s3Keys} S3 keys`,
        });
        const firstLoadRow = (metric: string, page: PageFigures): BenchRow => ({
          metric,
          value: `${page.firstLoad.fullMs} ms`,
          note: `first byte ${page.firstLoad.firstByteMs} ms; read ${page.reads.dynamoItems} DynamoDB items in ${page.reads.dynamoRequests} requests, ${page.reads.s3Keys} S3 keys (a reload within 30 s: ${page.reloadReads.dynamoItems} items in ${page.reloadReads.dynamoRequests} requests, ${page.reloadReads.s3Keys} S3 keys); load average ${page.loadAverage1m.before} before, ${page.loadAverage1m.after} after`,
        });
        const rows: BenchRow[] = [
          {
            metric: 'fill',
            value: `${roundTo(fill.ms / 1000, 1)} s`,
            note: `${fill.items} items (${fill.articles} articles, ${fill.sources} sources, ${fill.aggregateItems} aggregate items) by BatchWriteItem, ${FILL_CONCURRENCY} calls in flight: ${figures.fill.itemsPerSecond} items/s; ${SOURCES} S3 objects in ${roundTo(putMs / 1000, 1)} s`,
          },
          row('overview', overview),
          firstLoadRow('overview, first load', overview),
          row('sources page 1', firstSources),
          row(`sources page ${LATER_PAGE}`, laterSources),
        ];
        return { figures, rows };
      } finally {
        await server.close();
      }
    } finally {
      clients.destroy();
      documents.destroy();
      rawDynamo.destroy();
      await Promise.all([dynamo.stop(), s3.stop()]);
    }
  },
};

function expectPage(page: PageTiming, what: string): void {
  if (page.status !== 200) throw new BenchCheckError(`the ${what} answered ${page.status}`);
}

function expectRows(page: PageTiming, rows: number): void {
  const found = page.body.match(/<tr class="state-/g)?.length ?? 0;
  if (found !== rows) throw new BenchCheckError(`a sources page showed ${found} rows, not ${rows}`);
}

function figuresOf(
  first: PageTiming,
  loads: readonly PageTiming[],
  reads: { dynamo: ReadCount; s3: ReadCount },
  reloadReads: { dynamo: ReadCount; s3: ReadCount },
  [loadBefore, loadAfter]: [number, number],
): PageFigures {
  const ms = (value: number) => roundTo(value, 1);
  return {
    firstLoad: { firstByteMs: ms(first.firstByteMs), fullMs: ms(first.fullMs) },
    median: {
      firstByteMs: ms(median(loads.map((load) => load.firstByteMs))),
      fullMs: ms(median(loads.map((load) => load.fullMs))),
    },
    bytes: Buffer.byteLength(first.body),
    reads: readsOf(reads),
    reloadReads: readsOf(reloadReads),
    loadAverage1m: { before: roundTo(loadBefore, 2), after: roundTo(loadAfter, 2) },
  };
}

function readsOf(reads: { dynamo: ReadCount; s3: ReadCount }): Reads {
  return {
    dynamoItems: reads.dynamo.items,
    dynamoRequests: reads.dynamo.requests,
    s3Keys: reads.s3.items,
    s3Requests: reads.s3.requests,
  };
}

export default browseBench;
