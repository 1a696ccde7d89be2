// The whole pipeline in local mode: the app's synthesized template, the real ingest handler, DynamoDB
// Local, s3rver and fauxqs. What a newcomer's `npm start` does, checked record by record.
import { statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedStoredArticle } from '../../lambda/store/types';
import { buildS3EventMessage } from '../../local/events/buildS3EventMessage';
import { LocalPipeline, type LocalPipelineOptions } from '../../local/LocalPipeline';
import type { SynthesizedStack } from '../../local/template/synthesizePipelineTemplate';
import { synthesizePipelineTemplate } from '../../local/template/synthesizePipelineTemplate';
import { containerFixtures, FIXTURE_DOCUMENT_IDS } from '../helpers/containerFixtures';

const UPLOADS = fileURLToPath(new URL('./fixtures/uploads/', import.meta.url));
const SEED = fileURLToPath(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));
const WAIT_MS = 60_000;
const FIRST_VERSION_SIZE = statSync(join(UPLOADS, 'corrected-story.v1.txt')).size;

let workDir: string;
let stack: SynthesizedStack;
let pipeline: LocalPipeline;

function options(overrides: Partial<LocalPipelineOptions> = {}): LocalPipelineOptions {
  return {
    projectRoot: process.cwd(),
    dataDir: join(workDir, 'data'),
    stack,
    // The corrected story's first version is delivered twice and late; its second version twice at once.
    deliveryPlan: (change) =>
      change.key !== 'corrected-story.txt' ? [0] : change.size === FIRST_VERSION_SIZE ? [800, 900] : [0, 10],
    ...overrides,
  };
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'local-pipeline-'));
  stack = await synthesizePipelineTemplate({ projectRoot: process.cwd() });
  pipeline = await LocalPipeline.start(options());
});

afterAll(async () => {
  await pipeline?.stop();
  await rm(workDir, { recursive: true, force: true });
});

async function uploadAndWait(paths: string[]) {
  const uploaded = await pipeline.upload(paths);
  const processed = await pipeline.waitUntilProcessed(uploaded, WAIT_MS);
  return { processed, records: await pipeline.records(processed) };
}

