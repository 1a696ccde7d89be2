import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIngestDependencies } from '../../lambda/ingest/createIngestDependencies';
import { ingestObject } from '../../lambda/ingest/ingestObject';
import { loadIngestConfig } from '../../lambda/ingest/loadIngestConfig';
import type { OutcomeCounts } from '../../lambda/ingest/types';
import { parseFile } from '../../lambda/parser/parseFile';
import { PARSER_VERSION } from '../../lambda/parser/version';
import type { ParsedStoredArticle } from '../../lambda/store/types';
import { captureLogs } from '../helpers/captureLogs';
import { deniedRequests } from '../helpers/deniedRequests';
import { INGEST_GRANT_REASONS } from '../helpers/ingestGrantReasons';
import { ingestRoleResources } from '../helpers/ingestRoleResources';
import { ingestRoleStatements } from '../helpers/ingestRoleStatements';
import { nexisExport } from '../helpers/nexisExport';
import { policyAllows } from '../helpers/policyAllows';
import { readKeyItems } from '../helpers/readKeyItems';
import { type AwsClientSpies, spyOnAwsClients } from '../helpers/spyOnAwsClients';
import { s3EventBody, s3TestEventBody, sqsEvent, sqsRecord } from '../helpers/sqsEvents';
import {
  HARNESS_MAX_OBJECT_BYTES,
  type IngestHarness,
  startIngestHarness,
  uniqueKey,
} from '../helpers/startIngestHarness';
import { unusedGrants } from '../helpers/unusedGrants';
import { windows1252 } from '../helpers/windows1252';

const SEED_BYTES = readFileSync(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));
const SEED_TEXT = SEED_BYTES.toString('utf8');

let harness: IngestHarness;
let logs: ReturnType<typeof captureLogs>;
// Records every call the handler makes, for the permissions check at the end.
let spies: AwsClientSpies;

beforeAll(async () => {
  harness = await startIngestHarness();
  logs = captureLogs(harness.serviceName);
  spies = spyOnAwsClients();
});
afterAll(async () => {
  spies?.restore();
  logs?.restore();
  await harness?.stop();
});

/** The counts of an invocation that has handled nothing yet. */
const noOutcomes = (): OutcomeCounts => ({
  parsed: 0,
  rejected: 0,
  deleted: 0,
  skipped: 0,
  failed: 0,
  articles: 0,
  testEvents: 0,
  handedOn: 0,
});

/** An invocation without a deadline (no Lambda context), as the whole-file tests run. */
const noDeadline = { leaseMs: 60_000, remainingMs: () => undefined, budgetMs: undefined };

const story = (index: number, author: string) => ({
  publication: 'The Test Gazette',
  date: `May ${index}, 2019 Thursday`,
  headline: `Ferry schedule changes, part ${index}`,
  byline: `By ${author}`,
  paragraphs: [
    `The harbor ferry will run later on weekdays, the operator said in notice ${index}.`,
    'Riders welcomed it.',
  ],
});

/** Uploads `body` and delivers the event S3 would send for it, in a batch of one. */
async function uploadAndDeliver(key: string, body: Uint8Array | string, metadata?: Record<string, string>) {
  const object = await harness.upload(key, body, metadata);
  const sequencer = harness.nextSequencer();
  const response = await harness.handler(
    sqsEvent([sqsRecord(s3EventBody({ bucket: harness.bucket, key, sequencer, ...object }))]),
  );
  return { response, sequencer, object };
}

function items(key: string, maxDocuments = 4) {
  return readKeyItems(
    harness.table.documentClient,
    harness.table.tableName,
    harness.bucket,
    key,
    maxDocuments,
  );
}

