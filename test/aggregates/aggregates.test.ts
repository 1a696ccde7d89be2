// The stream aggregates against DynamoDB Local: right under at-least-once delivery, reprocessing and
// deletes, and sharded.
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAggregateReader } from '../../cli/browse/createAggregateReader';
import { AGGREGATE_SHARDS, aggregateKeys } from '../../lambda/aggregates/aggregateKeys';
import { applyAggregateBatch } from '../../lambda/aggregates/applyAggregateBatch';
import { toChangeRecord } from '../../lambda/aggregates/handler';
import { readAggregates } from '../../lambda/aggregates/readAggregates';
import type { ChangeRecord } from '../../lambda/aggregates/types';
import { articleImage, createChangeMaker, sourceImage } from '../helpers/aggregateChanges';
import { startTestTable, type TestTable } from '../helpers/startTestTable';

let table: TestTable;

beforeAll(async () => {
  table = await startTestTable();
}, 120_000);
afterAll(() => table?.stop());

const source = sourceImage;
const article = articleImage;
const change = createChangeMaker('event');

async function apply(...changes: ChangeRecord[]): Promise<string[]> {
  const results: string[] = [];
  for (const one of changes) results.push(...(await batch([one])).outcomes);
  return results;
}

async function batch(changes: ChangeRecord[]) {
  const result = await applyAggregateBatch(table.documentClient, table.tableName, changes, new Date());
  if (result.failedFrom !== undefined) throw result.error;
  return result;
}

describe('stream aggregates', () => {
  it('counts sources by status and articles per publication and day, once per change however often it is delivered', async () => {
    const changes = [
      change('INSERT', undefined, source('a.txt', 'PROCESSING')),
      change('MODIFY', source('a.txt', 'PROCESSING'), source('a.txt', 'PARSED')),
      change('INSERT', undefined, source('empty.txt', 'REJECTED')),
      change('INSERT', undefined, article('aa01', 'PARSED', '2022-03-09', 'The Valley Courier')),
      change('INSERT', undefined, article('bb02', 'PARSED', '2022-03-09', 'The Valley Courier')),
      change('INSERT', undefined, article('cc03', 'PARSED', '2022-03-10', null)),
    ];
    const first = await apply(...changes);
    expect(first).toEqual(changes.map(() => 'applied'));
    // At least once: every change again, in reverse order, and one a third time.
    expect(await apply(...[...changes].reverse(), changes[3] as ChangeRecord)).toEqual([
      ...changes.map(() => 'duplicate'),
      'duplicate',
    ]);
    const totals = await readAggregates(table.documentClient, table.tableName);
    expect(totals?.counts).toEqual({ PARSED: 1, REJECTED: 1, FAILED: 0, DELETED: 0, PENDING: 0 });
    expect(totals?.articleCount).toBe(3);
    expect(totals?.perDay).toEqual([
      { publication: 'The Valley Courier', day: '2022-03-09', count: 2 },
      { publication: '(no publication)', day: '2022-03-10', count: 1 },
    ]);
  });

  it('reprocessing moves nothing unless a counted field changed; a changed date moves the article', async () => {
    const before = await readAggregates(table.documentClient, table.tableName);
    const same = await apply(
      change('MODIFY', source('a.txt', 'PARSED'), { ...source('a.txt', 'PARSED'), parserVersion: '2.0.0' }),
      change('MODIFY', article('aa01', 'PARSED', '2022-03-09', 'The Valley Courier'), {
        ...article('aa01', 'PARSED', '2022-03-09', 'The Valley Courier'),
        headline: 'new',
      }),
    );
    expect(same).toEqual(['nothing', 'nothing']);
    expect(await readAggregates(table.documentClient, table.tableName)).toEqual(before);
    await apply(
      change(
        'MODIFY',
        article('aa01', 'PARSED', '2022-03-09', 'The Valley Courier'),
        article('aa01', 'PARSED', '2022-03-08', 'The Valley Courier'),
      ),
    );
    const after = await readAggregates(table.documentClient, table.tableName);
    expect(after?.articleCount).toBe(3);
    expect(after?.perDay.filter((row) => row.publication === 'The Valley Courier')).toEqual([
      { publication: 'The Valley Courier', day: '2022-03-08', count: 1 },
      { publication: 'The Valley Courier', day: '2022-03-09', count: 1 },
    ]);
  });

  it('deletes: a DELETED source and article leave their counts, and a TTL removal of a tombstone leaves DELETED', async () => {
    await apply(
      change('MODIFY', source('a.txt', 'PARSED'), source('a.txt', 'DELETED')),
      change('MODIFY', article('bb02', 'PARSED', '2022-03-09', 'The Valley Courier'), {
        ...article('bb02', 'DELETED', '2022-03-09', 'The Valley Courier'),
        sortDate: undefined,
      }),
    );
    let totals = await readAggregates(table.documentClient, table.tableName);
    expect(totals?.counts).toMatchObject({ PARSED: 0, DELETED: 1 });
    expect(totals?.articleCount).toBe(2);
    expect(totals?.perDay.find((row) => row.day === '2022-03-09')).toBeUndefined();
    await apply(
      change('REMOVE', source('a.txt', 'DELETED')),
      change('REMOVE', article('cc03', 'PARSED', '2022-03-10', null)),
    );
    totals = await readAggregates(table.documentClient, table.tableName);
    expect(totals?.counts).toMatchObject({ PARSED: 0, DELETED: 0, REJECTED: 1 });
    expect(totals?.articleCount).toBe(1);
  });

  it('spreads counters over shards: many sources write to more than one counter item, and the sum is exact', async () => {
    const shards = new Set<number>();
    const changes = Array.from({ length: 40 }, (_, index) => {
      shards.add(aggregateKeys.shardOf(`SOURCE#b/many/${index}.txt`));
      return change('INSERT', undefined, source(`many/${index}.txt`, 'FAILED'));
    });
    await Promise.all(changes.map((one) => apply(one)));
    expect(shards.size).toBeGreaterThan(AGGREGATE_SHARDS / 2);
    const totals = await readAggregates(table.documentClient, table.tableName);
    expect(totals?.counts.FAILED).toBe(40);
  });

  it('reads a stream record as the event source delivers it (marshalled images, eventID)', () => {
    const record = toChangeRecord({
      eventID: 'abc',
      eventName: 'MODIFY',
      dynamodb: {
        SequenceNumber: '100',
        OldImage: marshall(source('x.txt', 'PROCESSING')) as never,
        NewImage: marshall(source('x.txt', 'PARSED')) as never,
      },
    });
    expect(record).toEqual({
      eventId: 'abc',
      eventName: 'MODIFY',
      sequenceNumber: '100',
      oldImage: source('x.txt', 'PROCESSING'),
      newImage: source('x.txt', 'PARSED'),
    });
  });

  it("gives the browser's overview its counts, chart rows and top publications", async () => {
    const snapshot = await createAggregateReader(table.documentClient, table.tableName).read();
    expect(snapshot?.counts.FAILED).toBe(40);
    expect(snapshot?.topPublications).toEqual([{ name: 'The Valley Courier', count: 1 }]);
    expect(snapshot?.perDay).toEqual([{ publication: 'The Valley Courier', day: '2022-03-08', count: 1 }]);
  });
});