describe('local mode runs the pipeline of the template', () => {
  it('stores the seed’s article, found by its key', async () => {
    const { processed, records } = await uploadAndWait([SEED]);
    expect(processed).toEqual([
      expect.objectContaining({ key: '000_90b2515fab799f03.txt', delivery: 'processed' }),
    ]);
    const [found] = records;
    expect(found?.source).toMatchObject({ bucket: pipeline.state.bucket, status: 'PARSED', articleCount: 1 });
    const article = found?.articles[0] as ParsedStoredArticle;
    expect(article).toMatchObject({
      status: 'PARSED',
      publication: 'Albuquerque Journal',
      headline: 'Milley: US may work with Taliban to hit ISIS',
      authors: ['Robert Burns', 'Lolita C. Baldor'],
      source: { bucket: pipeline.state.bucket, key: '000_90b2515fab799f03.txt', documentIndex: 1 },
    });
    expect(article.paragraphs).toHaveLength(12);
  });

  it('stores every document of a multi-document export, and rejects an empty file', async () => {
    const { processed, records } = await uploadAndWait([
      join(UPLOADS, 'three-document export.txt'),
      join(UPLOADS, 'empty.txt'),
    ]);
    expect(processed.map((object) => object.delivery)).toEqual(['processed', 'processed']);
    const [empty, exported] = records;
    expect(empty?.source).toMatchObject({ key: 'empty.txt', status: 'REJECTED', reason: { code: 'EMPTY' } });
    expect(exported?.source).toMatchObject({
      key: 'three-document export.txt',
      status: 'PARSED',
      articleCount: 3,
    });
    const articles = (exported?.articles ?? []) as ParsedStoredArticle[];
    expect(
      articles.map((article) => [article.source.documentIndex, article.publication, article.headline]),
    ).toEqual([
      [1, 'The Harbor Ledger', 'Ferry service to resume after winter repairs'],
      [2, 'The Harbor Ledger', 'School board weighs later start times'],
      [3, 'Valley Courier', 'Library extends weekend hours'],
    ]);
    expect(articles[1]?.authors).toEqual(['Marcus Oyelaran', 'Jin Park']);
  });

  it('stores a Nexis Uni DOCX, a ZIP of DOCX and a ZIP of classic TXT exports, one record per document', async () => {
    const fixtures = containerFixtures();
    const folder = join(workDir, 'containers');
    await mkdir(folder, { recursive: true });
    for (const fixture of fixtures) await writeFile(join(folder, fixture.name), fixture.bytes);
    const { processed, records } = await uploadAndWait(fixtures.map((fixture) => join(folder, fixture.name)));
    expect(processed.map((object) => object.delivery)).toEqual(fixtures.map(() => 'processed'));
    for (const fixture of fixtures) {
      const found = records[processed.findIndex((object) => object.key === fixture.name)];
      expect(found?.source, fixture.name).toMatchObject({
        status: 'PARSED',
        format: fixture.format,
        articleCount: fixture.documents.length,
        memberRejections: [],
      });
      const articles = (found?.articles ?? []) as ParsedStoredArticle[];
      expect(
        articles.map((article) => [article.container?.kind, article.container?.member, article.headline]),
        fixture.name,
      ).toEqual(fixture.documents);
      expect(articles.map((article) => article.source.documentIndex)).toEqual(
        fixture.documents.map((_, at) => at + 1),
      );
    }
    const docx = records[processed.findIndex((object) => object.key.endsWith('.docx'))];
    expect(
      ((docx?.articles ?? []) as ParsedStoredArticle[]).map((article) => article.sourceDocumentId),
    ).toEqual(FIXTURE_DOCUMENT_IDS.map((id) => ({ vendor: 'nexis', id })));
  });

  it('marks a key’s records DELETED when its object is deleted (an ObjectRemoved event)', async () => {
    const key = 'three-document export.txt';
    const [before] = await pipeline.records([{ key }]);
    const ids = before?.articles.map((article) => article.id) ?? [];
    expect(ids).toHaveLength(3);
    await pipeline.clients.s3.send(new DeleteObjectCommand({ Bucket: pipeline.state.bucket, Key: key }));
    const sequencer = pipeline.latestSequencer(key);
    expect(sequencer).toBeDefined();
    const [deleted] = await pipeline.waitUntilProcessed(
      [{ file: '', key, size: 0, sequencer: sequencer! }],
      WAIT_MS,
    );
    expect(deleted?.delivery).toBe('processed');
    const [records] = await pipeline.records([{ key }]);
    expect(records?.source).toMatchObject({
      status: 'DELETED',
      eventName: 'ObjectRemoved:Delete',
      sequencer,
    });
    const articles = await pipeline.clients.store.getArticles(ids);
    expect(articles.map((article) => article.status)).toEqual(['DELETED', 'DELETED', 'DELETED']);
    expect(articles[0]).not.toHaveProperty('paragraphs');
  });

  it('keeps the newest version when the queue delivers duplicates, and the older event last', async () => {
    const folder = join(workDir, 'corrected');
    await mkdir(folder);
    const target = join(folder, 'corrected-story.txt');
    await copyFile(join(UPLOADS, 'corrected-story.v1.txt'), target);
    const [first] = await pipeline.upload([target]);
    await copyFile(join(UPLOADS, 'corrected-story.v2.txt'), target);
    const [second] = await pipeline.upload([target]);
    await pipeline.waitUntilProcessed([second!], WAIT_MS);
    // Let the late copies of the first version arrive and be judged stale.
    await pipeline.drain(WAIT_MS);
    const [found] = await pipeline.records([second!]);
    expect(found?.source).toMatchObject({ status: 'PARSED', sequencer: second!.sequencer });
    expect((found?.articles[0] as ParsedStoredArticle | undefined)?.headline).toBe(
      'Council approves harbor parking plan after debate',
    );
    expect(BigInt(`0x${first!.sequencer}`)).toBeLessThan(BigInt(`0x${second!.sequencer}`));
  });

  it('processes the rest of a batch while a poison message goes to the dead-letter queue after maxReceiveCount receives', async () => {
    const queue = pipeline.definition.queues.find((candidate) => candidate.redrive !== undefined)!;
    const depthBefore = await pipeline.deadLetterQueueDepth();
    // An event for a bucket that does not exist: the function fails on it at every receive.
    const poison = { bucket: 'no-such-bucket', key: 'ghost.txt', sequencer: '0000000000000000A1' };
    await pipeline.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: pipeline.state.queueUrl,
        MessageBody: buildS3EventMessage(
          { eventName: 'ObjectCreated:Put', bucket: poison.bucket, key: poison.key, size: 10, eTag: '00' },
          {
            region: 'us-east-1',
            sequencer: poison.sequencer,
            configurationId: 'poison',
            eventTime: new Date(),
            sourceIpAddress: '127.0.0.1',
            requestId: 'POISON0000000000',
          },
        ),
      }),
    );
    const folder = join(workDir, 'bystanders');
    await mkdir(folder);
    await writeFile(join(folder, 'bystander.txt'), 'Bystander headline\n\nA paragraph that is fine.\n');
    const [bystander] = await pipeline.upload([folder]);
    const [bystanderOutcome] = await pipeline.waitUntilProcessed([bystander!], WAIT_MS);
    expect(bystanderOutcome?.delivery).toBe('processed');

    // Drained: every message was deleted or moved to the dead-letter queue.
    await pipeline.drain(WAIT_MS);
    const failed = await pipeline.clients.store.getSourceRecords(poison.bucket, poison.key);
    expect(failed?.source).toMatchObject({
      status: 'FAILED',
      error: { name: 'NoSuchBucket', receiveCount: queue.redrive!.maxReceiveCount },
    });
    expect(await pipeline.deadLetterQueueDepth()).toBe(depthBefore + 1);
  });

  it('keeps its data across a restart, and processes what was uploaded while nothing polled', async () => {
    await pipeline.stop();
    // A run that stores an object but is stopped before its event is processed: the queue lived in memory.
    const interrupted = await LocalPipeline.start(options({ poll: false }));
    const folder = join(workDir, 'while-down');
    await mkdir(folder);
    await writeFile(
      join(folder, 'uploaded-while-down.txt'),
      'Late arrival\n\nIt was uploaded while no one polled.\n',
    );
    await interrupted.upload([folder]);
    await interrupted.stop();

    pipeline = await LocalPipeline.start(options());
    expect(pipeline.reenqueued.map((object) => object.key)).toEqual(['uploaded-while-down.txt']);
    const [seed] = await pipeline.records([{ key: '000_90b2515fab799f03.txt' }]);
    expect(seed?.source.status).toBe('PARSED');
    const [late] = await pipeline.waitUntilProcessed(
      pipeline.reenqueued.map((object) => ({ ...object, file: '', size: 0 })),
      WAIT_MS,
    );
    expect(late?.delivery).toBe('processed');
    const [records] = await pipeline.records([{ key: 'uploaded-while-down.txt' }]);
    expect((records?.articles[0] as ParsedStoredArticle | undefined)?.headline).toBe('Late arrival');
    // Two more starts of DynamoDB Local and the function: seconds each on an idle machine, more on a busy one.
  }, 180_000);
});
