import { readFileSync } from 'node:fs';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, NoSuchKey, S3ServiceException } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableKeys } from '../../lambda/store/tableKeys';
import { captureLogs } from '../helpers/captureLogs';
import { deniedRequests } from '../helpers/deniedRequests';
import { readKeyItems } from '../helpers/readKeyItems';
import { type AwsClientSpies, spyOnAwsClients } from '../helpers/spyOnAwsClients';
import { s3EventBody, sqsEvent, sqsRecord } from '../helpers/sqsEvents';
import {
  HARNESS_MAX_RECEIVE_COUNT,
  type IngestHarness,
  startIngestHarness,
  uniqueKey,
} from '../helpers/startIngestHarness';

const SEED_BYTES = readFileSync(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));

let harness: IngestHarness;
let logs: ReturnType<typeof captureLogs>;
// Every S3 and DynamoDB call goes through these stubs; a test adds a fault for its own key only.
let spies: AwsClientSpies;

beforeAll(async () => {
  harness = await startIngestHarness();
  logs = captureLogs(harness.serviceName);
  spies = spyOnAwsClients();
});
afterAll(async () => {
  spies?.restore();
  logs?.restore();
  await harness?.stop();
});

function s3Error(name: string, status: number, message: string): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message,
  });
}

async function uploaded(key: string) {
  const object = await harness.upload(key, SEED_BYTES);
  return {
    body: s3EventBody({ bucket: harness.bucket, key, sequencer: harness.nextSequencer(), ...object }),
    object,
  };
}

describe('faults S3 answers with', () => {
  it('fails only the message whose object is denied, and writes nothing for it', async () => {
    const denied = uniqueKey('denied.txt');
    const fine = uniqueKey('fine.txt');
    spies.s3.on(GetObjectCommand, { Key: denied }).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    const deniedRecord = sqsRecord((await uploaded(denied)).body);

    const response = await harness.handler(sqsEvent([deniedRecord, sqsRecord((await uploaded(fine)).body)]));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: deniedRecord.messageId }]);
    expect(await harness.store.getSourceRecords(harness.bucket, denied)).toBeUndefined();
    expect((await harness.store.getSourceRecords(harness.bucket, fine))?.source.status).toBe('PARSED');
  });

  it('records the source FAILED with the error on the last allowed receive, then lets the message go', async () => {
    const key = uniqueKey('denied-for-good.txt');
    spies.s3.on(GetObjectCommand, { Key: key }).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    const { body } = await uploaded(key);
    const sequencer = JSON.parse(body).Records[0].s3.object.sequencer as string;
    const record = sqsRecord(body, { receiveCount: HARNESS_MAX_RECEIVE_COUNT });

    const response = await harness.handler(sqsEvent([record]));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
    const source = (await harness.store.getSourceRecords(harness.bucket, key))?.source;
    expect(source).toMatchObject({
      status: 'FAILED',
      sequencer: null,
      error: {
        name: 'AccessDenied',
        message: 'Access Denied',
        sequencer,
        receiveCount: HARNESS_MAX_RECEIVE_COUNT,
      },
    });
    const failed = await harness.store.sourcesByStatus('FAILED', { limit: 100 });
    expect(failed.items.map((item) => item.key)).toContain(key);
  });

  it('does not record FAILED before the last receive', async () => {
    const key = uniqueKey('denied-once.txt');
    spies.s3.on(GetObjectCommand, { Key: key }).rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    const { body } = await uploaded(key);

    await harness.handler(sqsEvent([sqsRecord(body, { receiveCount: HARNESS_MAX_RECEIVE_COUNT - 1 })]));

    expect(await harness.store.getSourceRecords(harness.bucket, key)).toBeUndefined();
  });

  it.each([
    [
      'NoSuchKey',
      () =>
        new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } }),
    ],
    ['NoSuchVersion', () => s3Error('NoSuchVersion', 404, 'The specified version does not exist.')],
  ])('makes the records DELETED when the object is gone before it is read (%s)', async (_name, error) => {
    const key = uniqueKey('gone.txt');
    const first = await uploaded(key);
    await harness.handler(sqsEvent([sqsRecord(first.body)]));
    spies.s3.on(GetObjectCommand, { Key: key }).rejects(error());

    const response = await harness.handler(sqsEvent([sqsRecord((await uploaded(key)).body)]));

    expect(response.batchItemFailures).toEqual([]);
    const records = await harness.store.getSourceRecords(harness.bucket, key);
    expect(records?.source.status).toBe('DELETED');
    const items = await readKeyItems(
      harness.table.documentClient,
      harness.table.tableName,
      harness.bucket,
      key,
      1,
    );
    expect(items.filter((item) => item.type === 'ARTICLE').map((item) => item.status)).toEqual(['DELETED']);
  });

  it('makes the records DELETED when the current version is a delete marker', async () => {
    const key = uniqueKey('delete-marker.txt');
    await harness.handler(sqsEvent([sqsRecord((await uploaded(key)).body)]));
    // A GET of a key whose current version is a delete marker: 404 NoSuchKey with x-amz-delete-marker.
    const marker = new NoSuchKey({
      message: 'The specified key does not exist.',
      $metadata: { httpStatusCode: 404 },
    });
    Object.assign(marker, {
      $response: { statusCode: 404, headers: { 'x-amz-delete-marker': 'true', 'x-amz-version-id': 'dm-1' } },
    });
    spies.s3.on(GetObjectCommand, { Key: key }).rejects(marker);

    await harness.handler(
      sqsEvent([
        sqsRecord(
          s3EventBody({
            bucket: harness.bucket,
            key,
            sequencer: harness.nextSequencer(),
            eventName: 'ObjectRemoved:DeleteMarkerCreated',
            versionId: 'dm-1',
          }),
        ),
      ]),
    );

    expect((await harness.store.getSourceRecords(harness.bucket, key))?.source).toMatchObject({
      status: 'DELETED',
      eventName: 'ObjectRemoved:DeleteMarkerCreated',
    });
  });

  it('fails the message, and only it, when S3 throttles every attempt', async () => {
    const key = uniqueKey('slow-down.txt');
    const fine = uniqueKey('not-slowed.txt');
    spies.s3
      .on(GetObjectCommand, { Key: key })
      .rejects(s3Error('SlowDown', 503, 'Please reduce your request rate.'));
    const throttled = sqsRecord((await uploaded(key)).body);

    const response = await harness.handler(sqsEvent([throttled, sqsRecord((await uploaded(fine)).body)]));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: throttled.messageId }]);
    expect((await harness.store.getSourceRecords(harness.bucket, fine))?.source.status).toBe('PARSED');
  });
});

