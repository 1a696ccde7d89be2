import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { ObjectOutcome, SourceEvent } from '../../lambda/store/types';
import { makeArticle } from '../helpers/makeArticle';
import { recordAwsCalls } from '../helpers/recordAwsCalls';
import { LOCAL_CREDENTIALS, startTestTable, type TestTable } from '../helpers/startTestTable';

const BUCKET = 'incoming';
let table: TestTable;

beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table?.stop());

function exportOf(documentCount: number, eTag = 'etag-1'): ObjectOutcome {
  return {
    kind: 'parsed',
    object: { versionId: null, eTag, size: 1, lastModified: '2026-01-02T00:00:00.000Z' },
    parse: { format: 'nexis', encoding: 'utf-8', compressed: false },
    articles: Array.from({ length: documentCount }, (_, position) =>
      makeArticle({ documentIndex: position + 1, authors: [`Writer ${position % 7}`] }),
    ),
  };
}

function event(key: string, sequencer: string): SourceEvent {
  return { bucket: BUCKET, key, sequencer, eventName: 'ObjectCreated:Put' };
}

function newClient(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: table.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
}

describe('an export of hundreds of documents', () => {
  it('is written in batches of 25, not one call per item', async () => {
    const client = newClient();
    const calls = recordAwsCalls(client);
    const key = `exports/${randomUUID()}.txt`;

    const result = await new RecordStore({ client, tableName: table.tableName }).apply(
      event(key, '01'),
      exportOf(300),
    );

    expect(result.articleIds).toHaveLength(300);
    // 300 articles + 300 author + 300 entity index items = 900 puts = 36 calls of 25.
    const operations = calls.map((call) => call.operation);
    expect(operations.filter((operation) => operation === 'BatchWriteItem')).toHaveLength(36);
    expect(operations.filter((operation) => operation === 'PutItem')).toHaveLength(1); // the commit
    expect(operations).toHaveLength(38); // + the claim
    const records = await new RecordStore({ client, tableName: table.tableName }).getSourceRecords(
      BUCKET,
      key,
    );
    expect(records?.articles).toHaveLength(300);
  });

  it('retries what BatchWriteItem leaves unprocessed until every item is stored', async () => {
    const documentClient = DynamoDBDocumentClient.from(newClient(), {
      marshallOptions: { removeUndefinedValues: true },
    });
    const mock = mockClient(documentClient);
    mock.send.callThrough();
    let unprocessedReturned = 0;
    // DynamoDB Local never answers with UnprocessedItems: the first calls write half and hand back the rest.
    mock.on(BatchWriteCommand).callsFake(async (input: BatchWriteCommandInput) => {
      const requests = input.RequestItems?.[table.tableName] ?? [];
      if (unprocessedReturned >= 5 || requests.length < 2) {
        return table.documentClient.send(new BatchWriteCommand(input));
      }
      const half = Math.floor(requests.length / 2);
      await table.documentClient.send(
        new BatchWriteCommand({ RequestItems: { [table.tableName]: requests.slice(0, half) } }),
      );
      unprocessedReturned++;
      return { UnprocessedItems: { [table.tableName]: requests.slice(half) } };
    });
    const key = `exports/${randomUUID()}.txt`;
    const store = new RecordStore({
      client: documentClient,
      tableName: table.tableName,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      concurrency: 1,
    });

    await store.apply(event(key, '01'), exportOf(40));

    mock.restore();
    expect(unprocessedReturned).toBe(5);
    const records = await new RecordStore({
      client: table.client,
      tableName: table.tableName,
    }).getSourceRecords(BUCKET, key);
    expect(records?.articles.filter((article) => article.status === 'PARSED')).toHaveLength(40);
    const authors = await new RecordStore({
      client: table.client,
      tableName: table.tableName,
    }).articlesByAuthor('Writer 3', {
      limit: 100,
    });
    expect(authors.items.filter((article) => article.source.key === key)).toHaveLength(6);
  });

  it('fails the write, leaving the previous commit, when items stay unprocessed on every attempt', async () => {
    const key = `exports/${randomUUID()}.txt`;
    await new RecordStore({ client: table.client, tableName: table.tableName }).apply(
      event(key, '01'),
      exportOf(2),
    );
    const documentClient = DynamoDBDocumentClient.from(newClient(), {
      marshallOptions: { removeUndefinedValues: true },
    });
    const mock = mockClient(documentClient);
    mock.send.callThrough();
    mock
      .on(BatchWriteCommand)
      .callsFake(async (input: BatchWriteCommandInput) => ({ UnprocessedItems: input.RequestItems }));
    const store = new RecordStore({
      client: documentClient,
      tableName: table.tableName,
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    });

    await expect(store.apply(event(key, '02'), exportOf(5, 'etag-2'))).rejects.toThrow(
      /BatchWriteItem left \d+ requests unprocessed/,
    );

    mock.restore();
    const records = await new RecordStore({
      client: table.client,
      tableName: table.tableName,
    }).getSourceRecords(BUCKET, key);
    expect(records?.source).toMatchObject({ status: 'PARSED', eTag: 'etag-1', articleCount: 2 });
  });
});
