// The overview's sample reads a few attributes of the first keys' articles: a packed article's entities
// come from its body; a chunked one is counted by its authors; keys past the limit are not read.
import { randomBytes, randomUUID } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readSampleArticles } from '../../cli/browse/readSampleArticles';
import { summarizeSample } from '../../cli/browse/summarizeSample';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { ArticleInput, ObjectOutcome } from '../../lambda/store/types';
import { type RunningS3Server, S3RVER_CREDENTIALS, startS3Server } from '../../local/servers/startS3Server';
import { makeArticle } from '../helpers/makeArticle';
import { startTestTable, type TestTable } from '../helpers/startTestTable';

const BUCKET = 'sample-uploads';
let table: TestTable;
let s3server: RunningS3Server;
let s3: S3Client;

function outcome(articles: ArticleInput[]): ObjectOutcome {
  return {
    kind: 'parsed',
    object: { versionId: null, eTag: randomUUID(), size: 1, lastModified: '2024-05-02T10:00:00.000Z' },
    parse: { format: 'nexis', encoding: 'utf-8', compressed: false },
    articles,
  };
}

beforeAll(async () => {
  [table, s3server] = await Promise.all([startTestTable(), startS3Server({ buckets: [BUCKET] })]);
  s3 = new S3Client({
    endpoint: s3server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  });
  const store = new RecordStore({ client: table.client, tableName: table.tableName });
  // Random text does not compress: this article's packed body is stored in chunk items.
  const long = Array.from({ length: 8 }, () => randomBytes(60 * 1024).toString('base64'));
  const uploads: Array<[string, ArticleInput[]]> = [
    [
      'a/first.txt',
      [1, 2].map((documentIndex) =>
        makeArticle({
          documentIndex,
          authors: ['Ines Falk'],
          entities: { people: [{ name: 'Oskar Weil', mentions: 2 }], organizations: [], places: [] },
        }),
      ),
    ],
    ['b/long.txt', [makeArticle({ authors: ['Tove Brandt'], paragraphs: long })]],
    ['z/past-the-limit.txt', [makeArticle({ authors: ['Never Counted'] })]],
  ];
  for (const [key, articles] of uploads) {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'invented' }));
    await store.apply(
      { bucket: BUCKET, key, sequencer: '01', eventName: 'ObjectCreated:Put' },
      outcome(articles),
    );
  }
}, 120_000);
afterAll(async () => {
  s3?.destroy();
  await Promise.all([table?.stop(), s3server?.stop()]);
});

it('counts the first keys articles, entities from packed bodies, a chunked article by its authors', async () => {
  const sample = await readSampleArticles(s3, table.documentClient, table.tableName, BUCKET, {
    sources: 2,
    articles: 10,
  });
  const summary = summarizeSample(sample);
  expect(summary.articles).toBe(3);
  expect(summary.topAuthors).toEqual([
    { name: 'Ines Falk', count: 2 },
    { name: 'Tove Brandt', count: 1 },
  ]);
  // The long article's and the unread key's 'County Board' are not counted: one in chunks, one past the limit.
  expect(summary.topEntities).toEqual([{ name: 'Oskar Weil', count: 2 }]);
});

it('reads at most the given number of articles', async () => {
  const sample = await readSampleArticles(s3, table.documentClient, table.tableName, BUCKET, {
    sources: 10,
    articles: 2,
  });
  expect(sample.map((article) => article.status === 'PARSED' && article.authors)).toEqual([
    ['Ines Falk'],
    ['Ines Falk'],
  ]);
});
