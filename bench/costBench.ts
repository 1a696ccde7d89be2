/**
 * What the pipeline itself costs per million 4 KB articles, from measured figures: the synthesized
 * function (the deployed bundle) handles SQS batches of S3 events against DynamoDB Local and s3rver behind
 * recording proxies; requests, DynamoDB write and read units (as DynamoDB Local accounts them, cross-checked
 * against item sizes), log bytes and CPU time are measured; Lambda duration on arm64 is modelled from them
 * (see cost/lambdaDurationModel.ts); prices are AWS's us-east-1 list prices (cost/priceList.ts). The
 * uploader's own S3 PUTs are excluded. Measured for one-article files and for 100-document exports.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { buildFunctionEnvironment } from '../local/lambda/buildFunctionEnvironment';
import { startDynamoDbLocal } from '../local/servers/startDynamoDbLocal';
import { S3RVER_CREDENTIALS, startS3Server } from '../local/servers/startS3Server';
import { translateTemplate } from '../local/template/translateTemplate';
import type { CloudFormationTemplate } from '../local/types';
import { synthesizeIngestBundles } from './bundle/synthesizeIngestBundles';
import { aggregatesCost } from './cost/aggregatesCost';
import { computeCostPerMillion } from './cost/computeCostPerMillion';
import { computeUsagePerArticle, type UsageReport } from './cost/computeUsagePerArticle';
import { durationModel, GRAVITON_CORE_FACTOR, ONE_VCPU_MEMORY_MB } from './cost/lambdaDurationModel';
import { measureWorkload, type WorkloadMeasurement, type WorkloadRig } from './cost/measureWorkload';
import { PRICE_LIST } from './cost/priceList';
import { projectPlainArticles } from './cost/projectPlainArticles';
import { sourceIdIndexCost } from './cost/sourceIdIndexCost';
import { startHandlerHost } from './cost/startHandlerHost';
import { startRecordingProxy } from './cost/startRecordingProxy';
import type { CostPerMillion } from './cost/types';
import { createTableLike } from './e2e/createTableLike';
import type { BenchRow, BenchSuite } from './run';
import { BenchCheckError } from './support/errors';
import { roundTo } from './support/roundTo';
import { generateUploadObjects } from './workload/generateUploadObjects';
import type { UploadObject } from './workload/types';

const SEED = 4_096;
const REGION = 'us-east-1';
const SINGLE_FILES = 200;
const EXPORTS = 20;
const DOCUMENTS_PER_EXPORT = 100;
const LARGE_BATCH = 100;
const MEMORY_SWEEP_MB = [512, 1024, ONE_VCPU_MEMORY_MB, 3008];
const NODE_MODULES = fileURLToPath(new URL('../node_modules', import.meta.url));
/** The real article the project was created from: what a news story, not word salad, costs. */
const SEED_ARTICLE = fileURLToPath(new URL('../seeds/000_90b2515fab799f03.txt', import.meta.url));
const SEED_ARTICLE_FILES = 40;

/** Objects under a prefix of their own, so workloads sharing the bucket and table never share keys. */
function underPrefix(prefix: string, objects: UploadObject[]): UploadObject[] {
  return objects.map((object) => ({ ...object, key: `${prefix}/${object.key}` }));
}

const usd = (value: number) => `$${value.toFixed(2)}`;

