/**
 * The pipeline process of the bigFile suite (forked by `bigFileBench.ts`, not a suite): local mode as
 * `npm start` runs it, with the function's timeout shrunk (`functionTimeoutSeconds`) and recording
 * proxies between the function and S3 and DynamoDB; uploads one export, waits until it is stored or the
 * time bound passes, and reports what it cost. Arguments: the file, a data folder, the time bound in ms,
 * the function timeout in seconds.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { LocalPipeline } from '../../local/LocalPipeline';
import { type RecordingProxy, startRecordingProxy } from '../cost/startRecordingProxy';
import { readPeakRssMb } from '../e2e/readPeakRssMb';
import type { BigFileCommand, BigFileRun } from './types';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const [file, dataDir, bound, functionTimeoutSeconds] = process.argv.slice(2);
if (!file || !dataDir || !bound || !functionTimeoutSeconds || !process.send) {
  throw new Error(
    'usage: forked with IPC, arguments <file> <data folder> <time bound ms> <function timeout s>',
  );
}
const boundMs = Number(bound);

// Per-slice numbers the handler logs: any numeric field of an INFO or WARN line other than the batch
// summary's counts, kept by name (the resumable-ingest work adds them; today there may be none).
const SUMMARY_FIELDS = new Set([
  'messages',
  'failedMessages',
  'parsed',
  'rejected',
  'deleted',
  'skipped',
  'failed',
  'articles',
  'testEvents',
]);
const sliceFields: Record<string, number[]> = {};
let batches = 0;
let timedOut = 0;
let pending = '';
function readLine(line: string): void {
  if (line.includes(' Task timed out after ')) timedOut += 1;
  if (!line.startsWith('{')) return;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return;
  }
  if (entry.message === 'Processed batch') {
    batches += 1;
    return;
  }
  if (entry.level !== 'INFO' && entry.level !== 'WARN') return;
  for (const [name, value] of Object.entries(entry)) {
    if (typeof value !== 'number' || SUMMARY_FIELDS.has(name) || name === 'sampling_rate') continue;
    const values = sliceFields[name] ?? [];
    values.push(value);
    sliceFields[name] = values;
  }
}

mkdirSync(dataDir, { recursive: true });
const logFile = createWriteStream(join(dataDir, 'function.log'));
const logSink = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) readLine(line);
    logFile.write(chunk, callback);
  },
});

const proxies: RecordingProxy[] = [];
let getObjectRequests = 0;
let writeUnits = 0;
const tally = () => {
  for (const proxy of proxies) {
    for (const request of proxy.take()) {
      if (request.operation === 'GetObject') getObjectRequests += 1;
      writeUnits += request.writeUnits;
    }
  }
};

const pipeline = await LocalPipeline.start({
  projectRoot: PROJECT_ROOT,
  dataDir,
  fresh: true,
  reenqueue: false,
  context: { functionTimeoutSeconds },
  logSink,
  functionEndpoints: async (servers) => {
    const s3 = await startRecordingProxy('s3', servers.s3);
    const dynamodb = await startRecordingProxy('dynamodb', servers.dynamodb);
    proxies.push(s3, dynamodb);
    return { s3: s3.endpoint, dynamodb: dynamodb.endpoint };
  },
});
process.on('message', (command: BigFileCommand) => {
  if (command.type !== 'stop') return;
  void pipeline
    .stop()
    .then(() => Promise.all(proxies.map((proxy) => proxy.stop())))
    .finally(() => process.exit(0));
});
// Keeps the proxies' request lists short while a long run goes on.
const tallying = setInterval(tally, 1_000);
tally();
batches = 0;

const started = performance.now();
const [uploaded] = await pipeline.upload([file]);
if (uploaded === undefined) throw new Error(`nothing uploaded from ${file}`);
const [settled] = await pipeline.waitUntilSettled([uploaded], boundMs);
if (settled?.delivery !== 'unfinished') {
  await pipeline.drain(Math.max(0, boundMs - (performance.now() - started))).catch(() => undefined);
}
const wallMs = performance.now() - started;
clearInterval(tallying);
tally();
const [records] = await pipeline.records([uploaded]);
const javaPid = pipeline.state.childPids[0];
const dynamoDbLocalPeakRssMb = javaPid === undefined ? undefined : await readPeakRssMb(javaPid);
const run: BigFileRun = {
  type: 'done',
  bytes: uploaded.size,
  wallMs,
  status: records?.source.status ?? 'none',
  delivery: settled?.delivery ?? 'unfinished',
  articles: records?.articles.filter((article) => article.status === 'PARSED').length ?? 0,
  invocations: batches + timedOut,
  timedOut,
  getObjectRequests,
  writeUnits,
  // maxRSS is in kilobytes.
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  ...(dynamoDbLocalPeakRssMb !== undefined && { dynamoDbLocalPeakRssMb }),
  sliceFields,
};
process.send(run);
