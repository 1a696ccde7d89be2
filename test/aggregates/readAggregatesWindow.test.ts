// The overview reads a window of the day counters, not all of them: the window's days are complete.
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aggregateItemsOf } from '../../lambda/aggregates/aggregateItemsOf';
import { readAggregates } from '../../lambda/aggregates/readAggregates';
import { startTestTable, type TestTable } from '../helpers/startTestTable';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
  // 600 parsed articles over 60 days and 7 publications, counted as the consumer would have counted them.
  const articles = Array.from({ length: 600 }, (_, index) => ({
    pk: `ARTICLE#${index.toString(16).padStart(32, '0')}`,
    type: 'ARTICLE',
    status: 'PARSED',
    sortDate: new Date(Date.UTC(2025, 0, 1 + ((index * 37) % 60))).toISOString().slice(0, 10),
    publication: `Window Weekly ${index % 7}`,
  }));
  const counters = aggregateItemsOf(articles);
  for (let start = 0; start < counters.length; start += 25) {
    await table.documentClient.send(
      new BatchWriteCommand({
        RequestItems: {
          [table.tableName]: counters.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
  }
}, 120_000);
afterAll(() => table?.stop());

it('reads the days since a date, or the newest days of each shard, each of them whole', async () => {
  const all = await readAggregates(table.documentClient, table.tableName);
  expect(all?.articleCount).toBe(600);
  const total = (rows: { count: number }[]) => rows.reduce((sum, row) => sum + row.count, 0);
  // Rows come oldest day first; publications of one day in no set order.
  const sorted = (rows: { day: string; publication: string }[] = []) =>
    [...rows].sort((a, b) => `${a.day}#${a.publication}`.localeCompare(`${b.day}#${b.publication}`));
  expect(total(all?.perDay ?? [])).toBe(600);

  const since = await readAggregates(table.documentClient, table.tableName, { since: '2025-02-15' });
  expect(sorted(since?.perDay)).toEqual(sorted(all?.perDay.filter((row) => row.day >= '2025-02-15')));
  expect(since?.counts).toEqual(all?.counts);

  const newest = await readAggregates(table.documentClient, table.tableName, { newestPerShard: 20 });
  const days = new Set(newest?.perDay.map((row) => row.day));
  expect(days.size).toBeGreaterThan(0);
  expect(days.size).toBeLessThan(new Set(all?.perDay.map((row) => row.day)).size);
  // Every day it returns is whole, and no newer day is missing.
  const oldest = [...days].sort()[0]!;
  expect(sorted(newest?.perDay)).toEqual(sorted(all?.perDay.filter((row) => row.day >= oldest)));
});

it('reads the status counters alone when asked for no days', async () => {
  const all = await readAggregates(table.documentClient, table.tableName);
  const counters = await readAggregates(table.documentClient, table.tableName, { days: false });
  expect(counters?.counts).toEqual(all?.counts);
  expect(counters?.articleCount).toBe(600);
  expect(counters?.perDay).toEqual([]);
});
