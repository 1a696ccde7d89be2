// The Lambda handler as the event source invokes it, against DynamoDB Local: a stream batch in, a partial
// batch answer out (ReportBatchItemFailures), exactly once when the event source sends the batch again.
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readAggregates } from '../../lambda/aggregates/readAggregates';
import { sourceImage } from '../helpers/aggregateChanges';
import { LOCAL_CREDENTIALS, startTestTable, type TestTable } from '../helpers/startTestTable';

let table: TestTable;
let handler: typeof import('../../lambda/aggregates/handler').handler;

beforeAll(async () => {
  table = await startTestTable();
  // The handler builds its client at import, from the environment as Lambda sets it.
  process.env.AWS_ENDPOINT_URL_DYNAMODB = table.endpoint;
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = LOCAL_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = LOCAL_CREDENTIALS.secretAccessKey;
  ({ handler } = await import('../../lambda/aggregates/handler'));
}, 120_000);
afterAll(() => table?.stop());

const source = sourceImage;

function streamEvent(): DynamoDBStreamEvent {
  const images: [string, Record<string, unknown> | undefined, Record<string, unknown>][] = [
    ['INSERT', undefined, source('h.txt', 'PROCESSING')],
    ['MODIFY', source('h.txt', 'PROCESSING'), source('h.txt', 'PARSED')],
    ['INSERT', undefined, source('i.txt', 'REJECTED')],
  ];
  return {
    Records: images.map(([eventName, oldImage, newImage], index) => ({
      eventID: `handler-${index}`,
      eventName: eventName as 'INSERT' | 'MODIFY',
      eventSourceARN: 'arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/2026-12-05T00:00:00.000',
      dynamodb: {
        SequenceNumber: String(4_000 + index),
        ...(oldImage === undefined ? {} : { OldImage: marshall(oldImage) as never }),
        NewImage: marshall(newImage) as never,
      },
    })),
  };
}

it('applies a batch and answers no failed items; the same batch again changes nothing', async () => {
  process.env.TABLE_NAME = table.tableName;
  expect(await handler(streamEvent())).toEqual({ batchItemFailures: [] });
  const counts = (await readAggregates(table.documentClient, table.tableName))?.counts;
  expect(counts).toMatchObject({ PARSED: 1, REJECTED: 1, PENDING: 0 });
  expect(await handler(streamEvent())).toEqual({ batchItemFailures: [] });
  expect((await readAggregates(table.documentClient, table.tableName))?.counts).toEqual(counts);
});

it('reports the first change it could not apply as the failed item, so the event source resends from there', async () => {
  process.env.TABLE_NAME = 'no-such-table';
  try {
    expect(await handler(streamEvent())).toEqual({ batchItemFailures: [{ itemIdentifier: '4000' }] });
  } finally {
    process.env.TABLE_NAME = table.tableName;
  }
});