describe('the seed', () => {
  it("stores the seed's source and article with DESIGN.md's values, found by every access pattern", async () => {
    const key = uniqueKey('000_90b2515fab799f03.txt');
    const { response, object } = await uploadAndDeliver(key, SEED_BYTES);

    expect(response).toEqual({ batchItemFailures: [] });
    const records = await harness.store.getSourceRecords(harness.bucket, key);
    expect(records?.source).toMatchObject({
      status: 'PARSED',
      eTag: object.eTag,
      size: SEED_BYTES.byteLength,
      versionId: null,
      parserVersion: PARSER_VERSION,
      format: 'pressreader',
      encoding: 'utf-8',
      compressed: false,
      articleCount: 1,
    });
    const article = records?.articles[0] as ParsedStoredArticle;
    expect(article).toMatchObject({
      status: 'PARSED',
      source: { bucket: harness.bucket, key, versionId: null, documentIndex: 1 },
      publication: 'Albuquerque Journal',
      headline: 'Milley: US may work with Taliban to hit ISIS',
      subheadline: 'Relationship with new regime still being tested',
      byline: 'BY ROBERT BURNS AND LOLITA C. BALDOR',
      authors: ['Robert Burns', 'Lolita C. Baldor'],
      dateline: 'WASHINGTON',
      language: 'en',
      country: 'United States',
      publishedDate: null,
      publishedDateSource: null,
      indexTerms: { subject: [], organization: [], person: [], geographic: [] },
      wordCount: 562,
      warnings: [],
    });
    expect(article.paragraphs).toHaveLength(12);
    expect(article.paragraphs[0]).toMatch(/^Army Gen\. Mark Milley, chairman/);
    expect(article.paragraphs[11]).toMatch(/^Both Austin and Milley commanded/);
    const parsedHere = await parseFile(SEED_BYTES);
    expect(parsedHere.ok && article.contentHash).toBe(parsedHere.ok && parsedHere.articles[0]?.contentHash);
    // Without a stated date the article sorts by its upload day.
    expect(article.sortDate).toBe(records?.source.lastModified?.slice(0, 10));

    const byPublication = await harness.store.articlesByPublication('albuquerque journal', { limit: 50 });
    expect(byPublication.items.map((found) => found.id)).toContain(article.id);
    expect(
      (await harness.store.articlesByAuthor('LOLITA C. BALDOR', { limit: 50 })).items.map((a) => a.id),
    ).toContain(article.id);
    const milley = article.entities.people.find((person) => person.name === 'Mark Milley');
    expect(milley).toBeDefined();
    expect(
      (await harness.store.articlesByEntity('person', 'mark milley', { limit: 50 })).items.map((a) => a.id),
    ).toContain(article.id);
    expect((await harness.store.articlesByContentHash(article.contentHash)).items.map((a) => a.id)).toContain(
      article.id,
    );
  });

  it('logs one INFO line per invocation, counting outcomes, a WARN per rejection, and never the article text', async () => {
    const parsedKey = uniqueKey('logged.txt');
    const emptyKey = uniqueKey('logged-empty.txt');
    const records = [];
    for (const [key, body] of [
      [parsedKey, SEED_BYTES],
      [emptyKey, new Uint8Array(0)],
    ] as const) {
      records.push(await harness.uploadEvent(key, body));
    }
    const before = logs.lines.length;

    await harness.handler(sqsEvent(records));

    const lines = logs.lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.level === 'INFO')).toEqual([
      expect.objectContaining({
        message: 'Processed batch',
        messages: 2,
        failedMessages: 0,
        parsed: 1,
        rejected: 1,
        deleted: 0,
        skipped: 0,
        failed: 0,
        articles: 1,
        testEvents: 0,
      }),
    ]);
    expect(lines.filter((line) => line.level === 'WARN')).toEqual([
      expect.objectContaining({
        message: 'Rejected file',
        bucket: harness.bucket,
        key: emptyKey,
        reason: expect.objectContaining({ code: 'EMPTY' }),
      }),
    ]);
    // The function's level is INFO: per-event success lines are DEBUG and not written.
    expect(lines.map((line) => line.message)).not.toContain('Stored articles');
    const text = logs.lines.slice(before).join('\n');
    expect(text).not.toContain('Relationship with new regime');
    expect(text).not.toContain('chairman of the Joint Chiefs');
  });

  it('logs each stored event at DEBUG with bucket, key and record ids, never the text', async () => {
    // The function's level is Lambda's (AWS_LAMBDA_LOG_LEVEL, from the construct's logLevel), which
    // Powertools reads when a Logger is created.
    const functionLevel = process.env.AWS_LAMBDA_LOG_LEVEL;
    process.env.AWS_LAMBDA_LOG_LEVEL = 'DEBUG';
    const logger = new Logger({ serviceName: harness.serviceName });
    if (functionLevel === undefined) delete process.env.AWS_LAMBDA_LOG_LEVEL;
    else process.env.AWS_LAMBDA_LOG_LEVEL = functionLevel;
    const dependencies = createIngestDependencies(loadIngestConfig(process.env), {
      logger,
      metrics: new Metrics({ namespace: 'ArticlePipelineTest', serviceName: harness.serviceName }),
    });
    const key = uniqueKey('logged-debug.txt');
    await harness.upload(key, SEED_BYTES);
    const before = logs.lines.length;

    await ingestObject(
      {
        bucket: harness.bucket,
        key,
        sequencer: harness.nextSequencer(),
        eventName: 'ObjectCreated:Put',
        versionId: null,
        eventTime: null,
      },
      dependencies,
      noDeadline,
      noOutcomes(),
      { messageId: 'logged-debug' },
    );

    const lines = logs.lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    const stored = lines.find((line) => line.message === 'Stored articles');
    expect(stored).toMatchObject({ bucket: harness.bucket, key, action: 'written', level: 'DEBUG' });
    expect(stored?.articleIds).toHaveLength(1);
    expect(logs.lines.slice(before).join('\n')).not.toContain('Relationship with new regime');
  });
});

