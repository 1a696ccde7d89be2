// The example stream consumer against local mode: the pipeline writes records, the table's stream (DynamoDB
// Local's) carries them, the poller delivers them as Lambda would with the `addConsumer` filter, and the
// consumer keeps an index of articles in step: upserts, a chunked article read whole, a delete.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleConsumer } from '../../examples/stream-consumer/createArticleConsumer';
import { pollTableStream, type TableStreamPoller } from '../../examples/stream-consumer/pollTableStream';
import { tableKeys } from '../../lambda/store/tableKeys';
import type { ParsedStoredArticle } from '../../lambda/store/types';
import { streamConsumerFilters } from '../../lib/streamConsumerFilters';
import { LocalPipeline } from '../../local/LocalPipeline';

const SEED = fileURLToPath(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));
const EXPORT = fileURLToPath(
  new URL('../cli/fixtures/articles/valley-courier/2022-03-export.txt', import.meta.url),
);
const WAIT_MS = 120_000;
const SLOW_TEST_MS = 240_000;

let workDir: string;
let pipeline: LocalPipeline;
let poller: TableStreamPoller;
/** The consumer's index: what a search index would hold, by article id. */
const index = new Map<string, ParsedStoredArticle>();
const removed: { id: string; key: string }[] = [];
const deliveredTypes = new Set<string>();

/** Words of random letters: text that hardly compresses, so its article is packed into chunk items. */
function longArticleText(headline: string, author: string, paragraphCount: number): string {
  const bytes = randomBytes(1_500_000);
  let at = 0;
  const next = () => bytes[at++ % bytes.length] ?? 0;
  const paragraphs: string[] = [];
  for (let p = 0; p < paragraphCount; p++) {
    const words = Array.from({ length: 60 }, () =>
      Array.from({ length: 3 + (next() % 7) }, () => String.fromCharCode(97 + (next() % 26))).join(''),
    );
    paragraphs.push(`${words.join(' ')}.`);
  }
  return `${headline}\n\nBy ${author}\n\n${paragraphs.join('\n\n')}\n`;
}

async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'stream-consumer-'));
  pipeline = await LocalPipeline.start({ projectRoot: process.cwd(), dataDir: join(workDir, 'data') });
  const consumer = createArticleConsumer({
    sink: {
      async upsert(article) {
        index.set(article.id, article);
      },
      async remove(id, source) {
        index.delete(id);
        removed.push({ id, key: source.key });
      },
    },
    readArticles: (ids) => pipeline.clients.store.getArticles(ids),
  });
  poller = pollTableStream({
    endpoint: pipeline.state.endpoints.dynamodb,
    region: pipeline.state.region,
    credentials: pipeline.state.credentials,
    tableName: pipeline.state.table,
    filters: streamConsumerFilters(['ARTICLE']),
    handler: (event: DynamoDBStreamEvent) => {
      for (const record of event.Records)
        deliveredTypes.add(String(record.dynamodb?.NewImage?.type?.S ?? record.dynamodb?.OldImage?.type?.S));
      return consumer(event);
    },
    idleMs: 100,
  });
});

afterAll(async () => {
  await poller?.stop();
  await pipeline?.stop();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe('the example stream consumer, subscribed to ARTICLE records', () => {
  it(
    'indexes every parsed article, and sees nothing but articles',
    async () => {
      const uploaded = await pipeline.upload([SEED, EXPORT]);
      await pipeline.waitUntilProcessed(uploaded, WAIT_MS);
      await until(() => index.size === 3, 'three articles in the index');
      const headlines = [...index.values()].map((article) => article.headline).sort();
      expect(headlines).toEqual([
        'Library adds Sunday hours after petition',
        'Milley: US may work with Taliban to hit ISIS',
        'Orchard growers brace for late frost',
      ]);
      const seed = [...index.values()].find((article) => article.publication === 'Albuquerque Journal');
      expect(seed?.paragraphs).toHaveLength(12);
      expect(deliveredTypes).toEqual(new Set(['ARTICLE']));
    },
    SLOW_TEST_MS,
  );

  it(
    'unpacks a packed article, and reads one too large for its item whole from the table',
    async () => {
      const documents = DynamoDBDocumentClient.from(pipeline.clients.dynamodb);
      const storedItem = async (id: string) =>
        (
          await documents.send(
            new GetCommand({ TableName: pipeline.state.table, Key: tableKeys.article(id) }),
          )
        ).Item;
      const medium = join(workDir, 'harbor budget.txt');
      const long = join(workDir, 'harbor dredging.txt');
      await writeFile(medium, longArticleText('Harbor budget runs long', 'Ada Brennan', 1_000));
      await writeFile(long, longArticleText('Harbor dredging report runs long', 'Noor Haddad', 2_400));
      const uploaded = await pipeline.upload([medium, long]);
      await pipeline.waitUntilProcessed(uploaded, WAIT_MS);
      const byAuthor = (author: string) =>
        [...index.values()].find((article) => article.authors.includes(author));
      await until(
        () => byAuthor('Ada Brennan') !== undefined && byAuthor('Noor Haddad') !== undefined,
        'both long articles',
      );

      // Packed into `body`: the stream image carried it as gzip JSON, and the consumer unpacked it.
      const packed = byAuthor('Ada Brennan');
      expect(packed?.headline).toBe('Harbor budget runs long');
      expect(packed?.paragraphs).toHaveLength(1_000);
      const packedItem = await storedItem(packed?.id ?? '');
      expect(packedItem).toMatchObject({ bodyEncoding: 'gzip-json', body: expect.any(Uint8Array) });
      expect(packedItem?.paragraphs).toBeUndefined();

      // In chunk items: the stream carried a few fields only, and the consumer read the article whole.
      const chunked = byAuthor('Noor Haddad');
      expect(chunked?.headline).toBe('Harbor dredging report runs long');
      expect(chunked?.paragraphs).toHaveLength(2_400);
      const chunkedItem = await storedItem(chunked?.id ?? '');
      expect(chunkedItem).toMatchObject({ bodyEncoding: 'gzip-json', chunkCount: expect.any(Number) });
      expect(chunkedItem?.chunkCount).toBeGreaterThan(1);
      expect(chunkedItem?.body).toBeUndefined();
    },
    SLOW_TEST_MS,
  );

  it(
    'removes the articles of a deleted object',
    async () => {
      const key = '2022-03-export.txt';
      const before = [...index.values()]
        .filter((article) => article.source.key === key)
        .map((article) => article.id);
      expect(before).toHaveLength(2);
      await pipeline.clients.s3.send(new DeleteObjectCommand({ Bucket: pipeline.state.bucket, Key: key }));
      await until(() => removed.length === 2, 'two removals');
      expect(removed.map((entry) => entry.id).sort()).toEqual([...before].sort());
      expect(removed.every((entry) => entry.key === key)).toBe(true);
      expect([...index.values()].some((article) => article.source.key === key)).toBe(false);
    },
    SLOW_TEST_MS,
  );
});