const costBench: BenchSuite = {
  name: 'cost',
  description: `USD per million 4 KB articles, us-east-1 list prices as of ${PRICE_LIST.asOf}; measured with the deployed bundle, Lambda duration modelled for arm64; uploader PUTs excluded`,
  async run() {
    const bundles = await synthesizeIngestBundles();
    const bundle = bundles[bundles.defaultPlacement];
    const pipelineId = bundles.defaultPlacement === 'sdkExternal' ? 'SdkExternal' : 'SdkBundled';
    const definition = translateTemplate(bundles.template as CloudFormationTemplate, {
      region: REGION,
      accountId: '000000000000',
      stackName: bundles.stackName,
      timeScale: 1,
      queueUrl: (name) => `http://127.0.0.1/000000000000/${name}`,
    });
    const fn = definition.functions.find((candidate) => candidate.logicalId.startsWith(pipelineId));
    const table = definition.tables.find((candidate) => candidate.tableName === fn?.environment.TABLE_NAME);
    const mapping = definition.eventSourceMappings.find(
      (candidate) => candidate.functionLogicalId === fn?.logicalId,
    );
    const bucket = definition.buckets.find((candidate) => candidate.logicalId.startsWith(pipelineId));
    if (fn === undefined || table === undefined || mapping === undefined || bucket === undefined) {
      throw new BenchCheckError('the synthesized template lacks the function, its table, mapping or bucket');
    }

    const [dynamo, s3Server] = await Promise.all([
      startDynamoDbLocal(),
      startS3Server({ buckets: [bucket.bucketName] }),
    ]);
    const proxies = {
      s3: await startRecordingProxy('s3', s3Server.endpoint),
      dynamodb: await startRecordingProxy('dynamodb', dynamo.endpoint),
    };
    const credentials = { ...S3RVER_CREDENTIALS };
    const dynamodb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: REGION, credentials });
    const uploader = new S3Client({
      endpoint: s3Server.endpoint,
      region: REGION,
      credentials,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    try {
      await createTableLike(dynamodb, table.createTable, table.tableName);
      const environment = {
        ...buildFunctionEnvironment(fn, {
          region: REGION,
          s3: proxies.s3.endpoint,
          dynamodb: proxies.dynamodb.endpoint,
          sqs: 'http://127.0.0.1:9',
          credentials,
        }),
        NODE_PATH: NODE_MODULES,
        // Node.js 20's SDK deprecation warning goes to stderr here; Lambda's Node.js 24 has none.
        NODE_NO_WARNINGS: '1',
      };
      const measure = async (objects: UploadObject[], batchSize: number, warmUp: number) => {
        const host = await startHandlerHost(bundle.codeFile, environment);
        const rig: WorkloadRig = {
          host,
          proxies,
          uploader,
          bucket: bucket.bucketName,
          region: REGION,
          timeoutMs: fn.timeoutSeconds * 1000,
        };
        try {
          return await measureWorkload(rig, objects, { batchSize, warmUp });
        } finally {
          await host.stop();
        }
      };

      const singles = generateUploadObjects({
        seed: SEED,
        singleFiles: SINGLE_FILES + mapping.batchSize,
        exports: 0,
        documentsPerExport: 0,
      });
      const exports = generateUploadObjects({
        seed: SEED + 1,
        singleFiles: 0,
        exports: EXPORTS + 1,
        documentsPerExport: DOCUMENTS_PER_EXPORT,
      });
      const singleRun = await measure(
        underPrefix('single-batch', singles),
        mapping.batchSize,
        mapping.batchSize,
      );
      const exportRun = await measure(underPrefix('exports', exports), mapping.batchSize, 1);
      const seedBytes = new Uint8Array(readFileSync(SEED_ARTICLE));
      const seedObjects: UploadObject[] = Array.from(
        { length: SEED_ARTICLE_FILES + mapping.batchSize },
        (_, index) => ({
          key: `seed-article/${index}.txt`,
          kind: 'single',
          bytes: seedBytes,
          articleCount: 1,
        }),
      );
      const seedRun = await measure(seedObjects, mapping.batchSize, mapping.batchSize);
      const largeBatchRun = await measure(
        underPrefix('single-large-batch', singles),
        LARGE_BATCH,
        mapping.batchSize,
      );

      const model = durationModel(fn.memorySizeMb);
      // Without ScalingConfig the event source scales towards the account's concurrency (1,000 by default).
      const drainConcurrency = mapping.maximumConcurrency ?? 1_000;
      const priced = (measurement: WorkloadMeasurement, memorySizeMb = fn.memorySizeMb) => {
        const report = computeUsagePerArticle(measurement, durationModel(memorySizeMb), {
          maxConcurrency: drainConcurrency,
        });
        return { report, cost: computeCostPerMillion(report.usage, PRICE_LIST) };
      };
      const single = priced(singleRun);
      const exported = priced(exportRun);
      const largeBatch = priced(largeBatchRun);
      const seedArticle = priced(seedRun);
      for (const { report } of [single, exported, largeBatch, seedArticle]) {
        const { reportedPerArticle, bySizePerArticle } = report.writeUnits;
        if (Math.abs(reportedPerArticle - bySizePerArticle) > 0.05 * reportedPerArticle) {
          throw new BenchCheckError(
            `write units disagree: DynamoDB Local reports ${reportedPerArticle}/article, item sizes give ${bySizePerArticle}`,
          );
        }
      }
      const memorySweep = MEMORY_SWEEP_MB.map((memorySizeMb) => {
        const { report, cost } = priced(singleRun, memorySizeMb);
        return {
          memorySizeMb,
          cpuFactor: roundTo(durationModel(memorySizeMb).cpuFactor, 3),
          billedMsPerArticle: roundTo(report.duration.billedMsPerArticle, 2),
          lambdaDurationUsd: cost.byService.lambdaDuration,
          oneArticleFilesUsd: cost.totalUsd,
        };
      });
      const levers = writeUnitLevers(single, exported, singleRun, exportRun);
      const meanArticleBytes = Math.round(
        [...singles, ...exports].reduce((sum, object) => sum + object.bytes.byteLength, 0) /
          [...singles, ...exports].reduce((sum, object) => sum + object.articleCount, 0),
      );

      const workload = ({ report, cost }: { report: UsageReport; cost: CostPerMillion }) => ({
        ...cost,
        usagePerArticle: roundValues(report.usage),
        requestsPerArticle: Object.fromEntries(
          Object.entries(report.requestsPerArticle).map(([service, operations]) => [
            service,
            roundValues(operations),
          ]),
        ),
        writeUnits: {
          reportedPerArticle: roundTo(report.writeUnits.reportedPerArticle, 3),
          bySizePerArticle: roundTo(report.writeUnits.bySizePerArticle, 3),
          claimPerArticle: roundTo(report.writeUnits.claimPerArticle, 3),
          byItemType: Object.fromEntries(
            Object.entries(report.writeUnits.byItemType).map(([type, entry]) => [type, roundValues(entry)]),
          ),
        },
        logBytesPerArticle: roundValues(report.logBytesPerArticle),
        xray: roundValues(report.xray),
        duration: roundValues(report.duration),
      });
      // `query --source-id`: one index row per article that carries a vendor's id (none in these workloads).
      const sourceIdIndexRow = await sourceIdIndexCost(PRICE_LIST);
      // The browser's aggregates consumer (lib/PipelineAggregates.ts, in the default stack): not in the totals.
      const aggregates = await aggregatesCost(PRICE_LIST, table.createTable);
      const figures = {
        usdPerMillionArticles: single.cost.totalUsd,
        usdPerMillionArticlesExports: exported.cost.totalUsd,
        byWorkload: {
          oneArticleFiles: { objects: singleRun.objects, articles: singleRun.articles, ...workload(single) },
          hundredDocumentExports: {
            objects: exportRun.objects,
            articles: exportRun.articles,
            ...workload(exported),
          },
        },
        batchSize100: {
          oneArticleFiles: {
            totalUsd: largeBatch.cost.totalUsd,
            byService: largeBatch.cost.byService,
            billedMsPerArticle: roundTo(largeBatch.report.duration.billedMsPerArticle, 2),
            peakRssMb: Math.round(largeBatch.report.duration.peakRssMb),
          },
        },
        seedArticle: {
          bytes: seedBytes.byteLength,
          objects: seedRun.objects,
          ...workload(seedArticle),
        },
        memorySweep,
        levers,
        packing: {
          oneArticleFiles: packingFigures(singleRun),
          hundredDocumentExports: packingFigures(exportRun),
        },
        model: {
          memorySizeMb: fn.memorySizeMb,
          architecture: bundles.settings.architecture,
          batchSize: mapping.batchSize,
          cpuFactor: roundTo(model.cpuFactor, 3),
          cpuFactorSource: `Lambda gives ${fn.memorySizeMb} MB ${roundTo(Math.min(1, fn.memorySizeMb / ONE_VCPU_MEMORY_MB), 3)} of a vCPU (1 vCPU at ${ONE_VCPU_MEMORY_MB} MB, Lambda Developer Guide "Configure Lambda function memory"), × ${GRAVITON_CORE_FACTOR} allowance for a Graviton2 core vs this machine's`,
          billedDuration:
            'per invocation: (wall − CPU time measured here) + CPU time × cpuFactor, rounded up to 1 ms',
          prices: PRICE_LIST,
          excluded: [
            "the uploader's own S3 PUT requests",
            'S3 storage of the uploads',
            'idle polling of the event source (about 5 pollers long-polling, a fixed monthly cost, not per article)',
            'CloudWatch custom metrics (EMF: per metric per month, not per article)',
            'free tiers',
          ],
          xray: `active tracing under X-Ray's default sampling rule (1 trace a second, then 5 %), with ${drainConcurrency} invocations (maxConcurrency) draining a backlog back to back; the ceiling, every invocation traced, is in each workload's xray.ceilingTracesPerArticle`,
          storage:
            'storageUsdPerMonth: table items and index entries, 100 B overhead each, per month kept; not in the total',
        },
        meanArticleBytes,
        sourceIdIndexRow,
        aggregates,
      };
      const breakdown = (label: string, cost: CostPerMillion): BenchRow[] =>
        Object.entries(cost.byService).map(([service, value]) => ({
          metric: `  ${label} ${service}`,
          value: usd(value),
        }));
      const rows: BenchRow[] = [
        {
          metric: 'usdPerMillionArticles',
          value: usd(single.cost.totalUsd),
          note: `one-article files, batch ${mapping.batchSize}, ${fn.memorySizeMb} MB arm64; target < $5`,
        },
        ...breakdown('files', single.cost),
        {
          metric: 'usdPerMillionArticlesExports',
          value: usd(exported.cost.totalUsd),
          note: `${DOCUMENTS_PER_EXPORT}-document exports`,
        },
        ...breakdown('exports', exported.cost),
        {
          metric: 'seed article',
          value: usd(seedArticle.cost.totalUsd),
          note: `the real seed story as one-article files: ${roundTo(seedArticle.report.writeUnits.reportedPerArticle, 2)} write units an article`,
        },
        {
          metric: 'writeUnitsPerArticle',
          value: String(roundTo(single.report.writeUnits.reportedPerArticle, 2)),
          note: `files; exports ${roundTo(exported.report.writeUnits.reportedPerArticle, 2)}; by item size ${roundTo(single.report.writeUnits.bySizePerArticle, 2)}`,
        },
        {
          metric: 'storage per month',
          value: usd(single.cost.storageUsdPerMonth),
          note: 'per million articles kept, not in the total',
        },
        {
          metric: 'batch size 100',
          value: usd(largeBatch.cost.totalUsd),
          note: 'one-article files, measured',
        },
        ...memorySweep.map((entry) => ({
          metric: `memory ${entry.memorySizeMb} MB`,
          value: usd(entry.oneArticleFilesUsd),
          note: `Lambda duration ${usd(entry.lambdaDurationUsd)}, ${entry.billedMsPerArticle} ms/article billed`,
        })),
        {
          metric: 'gzip ratio',
          value: String(packingFigures(singleRun).gzipRatio),
          note: `article JSON ÷ packed body, files; exports ${packingFigures(exportRun).gzipRatio}; article item ${packingFigures(singleRun).articleItemUnitsPacked} units packed, ${packingFigures(singleRun).articleItemUnitsPlain} plain`,
        },
        {
          metric: 'vendor-id index row',
          value: usd(sourceIdIndexRow.writeUsdPerMillionArticles),
          note: `per million articles with a sourceDocumentId: ${sourceIdIndexRow.writeUnitsPerArticle} write unit, ${sourceIdIndexRow.rowBytes} B; storage ${usd(sourceIdIndexRow.storageUsdPerMonthPerMillionArticles)}/month`,
        },
        {
          metric: 'aggregates consumer',
          value: usd(aggregates.oneArticleFiles.usdPerMillionArticles.total),
          note: `per million articles, one-article files (exports ${usd(aggregates.hundredDocumentExports.usdPerMillionArticles.total)}): ${aggregates.oneArticleFiles.writeUnitsPerArticle} write units an article (${aggregates.oneArticleFiles.transactionsPerArticle} transactions of the batch's markers + summed counters; exports ${aggregates.hundredDocumentExports.writeUnitsPerArticle}), ${aggregates.oneArticleFiles.invocationsPerMillionArticles} invocations, ${aggregates.oneArticleFiles.billedMsPerArticle} billed ms an article at ${aggregates.consumer.memorySizeMb} MB; not in the totals above`,
        },
        ...Object.entries(levers).map(([name, lever]) => ({
          metric: `lever ${name}`,
          value: usd(lever.oneArticleFilesUsd),
          note: `exports ${usd(lever.exportsUsd)}; ${lever.description}`,
        })),
      ];
      return { figures, rows };
    } finally {
      dynamodb.destroy();
      uploader.destroy();
      await Promise.all([proxies.s3.stop(), proxies.dynamodb.stop()]);
      await Promise.all([dynamo.stop(), s3Server.stop()]);
    }
  },
};