describe('metrics', () => {
  it('counts files and articles parsed and rejected, object bytes and parse time', async () => {
    const metrics = new Metrics({ namespace: 'ArticlePipelineTest', serviceName: harness.serviceName });
    const added: Array<[string, string, number]> = [];
    vi.spyOn(metrics, 'addMetric').mockImplementation((name, unit, value) => {
      added.push([name, unit, value]);
      return metrics;
    });
    const dependencies = createIngestDependencies(loadIngestConfig(process.env), {
      tracer: new Tracer({ enabled: false }),
      logger: new Logger({ logLevel: 'SILENT' }),
      metrics,
    });
    const parsedKey = uniqueKey('counted.txt');
    const rejectedKey = uniqueKey('counted-empty.txt');
    await harness.upload(parsedKey, SEED_BYTES);
    await harness.upload(rejectedKey, new Uint8Array(0));
    const event = (key: string) => ({
      bucket: harness.bucket,
      key,
      sequencer: harness.nextSequencer(),
      eventName: 'ObjectCreated:Put',
      versionId: null,
      eventTime: null,
    });

    const counts = noOutcomes();
    await ingestObject(event(parsedKey), dependencies, noDeadline, counts, { messageId: 'counted' });
    await ingestObject(event(rejectedKey), dependencies, noDeadline, counts, { messageId: 'counted-empty' });

    const named = (name: string) => added.filter(([metric]) => metric === name);
    expect(named('filesParsed')).toEqual([['filesParsed', 'Count', 1]]);
    expect(named('articlesParsed')).toEqual([['articlesParsed', 'Count', 1]]);
    expect(named('filesRejected')).toEqual([['filesRejected', 'Count', 1]]);
    expect(named('objectBytes')).toEqual([
      ['objectBytes', 'Bytes', SEED_BYTES.byteLength],
      ['objectBytes', 'Bytes', 0],
    ]);
    expect(named('parseTime').map(([, unit, value]) => [unit, value >= 0])).toEqual([
      ['Milliseconds', true],
      ['Milliseconds', true],
    ]);
    expect(counts).toEqual({ ...noOutcomes(), parsed: 1, rejected: 1, articles: 1 });
  });
});

