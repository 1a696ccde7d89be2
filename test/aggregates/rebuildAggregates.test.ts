// The aggregates backfill: a recount from the table's items agrees with the stream consumer, repairs wrong
// counters, and changes nothing when run again.
import { createHash } from 'node:crypto';
import { PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aggregateKeys } from '../../lambda/aggregates/aggregateKeys';
import { readAggregates } from '../../lambda/aggregates/readAggregates';
import { rebuildAggregates } from '../../lambda/aggregates/rebuildAggregates';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { ArticleInput, ObjectOutcome } from '../../lambda/store/types';
import { LocalStreamAggregator } from '../../local/streams/LocalStreamAggregator';
import { makeArticle } from '../helpers/makeArticle';
import { LOCAL_CREDENTIALS, startTestTable, type TestTable } from '../helpers/startTestTable';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
}, 120_000);
afterAll(() => table?.stop());

const object = (key: string) => ({
  versionId: null,
  eTag: createHash('md5').update(key).digest('hex'),
  size: 10,
  lastModified: '2026-03-01T10:00:00.000Z',
});
const parsed = (key: string, articles: ArticleInput[]): ObjectOutcome => ({
  kind: 'parsed',
  object: object(key),
  parse: { format: 'plain', encoding: 'utf-8', compressed: false },
  articles,
});
const event = (key: string, sequencer: string, eventName = 'ObjectCreated:Put') => ({
  bucket: 'incoming',
  key,
  sequencer,
  eventName,
});

async function counterItems(): Promise<Record<string, unknown>[]> {
  const { Items = [] } = await table.documentClient.send(
    new ScanCommand({
      TableName: table.tableName,
      FilterExpression: 'begins_with(pk, :status) OR begins_with(pk, :day)',
      ExpressionAttributeValues: { ':status': 'AGG#STATUS#', ':day': 'AGG#DAY#' },
    }),
  );
  return Items.sort((a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`));
}

async function markerCount(): Promise<number> {
  const { Items = [] } = await table.documentClient.send(
    new ScanCommand({
      TableName: table.tableName,
      FilterExpression: 'begins_with(pk, :marker)',
      ExpressionAttributeValues: { ':marker': 'AGG#EVENT#' },
    }),
  );
  return Items.length;
}

it('recounts what the stream consumer counted, repairs wrong counters, and is idempotent', async () => {
  const store = new RecordStore({ client: table.documentClient, tableName: table.tableName });
  // Two parsed files (one re-uploaded with a document moved to another paper), a rejected one, a deleted one.
  await store.apply(
    event('a.txt', '01'),
    parsed('a.txt', [
      makeArticle({ documentIndex: 1, publication: 'Harbour Post', publishedDate: '2026-02-01' }),
      makeArticle({ documentIndex: 2, publication: 'Harbour Post', publishedDate: '2026-02-02' }),
    ]),
  );
  await store.apply(
    event('a.txt', '02'),
    parsed('a.txt', [
      makeArticle({ documentIndex: 1, publication: 'Harbour Post', publishedDate: '2026-02-01' }),
      makeArticle({ documentIndex: 2, publication: 'Valley Courier', publishedDate: '2026-02-02' }),
    ]),
  );
  await store.apply(event('b.txt', '01'), {
    kind: 'rejected',
    object: object('b.txt'),
    rejection: { code: 'EMPTY_FILE', message: 'The file is empty.' },
  });
  await store.apply(
    event('c.txt', '01'),
    parsed('c.txt', [makeArticle({ documentIndex: 1, publication: 'Harbour Post' })]),
  );
  await store.apply(event('c.txt', '02', 'ObjectRemoved:Delete'), { kind: 'deleted' });

  // The consumer's answer: every change of the stream applied once.
  const aggregator = await LocalStreamAggregator.start({
    dynamodb: table.client,
    endpoint: table.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    tableName: table.tableName,
    intervalMs: 60_000,
  });
  await aggregator.stop();
  const byConsumer = await readAggregates(table.documentClient, table.tableName);
  expect(byConsumer?.counts).toMatchObject({ PARSED: 1, REJECTED: 1, DELETED: 1, PENDING: 0 });
  expect(byConsumer?.articleCount).toBe(2);
  const markers = await markerCount();
  expect(markers).toBeGreaterThan(0);

  // The consumer nets a batch's deltas, so the move to another paper above left no item at zero; across
  // batches it does (+1 in one, -1 in a later one): plant such a day item.
  await table.documentClient.send(
    new PutCommand({
      TableName: table.tableName,
      Item: {
        pk: 'AGG#DAY#0',
        sk: '2020-01-01#gone paper',
        type: 'AGGREGATE',
        name: 'Gone Paper',
        articles: 0,
      },
    }),
  );
  // The recount writes what the consumer counted; it deletes only the day items the consumer left at zero.
  const zeroDays = (await counterItems()).filter(
    (item) => item.sk !== 'COUNTS' && Number(item.articles ?? 0) === 0,
  );
  expect(zeroDays).toHaveLength(1);
  const first = await rebuildAggregates(table.documentClient, table.tableName);
  expect(first.countersDeleted).toBe(zeroDays.length);
  expect(await readAggregates(table.documentClient, table.tableName)).toEqual(byConsumer);

  // Wrong counters (a drifted status count, a day that counts nothing now) are repaired.
  await table.documentClient.send(
    new PutCommand({
      TableName: table.tableName,
      Item: { ...aggregateKeys.statusCounter(0), type: 'AGGREGATE', PARSED: 41, ARTICLES: -3 },
    }),
  );
  await table.documentClient.send(
    new PutCommand({
      TableName: table.tableName,
      Item: {
        pk: aggregateKeys.dayPartition(3),
        sk: aggregateKeys.daySortKey('2019-05-05', 'Gone Gazette'),
        type: 'AGGREGATE',
        name: 'Gone Gazette',
        articles: 7,
      },
    }),
  );
  const repair = await rebuildAggregates(table.documentClient, table.tableName);
  expect(repair.countersDeleted).toBeGreaterThanOrEqual(1);
  expect(await readAggregates(table.documentClient, table.tableName)).toEqual(byConsumer);
  const { Items: gone = [] } = await table.documentClient.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: {
        ':pk': aggregateKeys.dayPartition(3),
        ':sk': aggregateKeys.daySortKey('2019-05-05', 'Gone Gazette'),
      },
    }),
  );
  expect(gone).toEqual([]);

  // Run again: the same counter items, nothing to delete; the consumer's markers are untouched.
  const repaired = await counterItems();
  const again = await rebuildAggregates(table.documentClient, table.tableName);
  expect(again).toEqual({ ...repair, countersDeleted: 0 });
  expect(await counterItems()).toEqual(repaired);
  expect(await markerCount()).toBe(markers);
});
