import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { dynamoItemBytes } from './dynamoItemBytes';
import { billedMilliseconds, type DurationModel } from './lambdaDurationModel';
import type { WorkloadMeasurement } from './measureWorkload';
import { platformLogBytes } from './platformLogBytes';
import type { UsagePerArticle } from './types';
import { xrayTracedFraction } from './xrayTracedFraction';

/** SQS bills each 64 KB chunk of a request's payload as a request. */
const SQS_CHUNK_BYTES = 64 * 1024;
/** ReceiveMessage and DeleteMessageBatch take at most 10 messages. */
const SQS_MESSAGES_PER_CALL = 10;
/** CloudWatch Logs counts 26 bytes per log event on top of its message. */
const LOG_EVENT_OVERHEAD_BYTES = 26;
/** DynamoDB stores 100 bytes of overhead per item and per index entry. */
const STORAGE_OVERHEAD_BYTES = 100;
const KB = 1024;
const INDEXES = [
  ['gsi1pk', 'gsi1sk'],
  ['gsi2pk', 'gsi2sk'],
] as const;

type WireItem = Record<string, AttributeValue>;

/** The usage, and the figures it was computed from, per article. */
export interface UsageReport {
  usage: UsagePerArticle;
  /** By service, then operation: `{ dynamodb: { PutItem: 1 } }`. */
  requestsPerArticle: Record<string, Record<string, number>>;
  writeUnits: {
    /** As DynamoDB Local reported them (ReturnConsumedCapacity: INDEXES). */
    reportedPerArticle: number;
    /** Recomputed from the sizes of the items put (+1 per index the item is in), plus the reported UpdateItem units. */
    bySizePerArticle: number;
    /** Table and index units per article by item type, from item sizes. */
    byItemType: Record<string, { items: number; tableUnits: number; indexUnits: number }>;
    /** The claim's UpdateItem (reported). */
    claimPerArticle: number;
  };
  logBytesPerArticle: { function: number; platform: number; overhead: number };
  /** X-Ray under its default sampling rule while `maxConcurrency` invocations drain a backlog. */
  xray: { invocationsPerSecond: number; tracedFraction: number; ceilingTracesPerArticle: number };
  duration: {
    cpuFactor: number;
    invocations: number;
    wallMsPerArticle: number;
    cpuMsPerArticle: number;
    billedMsPerArticle: number;
    peakRssMb: number;
  };
}

/**
 * Turns what a workload's invocations did into what one article uses of each billed service: requests
 * counted at the proxies, DynamoDB units as the server reported them, the function's log bytes plus
 * Lambda's platform records, modelled Lambda duration, the SQS requests Lambda's event source makes for
 * these batches (one SendMessage per object from S3, one receive and one delete per 10 messages).
 *
 * @example
 * ```ts
 * const { usage } = computeUsagePerArticle(measurement, durationModel(1024), { maxConcurrency: 10 });
 * ```
 */