describe('exports and overwrites', () => {
  it('gives one article per document of a multi-document export', async () => {
    const key = uniqueKey('export.txt');
    await uploadAndDeliver(key, nexisExport([1, 2, 3].map((index) => story(index, 'Ann Lee'))));

    const records = await harness.store.getSourceRecords(harness.bucket, key);
    expect(records?.source).toMatchObject({ status: 'PARSED', format: 'nexis', articleCount: 3 });
    expect(
      records?.articles.map((article) => {
        const parsed = article as ParsedStoredArticle;
        return [
          parsed.source.documentIndex,
          parsed.headline,
          parsed.publishedDate,
          parsed.publishedDateSource,
        ];
      }),
    ).toEqual([
      [1, 'Ferry schedule changes, part 1', '2019-05-01', 'file'],
      [2, 'Ferry schedule changes, part 2', '2019-05-02', 'file'],
      [3, 'Ferry schedule changes, part 3', '2019-05-03', 'file'],
    ]);
  });

  it('turns the documents an overwrite no longer has DELETED, with no stale index entry', async () => {
    const key = uniqueKey('shrinking-export.txt');
    const formerAuthors = ['Nora Quist', 'Ivo Brandt', 'Mae Tolliver'];
    await uploadAndDeliver(
      key,
      nexisExport(formerAuthors.map((author, position) => story(position + 1, author))),
    );

    await uploadAndDeliver(key, nexisExport([story(1, 'Lars Ekdahl')]));

    const records = await harness.store.getSourceRecords(harness.bucket, key);
    expect(records?.source.articleCount).toBe(1);
    const all = await items(key);
    expect(all.filter((item) => item.type === 'ARTICLE').map((item) => item.status)).toEqual([
      'PARSED',
      'DELETED',
      'DELETED',
    ]);
    // Index rows are keyed AUTHOR#<name>#<shard>: every row of the key, wherever it is, is in `all`.
    expect(
      all.filter((item) => item.type === 'INDEX').map((item) => String(item.pk).replace(/#\d+$/, '')),
    ).toEqual(['AUTHOR#lars ekdahl']);
    for (const gone of formerAuthors) {
      expect((await harness.store.articlesByAuthor(gone)).items).toEqual([]);
    }
  });
});

describe('delivery', () => {
  it('leaves every item exactly as once when the same event is delivered twice', async () => {
    const key = uniqueKey('twice.txt');
    const { sequencer, object } = await uploadAndDeliver(key, SEED_BYTES);
    const once = await items(key);

    const again = await harness.handler(
      sqsEvent([
        sqsRecord(s3EventBody({ bucket: harness.bucket, key, sequencer, ...object }), { receiveCount: 2 }),
      ]),
    );

    expect(again.batchItemFailures).toEqual([]);
    expect(await items(key)).toEqual(once);
  });

  it('lets an event that arrives after a newer one change nothing', async () => {
    const key = uniqueKey('reordered.txt');
    const first = await harness.upload(key, nexisExport([story(1, 'Ann Lee'), story(2, 'Ann Lee')]));
    const firstSequencer = harness.nextSequencer();
    const second = await harness.upload(key, nexisExport([story(1, 'Bo Park')]));
    const secondSequencer = harness.nextSequencer();

    await harness.handler(
      sqsEvent([
        sqsRecord(s3EventBody({ bucket: harness.bucket, key, sequencer: secondSequencer, ...second })),
      ]),
    );
    const newest = await items(key);
    await harness.handler(
      sqsEvent([
        sqsRecord(s3EventBody({ bucket: harness.bucket, key, sequencer: firstSequencer, ...first })),
      ]),
    );

    expect(await items(key)).toEqual(newest);
    expect(newest[0]).toMatchObject({ eTag: second.eTag, sequencer: secondSequencer, articleCount: 1 });
  });

  it('makes a deleted object DELETED, its article without text', async () => {
    const key = uniqueKey('deleted.txt');
    await uploadAndDeliver(key, SEED_BYTES);
    await harness.s3.send(new DeleteObjectCommand({ Bucket: harness.bucket, Key: key }));

    const response = await harness.handler(
      sqsEvent([
        sqsRecord(
          s3EventBody({
            bucket: harness.bucket,
            key,
            sequencer: harness.nextSequencer(),
            eventName: 'ObjectRemoved:Delete',
          }),
        ),
      ]),
    );

    expect(response.batchItemFailures).toEqual([]);
    const records = await harness.store.getSourceRecords(harness.bucket, key);
    expect(records?.source).toMatchObject({ status: 'DELETED', articleIds: [] });
    const [article] = (await items(key, 1)).filter((item) => item.type === 'ARTICLE');
    expect(article).toMatchObject({ status: 'DELETED' });
    expect(article).not.toHaveProperty('paragraphs');
    expect(article).not.toHaveProperty('headline');
    expect(
      (await harness.store.sourcesByStatus('DELETED', { limit: 100 })).items.map((source) => source.key),
    ).toContain(key);
  });

  it('changes nothing but the sequencer when a noncurrent version is deleted', async () => {
    const key = uniqueKey('noncurrent.txt');
    await uploadAndDeliver(key, SEED_BYTES);
    const before = await items(key);
    const sequencer = harness.nextSequencer();

    // The current object is still there: the event removed an older version.
    await harness.handler(
      sqsEvent([
        sqsRecord(
          s3EventBody({
            bucket: harness.bucket,
            key,
            sequencer,
            eventName: 'ObjectRemoved:Delete',
            versionId: 'older-version',
          }),
        ),
      ]),
    );

    const after = await items(key);
    const withoutSequencer = (list: Record<string, unknown>[]) =>
      list.map(({ sequencer: _sequencer, sequencerKey: _key, ...rest }) => rest);
    expect(withoutSequencer(after)).toEqual(withoutSequencer(before));
    expect(after[0]?.sequencer).toBe(sequencer);
  });

  it('decodes keys with spaces, plus signs, unicode and percent signs', async () => {
    const keys = [
      'news/red flower.txt',
      'news/c++ notes+1.txt',
      'news/café – Zürich ☕.txt',
      'news/100% sure%20.txt',
    ].map((name) => uniqueKey(name));
    const records = [];
    for (const key of keys) {
      const object = await harness.upload(key, SEED_BYTES);
      records.push(
        sqsRecord(
          s3EventBody({ bucket: harness.bucket, key, sequencer: harness.nextSequencer(), ...object }),
        ),
      );
    }

    const response = await harness.handler(sqsEvent(records));

    expect(response.batchItemFailures).toEqual([]);
    for (const key of keys) {
      expect((await harness.store.getSourceRecords(harness.bucket, key))?.source.status).toBe('PARSED');
    }
    expect(JSON.parse(records[1]!.body).Records[0].s3.object.key).toMatch(/c%2B%2B\+notes%2B1\.txt$/);
  });

  it('acknowledges an s3:TestEvent without writing anything', async () => {
    const response = await harness.handler(sqsEvent([sqsRecord(s3TestEventBody(harness.bucket))]));

    expect(response).toEqual({ batchItemFailures: [] });
  });

  it('fails only a malformed message of the batch', async () => {
    const key = uniqueKey('beside-malformed.txt');
    const object = await harness.upload(key, SEED_BYTES);
    const malformed = sqsRecord('{"Records":[{"eventSource":"aws:s3"}]}');

    const response = await harness.handler(
      sqsEvent([
        malformed,
        sqsRecord(
          s3EventBody({ bucket: harness.bucket, key, sequencer: harness.nextSequencer(), ...object }),
        ),
      ]),
    );

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: malformed.messageId }]);
    expect((await harness.store.getSourceRecords(harness.bucket, key))?.source.status).toBe('PARSED');
  });

  it('takes publishedDate from the object metadata, or from a dated key', async () => {
    const withMetadata = uniqueKey('undated.txt');
    await uploadAndDeliver(withMetadata, SEED_BYTES, { published: '2021-09-02' });
    const datedKey = `feeds/2021/09/03/${uniqueKey('undated.txt')}`;
    await uploadAndDeliver(datedKey, SEED_BYTES);

    const fromMetadata = (await harness.store.getSourceRecords(harness.bucket, withMetadata))?.articles[0];
    const fromKey = (await harness.store.getSourceRecords(harness.bucket, datedKey))?.articles[0];
    expect(fromMetadata).toMatchObject({
      publishedDate: '2021-09-02',
      publishedDateSource: 'metadata',
      sortDate: '2021-09-02',
    });
    expect(fromKey).toMatchObject({ publishedDate: '2021-09-03', publishedDateSource: 'key' });
  });
});

