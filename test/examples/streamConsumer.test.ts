// The example stream consumer against local mode: the pipeline writes records, the table's stream (DynamoDB
// Local's) carries them, the poller delivers them as Lambda would with the `addConsumer` filter, and the
// consumer keeps an index of articles in step: upserts, a chunked article read whole, a delete.
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

/** Words of random letters, from a fixed seed: text that hardly compresses, so its article is chunked. */
function longArticleText(): string {
  let state = 20_220_316;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state;
  };
  const paragraphs: string[] = [];
  for (let p = 0; p < 2_400; p++) {
    const words = Array.from({ length: 60 }, () =>
      Array.from({ length: 3 + (next() % 7) }, () => String.fromCharCode(97 + (next() % 26))).join(''),
    );
    paragraphs.push(`${words.join(' ')}.`);
  }
  return `Harbor dredging report runs long\n\nBy Noor Haddad\n\n${paragraphs.join('\n\n')}\n`;
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
    'reads an article too large for one item whole from the table',
    async () => {
      const file = join(workDir, 'harbor dredging.txt');
      await writeFile(file, longArticleText());
      const uploaded = await pipeline.upload([file]);
      await pipeline.waitUntilProcessed(uploaded, WAIT_MS);
      await until(
        () => [...index.values()].some((article) => article.authors.includes('Noor Haddad')),
        'the long article',
      );
      const long = [...index.values()].find((article) => article.authors.includes('Noor Haddad'));
      expect(long?.headline).toBe('Harbor dredging report runs long');
      expect(long?.paragraphs).toHaveLength(2_400);
      // The stream carried only the packed item's few fields: the text was in chunk items, read from the table.
      const { Item } = await DynamoDBDocumentClient.from(pipeline.clients.dynamodb).send(
        new GetCommand({ TableName: pipeline.state.table, Key: tableKeys.article(long?.id ?? '') }),
      );
      expect(Item).toMatchObject({ bodyEncoding: 'gzip-json', chunkCount: expect.any(Number) });
      expect(Item?.chunkCount).toBeGreaterThan(1);
      expect(Item?.body).toBeUndefined();
      expect(Item?.paragraphs).toBeUndefined();
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
