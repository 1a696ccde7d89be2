// Local mode's aggregates: DynamoDB Local's stream, read with its streams API, through the same function.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readAggregates } from '../../lambda/aggregates/readAggregates';
import { LocalStreamAggregator } from '../../local/streams/LocalStreamAggregator';
import { LOCAL_CREDENTIALS, startTestTable, type TestTable } from '../helpers/startTestTable';

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
}, 120_000);
afterAll(() => table?.stop());

it('applies the changes in the stream once, on start and while it runs', async () => {
  const put = (key: string, status: string) =>
    table.documentClient.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { pk: `SOURCE#b/${key}`, sk: 'SOURCE', type: 'SOURCE', status },
      }),
    );
  await put('a.txt', 'PARSED');
  await put('b.txt', 'REJECTED');
  const options = {
    dynamodb: table.client,
    endpoint: table.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    tableName: table.tableName,
    intervalMs: 100,
  };
  const aggregator = await LocalStreamAggregator.start(options);
  try {
    expect((await readAggregates(table.documentClient, table.tableName))?.counts).toMatchObject({
      PARSED: 1,
      REJECTED: 1,
    });
    await put('b.txt', 'PARSED');
    await expect
      .poll(async () => (await readAggregates(table.documentClient, table.tableName))?.counts, {
        timeout: 10_000,
      })
      .toMatchObject({ PARSED: 2, REJECTED: 0 });
    // A second reader of the same stream (from its oldest record) changes nothing: the markers hold.
    const second = await LocalStreamAggregator.start(options);
    await second.stop();
    expect((await readAggregates(table.documentClient, table.tableName))?.counts).toMatchObject({
      PARSED: 2,
      REJECTED: 0,
    });
  } finally {
    await aggregator.stop();
  }
});
