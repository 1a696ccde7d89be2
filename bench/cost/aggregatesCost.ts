import { createHash } from 'node:crypto';
import {
  type CreateTableCommandInput,
  DescribeTableCommand,
  DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { applyAggregateBatch } from '../../lambda/aggregates/applyAggregateBatch';
import { toChangeRecord } from '../../lambda/aggregates/handler';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { ObjectOutcome, SourceEvent } from '../../lambda/store/types';
import { startDynamoDbLocal } from '../../local/servers/startDynamoDbLocal';
import { inventBrowseArticle } from '../browse/inventBrowseArticle';
import { createTableLike } from '../e2e/createTableLike';
import { BenchCheckError } from '../support/errors';
import { dynamoItemBytes } from './dynamoItemBytes';
import { billedMilliseconds, durationModel } from './lambdaDurationModel';
import type { PriceList } from './priceList';

/** The consumer's settings in lib/PipelineAggregates.ts. */
const CONSUMER = { memorySizeMb: 256, batchSize: 100 };
const KB = 1024;
const STORE_CONCURRENCY = 4;

/** What the aggregates consumer adds for one workload, per article and per million articles. */
export interface AggregatesWorkloadCost {
  articles: number;
  sources: number;
  /** Every change the table's stream carried (index rows included), per article. */
  streamRecordsPerArticle: number;
  /** The source and article changes the consumer's filter lets through: what invokes it (filtered ones are free). */
  consumerRecordsPerArticle: number;
  /** Transactions per article: one per batch of 100 records, or more when its markers and counters exceed 100 items. */
  transactionsPerArticle: number;
  /** Items those transactions wrote (a marker per counted change, and the batch's summed counter items), per article. */
  itemsWrittenPerArticle: number;
  /** Transactional writes cost 2 units per KB of each item. */
  writeUnitsPerArticle: number;
  largestItemBytes: number;
  /** With full batches of `batchSize`; a trickle of uploads invokes more often, with smaller batches (and sums less). */
  invocationsPerMillionArticles: number;
  billedMsPerArticle: number;
  usdPerMillionArticles: {
    dynamoWrites: number;
    lambdaRequests: number;
    lambdaDuration: number;
    total: number;
  };
}

/** What {@link aggregatesCost} reports. */
export interface AggregatesCost {
  consumer: typeof CONSUMER;
  oneArticleFiles: AggregatesWorkloadCost;
  hundredDocumentExports: AggregatesWorkloadCost;
  notes: string[];
}

/**
 * What the browser's aggregates add per million articles: invented uploads (one-article files, and
 * 100-document exports) are written through the store to a DynamoDB Local table with the pipeline's stream;
 * every stream record is read back, the consumer's filter applied, and the changes applied in full batches
 * of 100 (per stream shard, in order) with the consumer's own `applyAggregateBatch`, counting its
 * transactions and items and timing it. Write units
 * follow DynamoDB's rule for transactions (2 per KB of each item); Lambda duration uses the cost bench's
 * model for the consumer's 256 MB; invocations assume full batches of 100 records.
 *
 * @example
 * ```ts
 * const cost = await aggregatesCost(PRICE_LIST, table.createTable);
 * cost.oneArticleFiles.usdPerMillionArticles.total;
 * ```
 */
export async function aggregatesCost(
  prices: PriceList,
  createTable: CreateTableCommandInput,
): Promise<AggregatesCost> {
  const server = await startDynamoDbLocal();
  const settings = {
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  };
  const client = new DynamoDBClient(settings);
  const streams = new DynamoDBStreamsClient(settings);
  try {
    const measure = (name: string, sources: number, perSource: number) =>
      measureWorkload(prices, { client, streams, createTable }, `${name}`, sources, perSource);
    return {
      consumer: CONSUMER,
      oneArticleFiles: await measure('aggregates-files', 200, 1),
      hundredDocumentExports: await measure('aggregates-exports', 4, 100),
      notes: [
        'Lambda reads of the stream (GetRecords by the event source mapping) are free; records the filter drops invoke nothing',
        'the per-change markers expire by TTL after 2 days: TTL deletes cost no write units, their storage is negligible',
        'full batches are the busy case: a trickle of uploads gives smaller batches, so fewer deltas are summed (down to one change per batch: 2 write units for its marker and 2 per counter item)',
        're-uploads and deletes add a marker per changed source or article, and their counter items to the batch sums',
      ],
    };
  } finally {
    streams.destroy();
    client.destroy();
    await server.stop();
  }
}

async function measureWorkload(
  prices: PriceList,
  rig: { client: DynamoDBClient; streams: DynamoDBStreamsClient; createTable: CreateTableCommandInput },
  tableName: string,
  sources: number,
  perSource: number,
): Promise<AggregatesWorkloadCost> {
  await createTableLike(rig.client, rig.createTable, tableName);
  const documents = DynamoDBDocumentClient.from(rig.client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const store = new RecordStore({ client: documents, tableName });
  const writes = Array.from({ length: sources }, (_, index) => inventWrite('incoming', index, perSource));
  await mapConcurrent(writes, STORE_CONCURRENCY, (write) => store.apply(write.event, write.outcome));

  const shards = await readStream(rig.client, rig.streams, tableName);
  const records = shards.flat();
  // What the event source mapping invokes with: the filtered records of one shard, in order, 100 at a time.
  const consumedByShard = shards.map((shard) =>
    shard.filter((record) => {
      const image = record.eventName === 'REMOVE' ? record.dynamodb?.OldImage : record.dynamodb?.NewImage;
      const type = image?.type?.S;
      return type === 'SOURCE' || type === 'ARTICLE';
    }),
  );
  const consumed = consumedByShard.flat();
  const batches = consumedByShard.flatMap((shard) =>
    Array.from({ length: Math.ceil(shard.length / CONSUMER.batchSize) }, (_, index) =>
      shard.slice(index * CONSUMER.batchSize, (index + 1) * CONSUMER.batchSize),
    ),
  );
  let transactions = 0;
  let items = 0;
  documents.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as Partial<TransactWriteCommandInput>;
      if (Array.isArray(input.TransactItems)) {
        transactions++;
        items += input.TransactItems.length;
      }
      return next(args);
    },
    { step: 'initialize', name: 'benchCountTransactions' },
  );
  const model = durationModel(CONSUMER.memorySizeMb);
  let wallMs = 0;
  let cpuMs = 0;
  try {
    for (const batch of batches) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await applyAggregateBatch(
        documents,
        tableName,
        batch.map((record) => toChangeRecord(record as Parameters<typeof toChangeRecord>[0])),
        new Date(),
      );
      wallMs += performance.now() - started;
      const used = process.cpuUsage(cpu);
      cpuMs += (used.user + used.system) / 1000;
      if (result.failedFrom !== undefined) throw result.error;
    }
  } finally {
    // The document client shares its stack with the raw client, which the next workload uses again.
    documents.middlewareStack.remove('benchCountTransactions');
  }
  const articles = sources * perSource;
  const aggregateItems = await scanAggregateItems(rig.client, tableName);
  const largestItemBytes = Math.max(...aggregateItems.map((item) => dynamoItemBytes(item)));
  if (largestItemBytes > KB) throw new BenchCheckError(`an aggregate item has ${largestItemBytes} bytes`);
  const writeUnitsPerArticle = (2 * items) / articles;
  const invocationsPerMillionArticles = Math.ceil(((consumed.length / articles) * 1e6) / CONSUMER.batchSize);
  // One invocation's overhead is not modelled: the billed time of its batch's transactions.
  const billedMsPerArticle = billedMilliseconds({ wallMs, cpuMs }, model) / articles;
  const usd = {
    dynamoWrites: round(writeUnitsPerArticle * 1e6 * prices.dynamoWriteUnit),
    lambdaRequests: round(invocationsPerMillionArticles * prices.lambdaRequest),
    lambdaDuration: round(
      ((billedMsPerArticle * 1e6) / 1000) * (CONSUMER.memorySizeMb / 1024) * prices.lambdaArmGbSecond,
    ),
  };
  return {
    articles,
    sources,
    streamRecordsPerArticle: round(records.length / articles),
    consumerRecordsPerArticle: round(consumed.length / articles),
    transactionsPerArticle: round(transactions / articles),
    itemsWrittenPerArticle: round(items / articles),
    writeUnitsPerArticle: round(writeUnitsPerArticle),
    largestItemBytes,
    invocationsPerMillionArticles,
    billedMsPerArticle: round(billedMsPerArticle),
    usdPerMillionArticles: {
      ...usd,
      total: round(usd.dynamoWrites + usd.lambdaRequests + usd.lambdaDuration),
    },
  };
}