/**
 * Projections from the measured items, for the store's owner: what a million articles would cost with one
 * store option changed, all else as measured. The index rows keyed in the table and the packed bodies are
 * what was measured; these are the levers still open (no entity rows) and the cost of opting out of
 * packing (a negative saving).
 */
function writeUnitLevers(
  single: { report: UsageReport; cost: CostPerMillion },
  exported: { report: UsageReport; cost: CostPerMillion },
  singleRun: WorkloadMeasurement,
  exportRun: WorkloadMeasurement,
) {
  const withUnitsSaved = (workload: { report: UsageReport; cost: CostPerMillion }, saved: number) =>
    roundTo(workload.cost.totalUsd - saved * PRICE_LIST.dynamoWriteUnit * 1e6, 2);
  const entitySaved = (report: UsageReport) => {
    const entity = report.writeUnits.byItemType['INDEX ENTITY'];
    return (entity?.tableUnits ?? 0) + (entity?.indexUnits ?? 0);
  };
  const packingSaved = (run: WorkloadMeasurement) => {
    const projection = projectPlainArticles(run.requests);
    return (projection.measuredUnits - projection.plainUnits) / run.articles;
  };
  return {
    noEntityIndexRows: {
      description: 'no entity index rows (`indexEntities: false`; entity search served elsewhere)',
      unitsSavedPerArticle: roundTo(entitySaved(single.report), 2),
      oneArticleFilesUsd: withUnitsSaved(single, entitySaved(single.report)),
      exportsUsd: withUnitsSaved(exported, entitySaved(exported.report)),
    },
    plainArticleBodies: {
      description: 'plain article items (`packArticleBodies: false`): the cost of opting out of packing',
      unitsSavedPerArticle: roundTo(packingSaved(singleRun), 2),
      oneArticleFilesUsd: withUnitsSaved(single, packingSaved(singleRun)),
      exportsUsd: withUnitsSaved(exported, packingSaved(exportRun)),
    },
  };
}

/** The gzip ratio of the packed article bodies, and the article item's size packed and plain. */
function packingFigures(run: WorkloadMeasurement) {
  const projection = projectPlainArticles(run.requests);
  return {
    packedArticles: projection.packed,
    articles: projection.articles,
    jsonBytesPerArticle: Math.round(projection.jsonBytes / Math.max(1, projection.packed)),
    bodyBytesPerArticle: Math.round(projection.bodyBytes / Math.max(1, projection.packed)),
    gzipRatio: roundTo(projection.jsonBytes / Math.max(1, projection.bodyBytes), 2),
    articleItemUnitsPacked: roundTo(projection.measuredUnits / Math.max(1, projection.articles), 2),
    articleItemUnitsPlain: roundTo(projection.plainUnits / Math.max(1, projection.articles), 2),
  };
}

function roundValues<T extends object>(values: T): { [K in keyof T]: number } {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? roundTo(value, 4) : value,
    ]),
  ) as { [K in keyof T]: number };
}

export default costBench;