describe('faults DynamoDB answers with', () => {
  it('fails the message, and only it, when DynamoDB throttles every attempt, and leaves its records as they were', async () => {
    const key = uniqueKey('throttled.txt');
    const fine = uniqueKey('unthrottled.txt');
    await harness.handler(sqsEvent([sqsRecord((await uploaded(key)).body)]));
    const before = await readKeyItems(
      harness.table.documentClient,
      harness.table.tableName,
      harness.bucket,
      key,
      1,
    );
    spies.dynamo.on(UpdateCommand, { Key: tableKeys.source(harness.bucket, key) }).rejects(
      new ProvisionedThroughputExceededException({
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const throttled = sqsRecord((await uploaded(key)).body);

    const response = await harness.handler(sqsEvent([throttled, sqsRecord((await uploaded(fine)).body)]));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: throttled.messageId }]);
    expect(
      await readKeyItems(harness.table.documentClient, harness.table.tableName, harness.bucket, key, 1),
    ).toEqual(before);
    expect((await harness.store.getSourceRecords(harness.bucket, fine))?.source.status).toBe('PARSED');
  });
});

describe('permissions', () => {
  it("made only calls that the function's role in the synthesized template allows", async () => {
    const { requests, denied } = await deniedRequests(
      spies.commandsExcept(harness.s3, harness.table.documentClient),
    );

    expect(denied).toEqual([]);
    expect(new Set(requests.map((request) => request.action))).toEqual(
      new Set([
        's3:GetObject',
        's3:ListBucket',
        'dynamodb:UpdateItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
      ]),
    );
  });
});