describe('files of every kind in one batch', () => {
  it('rejects empty, binary, unsupported and over-limit files with their reasons, decodes the rest, and harms no other message', async () => {
    const files: Record<string, Uint8Array> = {
      'empty.txt': new Uint8Array(0),
      'binary.bin': Uint8Array.from({ length: 4_096 }, (_, index) => (index * 37) % 256),
      'scan.pdf': new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'),
      'huge.txt': new Uint8Array(HARNESS_MAX_OBJECT_BYTES + 1).fill(0x61),
      'utf16.txt': Buffer.from(`\ufeff${SEED_TEXT}`, 'utf16le'),
      'cp1252.txt': windows1252(SEED_TEXT),
      'seed.txt.gz': gzipSync(SEED_BYTES),
      'plain.txt': SEED_BYTES,
    };
    const keys = Object.fromEntries(Object.keys(files).map((name) => [name, uniqueKey(name)]));
    const records = [];
    for (const [name, bytes] of Object.entries(files)) {
      const key = keys[name]!;
      const object = await harness.upload(key, bytes);
      records.push(
        sqsRecord(
          s3EventBody({ bucket: harness.bucket, key, sequencer: harness.nextSequencer(), ...object }),
        ),
      );
    }

    const response = await harness.handler(sqsEvent(records));

    expect(response.batchItemFailures).toEqual([]);
    const source = async (name: string) =>
      (await harness.store.getSourceRecords(harness.bucket, keys[name]!))!;
    expect((await source('empty.txt')).source).toMatchObject({
      status: 'REJECTED',
      reason: { code: 'EMPTY' },
    });
    expect((await source('binary.bin')).source).toMatchObject({
      status: 'REJECTED',
      reason: { code: 'BINARY' },
    });
    expect((await source('scan.pdf')).source).toMatchObject({
      status: 'REJECTED',
      reason: { code: 'CORRUPT_CONTAINER' },
    });
    expect((await source('huge.txt')).source).toMatchObject({
      status: 'REJECTED',
      size: HARNESS_MAX_OBJECT_BYTES + 1,
      reason: {
        code: 'TOO_LARGE',
        message: `The object is ${HARNESS_MAX_OBJECT_BYTES + 1} bytes, over the ${HARNESS_MAX_OBJECT_BYTES}-byte limit.`,
      },
    });
    const plain = (await source('plain.txt')).articles[0] as ParsedStoredArticle;
    for (const [name, encoding, compressed] of [
      ['utf16.txt', 'utf-16le', false],
      ['cp1252.txt', 'windows-1252', false],
      ['seed.txt.gz', 'utf-8', true],
    ] as const) {
      const decoded = await source(name);
      expect(decoded.source).toMatchObject({ status: 'PARSED', encoding, compressed });
      expect((decoded.articles[0] as ParsedStoredArticle).paragraphs).toEqual(plain.paragraphs);
    }
    const rejected = await harness.store.sourcesByStatus('REJECTED', { limit: 100 });
    for (const name of ['empty.txt', 'binary.bin', 'scan.pdf', 'huge.txt']) {
      expect(rejected.items.map((item) => item.key)).toContain(keys[name]);
    }
  });

  it('stores an article over 400 KB whole', async () => {
    const key = uniqueKey('long-read.txt');
    const paragraphs = Array.from(
      { length: 4_500 },
      (_, index) =>
        `Section ${index}: the committee heard testimony on the river dredging plan and its cost to the county.`,
    );
    const text = `The Long Read Review\n\nA very long report on the river\n\n${paragraphs.join('\n\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(400 * 1024);

    const { response } = await uploadAndDeliver(key, text);

    expect(response.batchItemFailures).toEqual([]);
    const article = (await harness.store.getSourceRecords(harness.bucket, key))
      ?.articles[0] as ParsedStoredArticle;
    const parsedHere = await parseFile(new TextEncoder().encode(text));
    expect(parsedHere.ok).toBe(true);
    expect(article.paragraphs).toEqual(parsedHere.ok ? parsedHere.articles[0]?.paragraphs : []);
    expect(article.paragraphs.length).toBeGreaterThan(4_000);
  });
});

describe('permissions', () => {
  it("made only calls that the function's role in the synthesized template allows", async () => {
    const { requests, denied } = await deniedRequests(
      spies.commandsExcept(harness.s3, harness.table.documentClient),
    );

    expect(denied).toEqual([]);
    // The tests above exercised every kind of call the handler makes.
    expect(new Set(requests.map((request) => request.action))).toEqual(
      new Set([
        's3:GetObject',
        's3:ListBucket',
        'dynamodb:UpdateItem',
        'dynamodb:GetItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
      ]),
    );
  });

  it('is granted nothing that these calls did not use, but what Lambda uses for it, each with its reason', async () => {
    const { requests } = await deniedRequests(spies.commandsExcept(harness.s3, harness.table.documentClient));

    expect(
      unusedGrants(await ingestRoleStatements(), requests, INGEST_GRANT_REASONS, await ingestRoleResources()),
    ).toEqual([]);
  });

  it('would catch a call the role does not allow', async () => {
    const statements = await ingestRoleStatements();
    const object = `arn:aws:s3:::${harness.bucket}/any.txt`;

    expect(policyAllows(statements, { action: 's3:GetObject', resource: object, because: 'read' })).toBe(
      true,
    );
    // The function never writes to the incoming bucket (no recursive loop), nor reads another one.
    expect(policyAllows(statements, { action: 's3:PutObject', resource: object, because: 'write' })).toBe(
      false,
    );
    expect(
      policyAllows(statements, {
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::other/any.txt',
        because: 'read',
      }),
    ).toBe(false);
  });
});