export function computeUsagePerArticle(
  measurement: WorkloadMeasurement,
  model: DurationModel,
  drain: { maxConcurrency: number },
): UsageReport {
  const { articles, invocations, requests } = measurement;
  const perArticle = (value: number) => value / articles;

  const counts: Record<string, number> = {};
  for (const request of requests) {
    const name = `${request.service}.${request.operation}`;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  const sqs = sqsRequests(measurement);
  counts['sqs.SendMessage'] = sqs.send;
  counts['sqs.ReceiveMessage'] = sqs.receive;
  counts['sqs.DeleteMessageBatch'] = sqs.delete;
  counts['lambda.Invoke'] = invocations.length;

  const dynamo = requests.filter((request) => request.service === 'dynamodb');
  const reportedWrite = dynamo.reduce((sum, request) => sum + request.writeUnits, 0);
  const reportedRead = dynamo.reduce((sum, request) => sum + request.readUnits, 0);
  const claimUnits = dynamo
    .filter((request) => request.operation === 'UpdateItem')
    .reduce((sum, request) => sum + request.writeUnits, 0);
  const byItemType: UsageReport['writeUnits']['byItemType'] = {};
  let storedBytes = 0;
  for (const item of dynamo.flatMap((request) => request.putItems) as WireItem[]) {
    const size = dynamoItemBytes(item);
    // Index rows by kind (AUTHOR, ENTITY): each kind is a separate design lever. Rows are keyed
    // `AUTHOR#…`/`ENTITY#…` in their pk (schema 1 had the kind in the sk of the article's partition).
    const indexKey = item.pk?.S?.startsWith('ARTICLE#') ? item.sk?.S : item.pk?.S;
    const type =
      item.type?.S === 'INDEX' ? `INDEX ${indexKey?.split('#')[0] ?? ''}` : (item.type?.S ?? 'UNKNOWN');
    byItemType[type] ??= { items: 0, tableUnits: 0, indexUnits: 0 };
    const entry = byItemType[type];
    entry.items += 1;
    entry.tableUnits += Math.ceil(size / KB);
    storedBytes += size + STORAGE_OVERHEAD_BYTES;
    for (const [partition, sort] of INDEXES) {
      if (item[partition] === undefined || item[sort] === undefined) continue;
      const entryBytes = dynamoItemBytes({
        pk: item.pk!,
        sk: item.sk!,
        [partition]: item[partition]!,
        [sort]: item[sort]!,
      });
      entry.indexUnits += Math.ceil(entryBytes / KB);
      storedBytes += entryBytes + STORAGE_OVERHEAD_BYTES;
    }
  }
  const bySize =
    Object.values(byItemType).reduce((sum, entry) => sum + entry.tableUnits + entry.indexUnits, 0) +
    claimUnits;

  let billedMs = 0;
  let functionLogBytes = 0;
  let platformBytes = 0;
  let logEvents = 0;
  for (const invocation of invocations) {
    const billed = billedMilliseconds(invocation, model);
    billedMs += billed;
    functionLogBytes += invocation.logBytes;
    const platform = platformLogBytes({
      durationMs: billed,
      memorySizeMb: model.memorySizeMb,
      maxMemoryUsedMb: invocation.maxRssMb,
    });
    platformBytes += platform.bytes;
    logEvents += invocation.logLines + platform.records;
  }
  const overheadBytes = logEvents * LOG_EVENT_OVERHEAD_BYTES;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  // A backlog keeps `maxConcurrency` invocations running back to back, each as long as the mean billed one.
  const invocationsPerSecond =
    invocations.length === 0 ? 0 : (drain.maxConcurrency * 1000 * invocations.length) / Math.max(1, billedMs);
  const tracedFraction = xrayTracedFraction(invocationsPerSecond);

  const usage: UsagePerArticle = {
    lambdaInvocations: perArticle(invocations.length),
    lambdaGbSeconds: perArticle((billedMs / 1000) * (model.memorySizeMb / KB)),
    sqsRequests: perArticle(sqs.send + sqs.receive + sqs.delete),
    s3GetRequests: perArticle((counts['s3.GetObject'] ?? 0) + (counts['s3.HeadObject'] ?? 0)),
    dynamoWriteUnits: perArticle(reportedWrite),
    dynamoReadUnits: perArticle(reportedRead),
    logBytes: perArticle(functionLogBytes + platformBytes + overheadBytes),
    xrayTraces: perArticle(invocations.length * tracedFraction),
    storedBytes: perArticle(storedBytes),
  };
  return {
    usage,
    requestsPerArticle: byService(counts, perArticle),
    writeUnits: {
      reportedPerArticle: perArticle(reportedWrite),
      bySizePerArticle: perArticle(bySize),
      byItemType: Object.fromEntries(
        Object.entries(byItemType).map(([type, entry]) => [
          type,
          {
            items: perArticle(entry.items),
            tableUnits: perArticle(entry.tableUnits),
            indexUnits: perArticle(entry.indexUnits),
          },
        ]),
      ),
      claimPerArticle: perArticle(claimUnits),
    },
    logBytesPerArticle: {
      function: perArticle(functionLogBytes),
      platform: perArticle(platformBytes),
      overhead: perArticle(overheadBytes),
    },
    xray: {
      invocationsPerSecond,
      tracedFraction,
      ceilingTracesPerArticle: perArticle(invocations.length),
    },
    duration: {
      cpuFactor: model.cpuFactor,
      invocations: invocations.length,
      wallMsPerArticle: perArticle(sum(invocations.map((invocation) => invocation.wallMs))),
      cpuMsPerArticle: perArticle(sum(invocations.map((invocation) => invocation.cpuMs))),
      billedMsPerArticle: perArticle(billedMs),
      peakRssMb: Math.max(...invocations.map((invocation) => invocation.maxRssMb)),
    },
  };
}

/** Requests SQS bills for these batches: S3's SendMessage per object, the event source's receives and deletes. */
function sqsRequests(measurement: WorkloadMeasurement): { send: number; receive: number; delete: number } {
  const bodies = measurement.messageBodyBytes;
  let send = 0;
  for (const bytes of bodies) send += Math.max(1, Math.ceil(bytes / SQS_CHUNK_BYTES));
  let receive = 0;
  let deletes = 0;
  for (let start = 0; start < bodies.length; start += measurement.batchSize) {
    const batch = bodies.slice(start, start + measurement.batchSize);
    for (let call = 0; call < batch.length; call += SQS_MESSAGES_PER_CALL) {
      const payload = batch
        .slice(call, call + SQS_MESSAGES_PER_CALL)
        .reduce((total, bytes) => total + bytes, 0);
      receive += Math.max(1, Math.ceil(payload / SQS_CHUNK_BYTES));
      deletes += 1;
    }
  }
  return { send, receive, delete: deletes };
}

/** `{ 'dynamodb.PutItem': 3 }` → `{ dynamodb: { PutItem: f(3) } }`. */
function byService(
  counts: Record<string, number>,
  scale: (count: number) => number,
): Record<string, Record<string, number>> {
  const nested: Record<string, Record<string, number>> = {};
  for (const [name, count] of Object.entries(counts)) {
    const [service = '', operation = ''] = name.split('.');
    nested[service] ??= {};
    nested[service][operation] = scale(count);
  }
  return nested;
}
