/**
 * End to end on this machine: 10,000 generated 4 KB articles (half one-article files, half 100-document
 * Nexis exports) uploaded to local mode, timed until every object's records are stored; divided by the
 * store module alone writing the same parsed articles to the same DynamoDB Local with the same
 * concurrency, and by plain BatchWriteItem of the same items. Not part of `npm test`.
 * `BENCH_E2E_ARTICLES` scales the workload down for a quick look (the published figures use the default).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PARSER_VERSION } from '../lambda/parser/version';
import { chooseScratchRoot } from './e2e/chooseScratchRoot';
import { countTableItems } from './e2e/countTableItems';
import { findIncompleteObjects } from './e2e/findIncompleteObjects';
import { readPeakRssMb } from './e2e/readPeakRssMb';
import { runOnFreshDynamoDbLocal } from './e2e/runOnFreshDynamoDbLocal';
import { runPipelineProcess } from './e2e/runPipelineProcess';
import { toStoredItems } from './e2e/toStoredItems';
import { writeUploadDirectory } from './e2e/writeUploadDirectory';
import { writeWithBatchWrite } from './e2e/writeWithBatchWrite';
import { type StoreWrite, writeWithStore } from './e2e/writeWithStore';
import type { BenchRow, BenchSuite } from './run';
import { BenchCheckError } from './support/errors';
import { roundTo } from './support/roundTo';
import { generateUploadObjects } from './workload/generateUploadObjects';
import { toParsedOutcome } from './workload/toParsedOutcome';

const SEED = 2_026;
const DOCUMENTS_PER_EXPORT = 100;
const ARTICLES = Number(process.env.BENCH_E2E_ARTICLES ?? 10_000);
const TIMEOUT_MS = 60 * 60 * 1000;
const BUCKET_SEQUENCER = '0000000000000001';

const e2eBench: BenchSuite = {
  name: 'e2e',
  description: `${ARTICLES} generated 4 KB articles through local mode (half one-article files, half ${DOCUMENTS_PER_EXPORT}-document exports); ratios against baselines on the same DynamoDB Local in the same run`,
  async run() {
    const exports = Math.floor(ARTICLES / 2 / DOCUMENTS_PER_EXPORT);
    const singleFiles = ARTICLES - exports * DOCUMENTS_PER_EXPORT;
    const objects = generateUploadObjects({
      seed: SEED,
      singleFiles,
      exports,
      documentsPerExport: DOCUMENTS_PER_EXPORT,
    });
    const articles = objects.reduce((sum, object) => sum + object.articleCount, 0);
    const textBytes = objects.reduce((sum, object) => sum + object.bytes.byteLength, 0);
    const scratch = mkdtempSync(join(chooseScratchRoot(), 'article-pipeline-e2e-'));
    const uploadDirectory = join(scratch, 'upload');
    await writeUploadDirectory(uploadDirectory, objects);
    // Parsed before the pipeline starts, so the baselines write the same articles and this work does not
    // compete with the measured run.
    const lastModified = new Date().toISOString();
    const parsed: {
      object: (typeof objects)[number];
      outcome: Awaited<ReturnType<typeof toParsedOutcome>>;
    }[] = [];
    for (const object of objects)
      parsed.push({ object, outcome: await toParsedOutcome(object, { lastModified }) });

    const pipeline = runPipelineProcess({
      uploadDirectory,
      dataDir: join(scratch, 'data'),
      timeoutMs: TIMEOUT_MS,
    });
    let failed = true;
    try {
      const started = await pipeline.started;
      const done = await pipeline.done;
      if (done.processed !== objects.length || done.deadLettered !== 0) {
        throw new BenchCheckError(
          `${done.processed} of ${objects.length} objects processed, ${done.deadLettered} dead-lettered`,
        );
      }
      const client = new DynamoDBClient({
        endpoint: started.dynamodbEndpoint,
        region: started.region,
        credentials: started.credentials,
      });
      const parsedArticles = await countTableItems(client, started.tableName, {
        FilterExpression: '#type = :type AND #status = :status',
        ExpressionAttributeNames: { '#type': 'type', '#status': 'status' },
        ExpressionAttributeValues: { ':type': 'ARTICLE', ':status': 'PARSED' },
      });
      if (parsedArticles !== articles) {
        const incomplete = await findIncompleteObjects(client, started.tableName, started.bucket, objects);
        throw new BenchCheckError(
          `the pipeline stored ${parsedArticles} of ${articles} articles: ${incomplete.slice(0, 5).join('; ')}`,
        );
      }
      const itemsStored = await countTableItems(client, started.tableName);
      const concurrency = started.batchSize * started.maximumConcurrency;

      const writes: StoreWrite[] = parsed.map(({ object, outcome }) => ({
        event: {
          bucket: started.bucket,
          key: object.key,
          sequencer: BUCKET_SEQUENCER,
          eventName: 'ObjectCreated:Put',
        },
        outcome,
      }));
      const dynamoDbLocalPeakRssMb =
        started.dynamoDbLocalPid === undefined ? undefined : await readPeakRssMb(started.dynamoDbLocalPid);
      client.destroy();
      await pipeline.stop();

      // Each baseline on a fresh DynamoDB Local configured as local mode's (see runOnFreshDynamoDbLocal).
      const baseline = (write: (client: DynamoDBClient, tableName: string) => Promise<number>) =>
        runOnFreshDynamoDbLocal(scratch, started.createTable, async (baselineClient, tableName) => {
          const ms = await write(baselineClient, tableName);
          const count = await countTableItems(baselineClient, tableName);
          if (count !== itemsStored) {
            throw new BenchCheckError(`a baseline stored ${count} items, the pipeline ${itemsStored}`);
          }
          return ms;
        });
      const storeMs = await baseline((baselineClient, tableName) =>
        writeWithStore(baselineClient, tableName, writes, concurrency),
      );
      const processedAt = new Date().toISOString();
      const itemsByObject = writes.map((write) =>
        toStoredItems(write.event, write.outcome as Extract<StoreWrite['outcome'], { kind: 'parsed' }>, {
          parserVersion: PARSER_VERSION,
          processedAt,
          deletedRetentionDays: 30,
        }),
      );
      const bareWriteMs = await baseline((baselineClient, tableName) =>
        writeWithBatchWrite(baselineClient, tableName, itemsByObject, concurrency),
      );

      const figures = {
        articles,
        articlesPerSecond: Math.round(articles / (done.pipelineMs / 1000)),
        storeRatio: roundTo(done.pipelineMs / storeMs),
        bareWriteRatio: roundTo(done.pipelineMs / bareWriteMs),
        peakRssMb: Math.round(done.peakRssMb),
        pipelineMs: Math.round(done.pipelineMs),
        uploadMs: Math.round(done.uploadMs),
        storeMs: Math.round(storeMs),
        bareWriteMs: Math.round(bareWriteMs),
        storeOverBareRatio: roundTo(storeMs / bareWriteMs),
        objects: { singleFiles, exports, documentsPerExport: DOCUMENTS_PER_EXPORT, total: objects.length },
        meanArticleBytes: Math.round(textBytes / articles),
        itemsStored,
        itemsPerArticle: roundTo(itemsStored / articles),
        concurrency: {
          batchSize: started.batchSize,
          maximumConcurrency: started.maximumConcurrency,
          objectsInFlight: concurrency,
        },
        functionLogBytesPerArticle: roundTo(done.functionLogBytes / articles, 1),
        redeliveredEventsSkipped: done.skippedEvents,
        ...(dynamoDbLocalPeakRssMb !== undefined && {
          dynamoDbLocalPeakRssMb: Math.round(dynamoDbLocalPeakRssMb),
        }),
        warnings: done.warnings,
      };
      const rows: BenchRow[] = [
        {
          metric: 'articles',
          value: String(articles),
          note: `${objects.length} objects, mean ${figures.meanArticleBytes} B/article`,
        },
        {
          metric: 'articlesPerSecond',
          value: String(figures.articlesPerSecond),
          note: `${roundTo(done.pipelineMs / 1000, 1)} s, upload to last record stored`,
        },
        {
          metric: 'storeRatio',
          value: String(figures.storeRatio),
          note: `÷ store alone ${roundTo(storeMs / 1000, 1)} s, ${concurrency} objects in flight`,
        },
        {
          metric: 'bareWriteRatio',
          value: String(figures.bareWriteRatio),
          note: `÷ plain BatchWriteItem ${roundTo(bareWriteMs / 1000, 1)} s`,
        },
        {
          metric: 'storeOverBareRatio',
          value: String(figures.storeOverBareRatio),
          note: "what the store's guarantees cost",
        },
        {
          metric: 'peakRssMb',
          value: String(figures.peakRssMb),
          note: `pipeline process; DynamoDB Local's JVM ${figures.dynamoDbLocalPeakRssMb ?? '?'} MB`,
        },
        { metric: 'itemsPerArticle', value: String(figures.itemsPerArticle), note: `${itemsStored} items` },
      ];
      failed = false;
      return { figures, rows };
    } finally {
      await pipeline.stop();
      if (failed) console.error(`e2e: kept ${scratch} (data/function.log has the function's log)`);
      else rmSync(scratch, { recursive: true, force: true });
    }
  },
};

export default e2eBench;
