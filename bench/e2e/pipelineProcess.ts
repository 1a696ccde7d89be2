/**
 * The pipeline process of the end-to-end suite (started by `runPipelineProcess`, not a suite): local mode
 * exactly as `npm start` runs it — DynamoDB Local, s3rver and fauxqs, resources from the synthesized
 * template, the handler in a worker thread, S3 events through the queue — then uploads a folder and
 * reports when every object's records are stored. Arguments: the folder, a data folder, a timeout in ms.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { LocalPipeline } from '../../local/LocalPipeline';
import type { PipelineDoneMessage, PipelineProcessCommand, PipelineProcessMessage } from './types';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const [uploadDirectory, dataDir, timeout] = process.argv.slice(2);
if (uploadDirectory === undefined || dataDir === undefined || timeout === undefined || !process.send) {
  throw new Error('usage: forked with IPC, arguments <upload folder> <data folder> <timeout ms>');
}
const send = (message: PipelineProcessMessage) => process.send?.(message);

// Kept next to the data, for a look at what happened when a run fails its checks.
mkdirSync(dataDir, { recursive: true });
const logFile = createWriteStream(join(dataDir, 'function.log'));
let functionLogBytes = 0;
let skippedEvents = 0;
let tail = '';
const SKIPPED = '"action":"skipped-';
const logSink = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    functionLogBytes += chunk.length;
    // Counted across chunk boundaries: the tail keeps the end of the previous chunk.
    const text = tail + chunk.toString('utf8');
    skippedEvents += text.split(SKIPPED).length - 1;
    tail = text.slice(-(SKIPPED.length - 1));
    logFile.write(chunk, callback);
  },
});
const warnings: string[] = [];
const pipeline = await LocalPipeline.start({
  projectRoot: PROJECT_ROOT,
  dataDir,
  fresh: true,
  reenqueue: false,
  logSink,
  onWarning: (warning) => warnings.push(warning),
});
process.on('message', (command: PipelineProcessCommand) => {
  if (command.type === 'stop') void pipeline.stop().finally(() => process.exit(0));
});

const table = pipeline.definition.tables[0];
const mapping = pipeline.definition.eventSourceMappings[0];
const fn = pipeline.definition.functions[0];
if (table === undefined || mapping === undefined || fn === undefined) {
  throw new Error('the template has no table, event source mapping or function');
}
send({
  type: 'started',
  dynamodbEndpoint: pipeline.state.endpoints.dynamodb,
  credentials: pipeline.state.credentials,
  region: pipeline.state.region,
  bucket: pipeline.state.bucket,
  tableName: table.tableName,
  createTable: table.createTable,
  batchSize: mapping.batchSize,
  // As LocalPipeline applies it: the mapping's MaximumConcurrency, 5 when the template sets none.
  maximumConcurrency: mapping.maximumConcurrency ?? 5,
  memorySizeMb: fn.memorySizeMb,
  ...(pipeline.state.childPids[0] !== undefined && { dynamoDbLocalPid: pipeline.state.childPids[0] }),
});

const started = performance.now();
const uploaded = await pipeline.upload([uploadDirectory]);
const uploadMs = performance.now() - started;
const processed = await pipeline.waitUntilProcessed(uploaded, Number(timeout));
// A redelivered copy of an event that another invocation is still writing is acknowledged as superseded,
// which marks its key processed before the records land: done means the queue holds nothing any more.
await pipeline.drain(Number(timeout));
const pipelineMs = performance.now() - started;
const done: PipelineDoneMessage = {
  type: 'done',
  objects: uploaded.length,
  processed: processed.filter((object) => object.delivery === 'processed').length,
  deadLettered: processed.filter((object) => object.delivery === 'dead-lettered').length,
  pipelineMs,
  uploadMs,
  // maxRSS is in kilobytes.
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  functionLogBytes,
  skippedEvents,
  warnings,
};
send(done);
