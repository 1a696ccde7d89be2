import { randomUUID } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { RecordStore } from '../../lambda/store/RecordStore';
import { type RunningS3Server, S3RVER_CREDENTIALS, startS3Server } from '../../local/servers/startS3Server';
import { startTestTable, type TestTable } from './startTestTable';

/** The ingest handler wired to real local servers, for one test file. */
export interface IngestHarness {
  bucket: string;
  table: TestTable;
  s3Server: RunningS3Server;
  /** The test's own S3 client (uploads, deletes). */
  s3: S3Client;
  /** A store reading the table through `table.documentClient`. */
  store: RecordStore;
  handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse>;
  /** Uploads `body` under `key`; returns what an event would carry. */
  upload(
    key: string,
    body: Uint8Array | string,
    metadata?: Record<string, string>,
  ): Promise<{ eTag: string; size: number }>;
  /** A sequencer greater than every one before, 18 hex digits like S3's. */
  nextSequencer(): string;
  stop(): Promise<void>;
}

/** Settings the harness gives the function (environment variables). */
export const HARNESS_MAX_OBJECT_BYTES = 1_048_576;
export const HARNESS_MAX_RECEIVE_COUNT = 3;

/**
 * Starts DynamoDB Local and s3rver on loopback, creates the table and bucket, sets the function's
 * environment exactly as the stack does (endpoints only through the SDK's standard variables) and
 * imports the handler. Call in `beforeAll`; each test file runs in its own process, so the environment
 * is the file's own.
 *
 * @example
 * ```ts
 * let harness: IngestHarness;
 * beforeAll(async () => { harness = await startIngestHarness(); });
 * afterAll(() => harness.stop());
 * ```
 */
export async function startIngestHarness(): Promise<IngestHarness> {
  const bucket = 'incoming';
  const [table, s3Server] = await Promise.all([startTestTable(), startS3Server({ buckets: [bucket] })]);
  Object.assign(process.env, {
    TABLE_NAME: table.tableName,
    MAX_OBJECT_BYTES: String(HARNESS_MAX_OBJECT_BYTES),
    MAX_RECEIVE_COUNT: String(HARNESS_MAX_RECEIVE_COUNT),
    DELETED_RETENTION_DAYS: '30',
    DATE_FROM_KEY: 'true',
    S3_FORCE_PATH_STYLE: 'true',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_S3: s3Server.endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
    AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    POWERTOOLS_SERVICE_NAME: 'article-pipeline',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'INFO',
  });
  const { handler } = await import('../../lambda/ingest/handler');
  const s3 = new S3Client({
    endpoint: s3Server.endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: S3RVER_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  let last = BigInt(Date.now()) * 1_000_000n;
  return {
    bucket,
    table,
    s3Server,
    s3,
    store: new RecordStore({ client: table.documentClient, tableName: table.tableName }),
    handler,
    async upload(key, body, metadata) {
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
      const output = await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, Metadata: metadata }),
      );
      return { eTag: (output.ETag ?? '').replace(/"/g, ''), size: bytes.byteLength };
    },
    nextSequencer() {
      last += BigInt(1 + Math.floor(Math.random() * 1000));
      return last.toString(16).toUpperCase().padStart(18, '0');
    },
    async stop() {
      s3.destroy();
      await Promise.all([table.stop(), s3Server.stop()]);
    },
  };
}

/** A key no other test uses. */
export function uniqueKey(name: string): string {
  return `uploads/${randomUUID().slice(0, 8)}/${name}`;
}
