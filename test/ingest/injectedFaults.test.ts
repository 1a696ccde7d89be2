import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from '../helpers/captureLogs';
import { deniedRequests } from '../helpers/deniedRequests';
import { getObjectRequestOf } from '../helpers/getObjectRequestOf';
import { readKeyItems } from '../helpers/readKeyItems';
import { type AwsClientSpies, spyOnAwsClients } from '../helpers/spyOnAwsClients';
import { s3EventBody, sqsEvent, sqsRecord } from '../helpers/sqsEvents';
import type { Fault } from '../helpers/startFaultProxy';
import {
  HARNESS_MAX_RECEIVE_COUNT,
  type IngestHarness,
  startIngestHarness,
  uniqueKey,
} from '../helpers/startIngestHarness';

const SEED_BYTES = readFileSync(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));

let harness: IngestHarness;
let logs: ReturnType<typeof captureLogs>;
// Every S3 and DynamoDB call goes through these stubs, which record them for the permissions check.
let spies: AwsClientSpies;

// S3's answers, sent by the fault proxy in front of s3rver for one test's key; none of them is retried.
const ACCESS_DENIED: Fault = {
  kind: 's3-error',
  status: 403,
  code: 'AccessDenied',
  message: 'Access Denied',
};

beforeAll(async () => {
  harness = await startIngestHarness({ faultProxies: true });
  logs = captureLogs(harness.serviceName);
  spies = spyOnAwsClients();
});
afterAll(async () => {
  spies?.restore();
  logs?.restore();
  await harness?.stop();
});

/** Answers the function's GetObject of `key` with `fault`, once. */
function faultGetObject(key: string, fault: Fault) {
  return harness.proxies!.s3.inject(getObjectRequestOf(harness.bucket, key), [fault]);
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
    const rule = faultGetObject(denied, ACCESS_DENIED);
    const deniedRecord = sqsRecord((await uploaded(denied)).body);

    const response = await harness.handler(sqsEvent([deniedRecord, sqsRecord((await uploaded(fine)).body)]));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: deniedRecord.messageId }]);
    expect(rule.attempts).toBe(1);
    expect(await harness.store.getSourceRecords(harness.bucket, denied)).toBeUndefined();
    expect((await harness.store.getSourceRecords(harness.bucket, fine))?.source.status).toBe('PARSED');
  });

  it('records the source FAILED with the error on the last allowed receive, then lets the message go', async () => {
    const key = uniqueKey('denied-for-good.txt');
    faultGetObject(key, ACCESS_DENIED);
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
    faultGetObject(key, ACCESS_DENIED);
    const { body } = await uploaded(key);

    await harness.handler(sqsEvent([sqsRecord(body, { receiveCount: HARNESS_MAX_RECEIVE_COUNT - 1 })]));

    expect(await harness.store.getSourceRecords(harness.bucket, key)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['NoSuchKey', 'The specified key does not exist.'],
    ['NoSuchVersion', 'The specified version does not exist.'],
  ])('makes the records DELETED when the object is gone before it is read (%s)', async (code, message) => {
    const key = uniqueKey('gone.txt');
    const first = await uploaded(key);
    await harness.handler(sqsEvent([sqsRecord(first.body)]));
    faultGetObject(key, { kind: 's3-error', status: 404, code, message });

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
    faultGetObject(key, {
      kind: 's3-error',
      status: 404,
      code: 'NoSuchKey',
      message: 'The specified key does not exist.',
      headers: { 'x-amz-delete-marker': 'true', 'x-amz-version-id': 'dm-1' },
    });

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