function inventWrite(
  bucket: string,
  index: number,
  perSource: number,
): { event: SourceEvent; outcome: ObjectOutcome } {
  const body = `Invented aggregates cost upload ${index}.\n`;
  return {
    event: {
      bucket,
      key: `cost/upload-${index}.txt`,
      sequencer: (index + 1).toString(16).padStart(16, '0'),
      eventName: 'ObjectCreated:Put',
    },
    outcome: {
      kind: 'parsed',
      object: {
        versionId: null,
        eTag: createHash('md5').update(body).digest('hex'),
        size: body.length,
        lastModified: '2026-01-02T03:04:05.000Z',
      },
      parse: { format: 'plain', encoding: 'utf-8', compressed: false },
      articles: Array.from({ length: perSource }, (_, document) =>
        inventBrowseArticle(index * perSource + document, document + 1, { publications: 30, days: 365 }),
      ),
    },
  };
}

async function readStream(
  client: DynamoDBClient,
  streams: DynamoDBStreamsClient,
  tableName: string,
): Promise<StreamRecord[][]> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (streamArn === undefined) throw new BenchCheckError(`${tableName} has no stream`);
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
  const shards: StreamRecord[][] = [];
  for (const shard of StreamDescription?.Shards ?? []) {
    const records: StreamRecord[] = [];
    shards.push(records);
    let { ShardIterator: iterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shard.ShardId,
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    while (iterator !== undefined) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      records.push(...(page.Records ?? []));
      if ((page.Records ?? []).length === 0) break;
      iterator = page.NextShardIterator;
    }
  }
  return shards;
}

async function scanAggregateItems(client: DynamoDBClient, tableName: string) {
  const found = [];
  let start: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: '#type = :aggregate',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':aggregate': { S: 'AGGREGATE' } },
        ExclusiveStartKey: start,
      }),
    );
    found.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return found;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
