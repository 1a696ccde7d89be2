import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { RecordStore } from '../../lambda/store/RecordStore';
import { type RunningS3Server, S3RVER_CREDENTIALS, startS3Server } from '../../local/servers/startS3Server';
import { startSqsServer } from '../../local/servers/startSqsServer';
import { pipelineDefinition } from './pipelineDefinition';
import { s3EventBody, sqsRecord } from './sqsEvents';
import { type FaultProxy, startFaultProxy } from './startFaultProxy';
import { startTestTable, type TestTable } from './startTestTable';

/** The ingest handler wired to real local servers, for one test file. */
export interface IngestHarness {
  /** The stack's incoming bucket, by its local name. */
  bucket: string;
  /** The function's `POWERTOOLS_SERVICE_NAME`, which its log lines carry. */
  serviceName: string;
  table: TestTable;
  s3Server: RunningS3Server;
  /** The test's own S3 client (uploads, deletes). */
  s3: S3Client;
  /** The function's own queue (`INGEST_QUEUE_URL`) on a local SQS server: where continuations go. */
  queueUrl: string;
  sqs: SQSClient;
  /**
   * Every message waiting in the function's queue (the continuations it sent), received and deleted, as
   * SQS records the next invocation gets.
   */
  takeQueuedMessages(): Promise<SQSRecord[]>;
  /** A store reading the table through `table.documentClient`. */
  store: RecordStore;
  handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse>;
  /** Uploads `body` under `key`; returns what an event would carry. */
  upload(
    key: string,
    body: Uint8Array | string,
    metadata?: Record<string, string>,
  ): Promise<{ eTag: string; size: number }>;
  /** Uploads `body` under `key`; returns the SQS record of its `ObjectCreated` event, with the next sequencer. */
  uploadEvent(key: string, body: Uint8Array | string): Promise<SQSRecord>;
  /** With `faultProxies`: the proxies the function's S3 and DynamoDB clients go through. */
  proxies?: { s3: FaultProxy; dynamodb: FaultProxy };
  /** A sequencer greater than every one before, 18 hex digits like S3's. */
  nextSequencer(): string;
  stop(): Promise<void>;
}

/** Settings the harness gives the function (environment variables). */
export const HARNESS_MAX_OBJECT_BYTES = 1_048_576;
export const HARNESS_MAX_RECEIVE_COUNT = 3;

/**
 * Starts DynamoDB Local, s3rver and fauxqs on loopback, creates the table, the incoming bucket and the
 * function's queue that the synthesized stack defines, gives the process the function's environment from the template (smaller
 * limits for the tests; endpoints only through the SDK's standard variables) and imports the handler.
 * Call in `beforeAll`; each test file runs in its own process, so the environment is the file's own. With
 * `faultProxies`, the function reaches both servers through fault proxies (`proxies`); the test's own
 * clients still talk to the servers directly. With `handlerModule`, the function is that bundle.
 *
 * @example
 * ```ts
 * let harness: IngestHarness;
 * beforeAll(async () => { harness = await startIngestHarness(); });
 * afterAll(() => harness.stop());
 * ```
 */
export async function startIngestHarness(
  options: {
    environment?: Record<string, string>;
    faultProxies?: boolean;
    /** A built bundle (CommonJS, such as the construct's esbuild output) to run instead of the source handler. */
    handlerModule?: string;
  } = {},
): Promise<IngestHarness> {
  const { definition } = await pipelineDefinition();
  const ingest = definition.functions.find((candidate) => candidate.environment.TABLE_NAME !== undefined);
  const notified = definition.notifications[0]?.bucketLogicalId;
  const bucket = definition.buckets.find((candidate) => candidate.logicalId === notified)?.bucketName;
  if (ingest === undefined || bucket === undefined)
    throw new Error('The template has no ingest function or bucket');
  const [table, s3Server, sqsServer] = await Promise.all([
    startTestTable(),
    startS3Server({ buckets: [bucket] }),
    startSqsServer(),
  ]);
  const proxies = options.faultProxies
    ? { s3: await startFaultProxy(s3Server.endpoint), dynamodb: await startFaultProxy(table.endpoint) }
    : undefined;
  const { NODE_OPTIONS: _nodeOptions, ...environment } = ingest.environment;
  const queueName = (environment.INGEST_QUEUE_URL ?? '').split('/').pop() ?? '';
  const sqs = new SQSClient({
    endpoint: sqsServer.endpoint,
    region: 'us-east-1',
    credentials: S3RVER_CREDENTIALS,
  });
  const { QueueUrl: queueUrl = '' } = await sqs.send(new CreateQueueCommand({ QueueName: queueName }));
  Object.assign(process.env, {
    ...environment,
    MAX_OBJECT_BYTES: String(HARNESS_MAX_OBJECT_BYTES),
    MAX_RECEIVE_COUNT: String(HARNESS_MAX_RECEIVE_COUNT),
    DATE_FROM_KEY: 'true',
    S3_FORCE_PATH_STYLE: 'true',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_S3: proxies?.s3.endpoint ?? s3Server.endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: proxies?.dynamodb.endpoint ?? table.endpoint,
    AWS_ENDPOINT_URL_SQS: sqsServer.endpoint,
    INGEST_QUEUE_URL: queueUrl,
    AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    POWERTOOLS_METRICS_DISABLED: 'true',
    ...options.environment,
  });
  if (process.env.TABLE_NAME !== table.tableName) throw new Error('The function and the test table disagree');
  const { handler } = (
    options.handlerModule === undefined
      ? await import('../../lambda/ingest/handler')
      : createRequire(import.meta.url)(options.handlerModule)
  ) as typeof import('../../lambda/ingest/handler');
  const s3 = new S3Client({
    endpoint: s3Server.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: S3RVER_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  let last = BigInt(Date.now()) * 1_000_000n;
  const harness: IngestHarness = {
    bucket,
    serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? '',
    table,
    s3Server,
    s3,
    queueUrl,
    sqs,
    async takeQueuedMessages() {
      const records: SQSRecord[] = [];
      for (;;) {
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
        );
        if (Messages.length === 0) return records;
        records.push(
          ...Messages.map((message) => sqsRecord(message.Body ?? '', { messageId: message.MessageId })),
        );
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: Messages.map((message, index) => ({
              Id: String(index),
              ReceiptHandle: message.ReceiptHandle,
            })),
          }),
        );
      }
    },
    store: new RecordStore({ client: table.documentClient, tableName: table.tableName }),
    handler,
    ...(proxies === undefined ? {} : { proxies }),
    async upload(key, body, metadata) {
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
      const output = await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, Metadata: metadata }),
      );
      return { eTag: (output.ETag ?? '').replace(/"/g, ''), size: bytes.byteLength };
    },
    async uploadEvent(key, body) {
      const object = await harness.upload(key, body);
      return sqsRecord(s3EventBody({ bucket, key, sequencer: harness.nextSequencer(), ...object }));
    },
    nextSequencer() {
      last += BigInt(1 + Math.floor(Math.random() * 1000));
      return last.toString(16).toUpperCase().padStart(18, '0');
    },
    async stop() {
      s3.destroy();
      sqs.destroy();
      await Promise.all([proxies?.s3.stop(), proxies?.dynamodb.stop()]);
      await Promise.all([table.stop(), s3Server.stop(), sqsServer.stop()]);
    },
  };
  return harness;
}

/** A key no other test uses. */
export function uniqueKey(name: string): string {
  return `uploads/${randomUUID().slice(0, 8)}/${name}`;
}
