// What local mode reads of a key's source item (DynamoDB Local): the lease an interrupted invocation left,
// for the key each of its messages names (an S3 event, or a continuation the ingest function sent itself to
// go on with a file in slices), and whether a write in slices is still under way.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContinuationBody } from '../../lambda/ingest/buildContinuationBody';
import { tableKeys } from '../../lambda/store/tableKeys';
import { readSourceState } from '../../local/records/readSourceState';
import { secondsUntilLeasesExpire } from '../../local/records/secondsUntilLeasesExpire';
import { s3EventBody } from '../helpers/sqsEvents';
import { startTestTable, type TestTable } from '../helpers/startTestTable';

const BUCKET = 'incoming';
const NOW = Date.parse('2026-12-04T22:00:00.000Z');
let table: TestTable;

beforeAll(async () => {
  table = await startTestTable();
}, 120_000);
afterAll(async () => {
  await table?.stop();
});

/** A source item as a writer leaves it when it dies mid-slice: PROCESSING under a lease. */
async function leased(key: string, leaseExpiresAt: number): Promise<void> {
  await table.documentClient.send(
    new PutCommand({
      TableName: table.tableName,
      Item: { ...tableKeys.source(BUCKET, key), type: 'SOURCE', status: 'PROCESSING', leaseExpiresAt },
    }),
  );
}

function continuationOf(key: string): string {
  return buildContinuationBody({
    bucket: BUCKET,
    key,
    sequencer: '0062E99A88DC407460',
    eventName: 'ObjectCreated:Put',
    versionId: null,
    eTag: 'e1',
    resumeAfter: 3000,
    slice: 2,
  });
}

const seconds = (bodies: string[]) =>
  secondsUntilLeasesExpire(table.documentClient, table.tableName, bodies, () => NOW);

describe('how long local mode keeps an interrupted invocation’s messages away', () => {
  it('reads the lease of the key a continuation names, as it does for an S3 event', async () => {
    await leased('exports/big 2021.txt', NOW + 20_000);
    expect(await seconds([continuationOf('exports/big 2021.txt')])).toBe(21);
    const event = s3EventBody({
      bucket: BUCKET,
      key: 'exports/big 2021.txt',
      sequencer: '0062E99A88DC407460',
    });
    expect(await seconds([event])).toBe(21);
  });

  it('takes the latest lease of a batch that mixes both, and none for a message that names no key', async () => {
    await leased('a.txt', NOW + 5_000);
    await leased('b.txt', NOW + 9_000);
    const event = s3EventBody({ bucket: BUCKET, key: 'a.txt', sequencer: '0062E99A88DC407461' });
    expect(await seconds([event, continuationOf('b.txt')])).toBe(10);
    expect(await seconds(['{"Service":"Amazon S3","Event":"s3:TestEvent"}', 'not json'])).toBe(0);
    // A lease already run out holds nothing.
    await leased('c.txt', NOW - 1);
    expect(await seconds([continuationOf('c.txt')])).toBe(0);
  });
});

describe('whether a write in slices is under way', () => {
  async function source(key: string, item: Record<string, unknown>): Promise<void> {
    await table.documentClient.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...tableKeys.source(BUCKET, key), type: 'SOURCE', ...item },
      }),
    );
  }
  const stateOf = (key: string) => readSourceState(table.documentClient, table.tableName, BUCKET, key);

  it('says so for a delete or rewrite of a committed key, whose status stays the committed one meanwhile', async () => {
    await source('deleting.txt', { status: 'PARSED', progress: { documentsStored: 0, removedThrough: 300 } });
    expect(await stateOf('deleting.txt')).toMatchObject({
      status: 'PARSED',
      writing: true,
      progressMark: 300,
    });
    await source('first.txt', { status: 'PROCESSING', progress: { documentsStored: 1200 } });
    expect(await stateOf('first.txt')).toMatchObject({ writing: true, progressMark: 1200 });
  });

  it('does not for a committed key, nor for a final failure that keeps how far it got', async () => {
    await source('done.txt', { status: 'PARSED' });
    expect((await stateOf('done.txt')).writing).toBeUndefined();
    await source('failed.txt', { status: 'FAILED', progress: { documentsStored: 40 } });
    expect(await stateOf('failed.txt')).toMatchObject({ writing: false, documentsStored: 40 });
  });
});
