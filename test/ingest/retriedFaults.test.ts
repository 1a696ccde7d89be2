import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AWS_CLIENT_SETTINGS } from '../../lambda/ingest/awsClientSettings';
import { captureLogs } from '../helpers/captureLogs';
import { dynamoRequestIs } from '../helpers/dynamoRequestIs';
import { getObjectRequestOf } from '../helpers/getObjectRequestOf';
import { readKeyItems } from '../helpers/readKeyItems';
import { s3EventBody, sqsEvent, sqsRecord } from '../helpers/sqsEvents';
import type { Fault, FaultProxy } from '../helpers/startFaultProxy';
import { type IngestHarness, startIngestHarness, uniqueKey } from '../helpers/startIngestHarness';

// The handler builds its clients from these settings: the function's own, with delays and timeouts shrunk.
vi.mock('../../lambda/ingest/awsClientSettings', async (importOriginal) => {
  const { AWS_CLIENT_SETTINGS: settings } =
    await importOriginal<typeof import('../../lambda/ingest/awsClientSettings')>();
  const { fastClientSettings } = await import('../helpers/fastClientSettings');
  return {
    AWS_CLIENT_SETTINGS: {
      s3: fastClientSettings(settings.s3),
      dynamodb: fastClientSettings(settings.dynamodb),
      sqs: fastClientSettings(settings.sqs),
    },
  };
});

const SEED_BYTES = readFileSync(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));

let harness: IngestHarness;
let proxies: { s3: FaultProxy; dynamodb: FaultProxy };
let logs: ReturnType<typeof captureLogs>;

beforeAll(async () => {
  harness = await startIngestHarness({ faultProxies: true });
  proxies = harness.proxies!;
  logs = captureLogs(harness.serviceName);
});
afterAll(async () => {
  logs?.restore();
  await harness?.stop();
});

/** The error the function logged for `key`'s failed event. */
function loggedError(key: string): { name: string } | undefined {
  return logs.lines
    .map((line) => JSON.parse(line) as { message: string; key?: string; error?: { name: string } })
    .find((line) => line.message === 'Event failed' && line.key === key)?.error;
}

async function uploaded(key: string) {
  const object = await harness.upload(key, SEED_BYTES);
  return s3EventBody({ bucket: harness.bucket, key, sequencer: harness.nextSequencer(), ...object });
}

/** The function's GetObject of `key`. */
const getObjectOf = (key: string) => getObjectRequestOf(harness.bucket, key);

const slowDown = (times: number): Fault[] =>
  Array.from({ length: times }, () => ({ kind: 's3-error', status: 503, code: 'SlowDown' }));

describe('S3 faults on the wire, through the SDK retries of the function', () => {
  it.each<[string, Fault[]]>([
    ['503 SlowDown up to the last attempt', slowDown(AWS_CLIENT_SETTINGS.s3.maxAttempts - 1)],
    [
      '500 InternalError',
      [
        {
          kind: 's3-error',
          status: 500,
          code: 'InternalError',
          message: 'We encountered an internal error.',
        },
      ],
    ],
    ['a connection reset', [{ kind: 'reset' }]],
    ['a socket hang up', [{ kind: 'hangup' }]],
    ['an answer that never comes', [{ kind: 'hang' }]],
  ])('reads the object after %s, one attempt per fault and one more', async (_fault, faults) => {
    const key = uniqueKey('retried-read.txt');
    const rule = proxies.s3.inject(getObjectOf(key), faults);

    const response = await harness.handler(sqsEvent([sqsRecord(await uploaded(key))]));

    expect(response.batchItemFailures).toEqual([]);
    expect(rule.attempts).toBe(faults.length + 1);
    expect((await harness.store.getSourceRecords(harness.bucket, key))?.source.status).toBe('PARSED');
  });

  it('fails only its message when S3 throttles all maxAttempts attempts; the redelivery stores it', async () => {
    const key = uniqueKey('throttled-read.txt');
    const fine = uniqueKey('fine-read.txt');
    const rule = proxies.s3.inject(getObjectOf(key), slowDown(AWS_CLIENT_SETTINGS.s3.maxAttempts));
    const body = await uploaded(key);
    const throttled = sqsRecord(body);

    const first = await harness.handler(sqsEvent([throttled, sqsRecord(await uploaded(fine))]));

    expect(first.batchItemFailures).toEqual([{ itemIdentifier: throttled.messageId }]);
    expect(rule.attempts).toBe(AWS_CLIENT_SETTINGS.s3.maxAttempts);
    expect(loggedError(key)).toMatchObject({ name: 'SlowDown' });
    expect(await harness.store.getSourceRecords(harness.bucket, key)).toBeUndefined();
    expect((await harness.store.getSourceRecords(harness.bucket, fine))?.source.status).toBe('PARSED');

    const redelivered = await harness.handler(sqsEvent([sqsRecord(body, { receiveCount: 2 })]));

    expect(redelivered.batchItemFailures).toEqual([]);
    expect(rule.attempts).toBe(AWS_CLIENT_SETTINGS.s3.maxAttempts + 1);
    expect((await harness.store.getSourceRecords(harness.bucket, key))?.source.status).toBe('PARSED');
  });

  it('fails the message when the body stops streaming (read after the SDK returned); the redelivery stores it', async () => {
    const key = uniqueKey('stalled-body.txt');
    const rule = proxies.s3.inject(getObjectOf(key), [{ kind: 'stall' }]);
    const body = await uploaded(key);

    const first = await harness.handler(sqsEvent([sqsRecord(body)]));

    expect(first.batchItemFailures).toHaveLength(1);
    expect(rule.attempts).toBe(1);
    // The socket timeout ended the read: the body is read outside the SDK's retries.
    expect(loggedError(key)).toMatchObject({ name: 'TimeoutError' });
    expect(await harness.store.getSourceRecords(harness.bucket, key)).toBeUndefined();
    const redelivered = await harness.handler(sqsEvent([sqsRecord(body, { receiveCount: 2 })]));
    expect(redelivered.batchItemFailures).toEqual([]);
    expect((await harness.store.getSourceRecords(harness.bucket, key))?.source.status).toBe('PARSED');
  });
});

describe('DynamoDB faults on the wire, through the handler', () => {
  it('fails only the message whose claim is throttled on every attempt, and leaves its records as they were', async () => {
    const key = uniqueKey('throttled-claim.txt');
    const fine = uniqueKey('unthrottled.txt');
    await harness.handler(sqsEvent([sqsRecord(await uploaded(key))]));
    const read = () =>
      readKeyItems(harness.table.documentClient, harness.table.tableName, harness.bucket, key, 1);
    const before = await read();
    const rule = proxies.dynamodb.inject(
      (request) => dynamoRequestIs('claim', harness.table.tableName)(request) && request.body.includes(key),
      Array.from({ length: AWS_CLIENT_SETTINGS.dynamodb.maxAttempts }, () => ({
        kind: 'dynamodb-error' as const,
        type: 'ThrottlingException',
      })),
    );
    const throttled = sqsRecord(await uploaded(key));

    const response = await harness.handler(sqsEvent([throttled, sqsRecord(await uploaded(fine))]));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: throttled.messageId }]);
    expect(rule.attempts).toBe(AWS_CLIENT_SETTINGS.dynamodb.maxAttempts);
    expect(loggedError(key)).toMatchObject({ name: 'ThrottlingException' });
    expect(await read()).toEqual(before);
    expect((await harness.store.getSourceRecords(harness.bucket, fine))?.source.status).toBe('PARSED');
  });

  it('fails the message when the article write is throttled maxAttempts times; the redelivery converges', async () => {
    const key = uniqueKey('throttled-write.txt');
    const rule = proxies.dynamodb.inject(
      (request) =>
        dynamoRequestIs('articles', harness.table.tableName)(request) && request.body.includes(key),
      Array.from({ length: AWS_CLIENT_SETTINGS.dynamodb.maxAttempts }, () => ({
        kind: 'dynamodb-error' as const,
        type: 'ProvisionedThroughputExceededException',
      })),
    );
    const body = await uploaded(key);

    const first = await harness.handler(sqsEvent([sqsRecord(body)]));

    expect(first.batchItemFailures).toHaveLength(1);
    expect(rule.attempts).toBe(AWS_CLIENT_SETTINGS.dynamodb.maxAttempts);
    expect(loggedError(key)).toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    // The failed write left no committed source: its lease was released, the key is still in PROCESSING.
    expect((await harness.store.getSourceRecords(harness.bucket, key))?.source.status).not.toBe('PARSED');

    const redelivered = await harness.handler(sqsEvent([sqsRecord(body, { receiveCount: 2 })]));

    expect(redelivered.batchItemFailures).toEqual([]);
    const items = await readKeyItems(
      harness.table.documentClient,
      harness.table.tableName,
      harness.bucket,
      key,
      2,
    );
    expect(items.filter((item) => item.type === 'SOURCE').map((item) => item.status)).toEqual(['PARSED']);
    expect(items.filter((item) => item.type === 'ARTICLE').map((item) => item.status)).toEqual(['PARSED']);
    expect(items.some((item) => item.type === 'SOURCE' && 'leaseOwner' in item)).toBe(false);
  });
});
