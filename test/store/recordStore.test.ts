import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../lambda/store/articleId';
import { SCHEMA_VERSION } from '../../lambda/store/constants';
import { RecordStore, type RecordStoreOptions } from '../../lambda/store/RecordStore';
import { tableKeys } from '../../lambda/store/tableKeys';
import { toStoredArticle } from '../../lambda/store/toStoredArticle';
import type {
  ArticleInput,
  ArticleItem,
  ObjectOutcome,
  ParsedStoredArticle,
  SourceEvent,
} from '../../lambda/store/types';
import { crashingDynamoClient } from '../helpers/crashingDynamoClient';
import { makeArticle } from '../helpers/makeArticle';
import { readKeyItems } from '../helpers/readKeyItems';
import { startTestTable, type TestTable } from '../helpers/startTestTable';

const BUCKET = 'incoming';
let table: TestTable;

beforeAll(async () => {
  table = await startTestTable();
});
afterAll(() => table?.stop());

function storeAt(now: Date, parserVersion = '1.0.0'): RecordStore {
  return new RecordStore({ client: table.client, tableName: table.tableName, parserVersion, now: () => now });
}

/** A store with other options, at the same parser version as {@link storeAt}'s (not the parser's own). */
function storeWith(now: Date, options: Partial<RecordStoreOptions>): RecordStore {
  return new RecordStore({
    client: table.client,
    tableName: table.tableName,
    parserVersion: '1.0.0',
    now: () => now,
    ...options,
  });
}

function uniqueKey(name: string): string {
  return `tests/${randomUUID()}/${name}`;
}

function event(key: string, sequencer: string, eventName = 'ObjectCreated:Put'): SourceEvent {
  return { bucket: BUCKET, key, sequencer, eventName };
}

function parsed(articles: ArticleInput[], eTag = 'etag-1', versionId: string | null = null): ObjectOutcome {
  return {
    kind: 'parsed',
    object: { versionId, eTag, size: 1234, lastModified: '2026-01-02T03:04:05.000Z' },
    parse: { format: 'plain', encoding: 'utf-8', compressed: false },
    articles,
  };
}

function documents(
  count: number,
  overrides: (index: number) => Partial<ArticleInput> = () => ({}),
): ArticleInput[] {
  return Array.from({ length: count }, (_, position) =>
    makeArticle({ documentIndex: position + 1, ...overrides(position + 1) }),
  );
}

/** Index rows of a snapshot by what they index: `AUTHOR#<name>` or `ENTITY#<kind>#<name>` (shard dropped), sorted. */
function indexNames(items: Record<string, unknown>[]): string[] {
  return items
    .filter((item) => item.type === 'INDEX')
    .map((item) => String(item.pk).replace(/#\d+$/, ''))
    .sort();
}

const T1 = new Date('2026-01-02T03:04:05.000Z');
const T2 = new Date('2026-01-03T00:00:00.000Z');

describe('writing a parsed object', () => {
  it('stores the source, its articles and their index items, read back by access pattern 1', async () => {
    const key = uniqueKey('one.txt');
    const result = await storeAt(T1).apply(event(key, '0A'), parsed(documents(2)));

    expect(result.action).toBe('written');
    expect(result.articleIds).toEqual([articleId(BUCKET, key, 1), articleId(BUCKET, key, 2)]);
    const records = await storeAt(T1).getSourceRecords(BUCKET, key);
    expect(records?.source).toMatchObject({
      bucket: BUCKET,
      key,
      status: 'PARSED',
      eTag: 'etag-1',
      sequencer: '0A',
      articleCount: 2,
      parserVersion: '1.0.0',
      processedAt: T1.toISOString(),
      format: 'plain',
    });
    expect(records?.articles.map((article) => article.status)).toEqual(['PARSED', 'PARSED']);
    const first = records?.articles[0] as ParsedStoredArticle;
    expect(first).toMatchObject({
      id: articleId(BUCKET, key, 1),
      source: { bucket: BUCKET, key, versionId: null, documentIndex: 1 },
      headline: 'Board weighs bus plan (1)',
      sortDate: '2021-09-01',
    });
    expect(first).not.toHaveProperty('pk');
    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);
    expect(items.map((item) => `${item.type} ${item.sk}`).sort()).toEqual(
      [
        'SOURCE SOURCE',
        'ARTICLE ARTICLE',
        'ARTICLE ARTICLE',
        ...[1, 2].flatMap((index) => [
          `INDEX 2021-09-01#${articleId(BUCKET, key, index)}`,
          `INDEX 2021-09-01#${articleId(BUCKET, key, index)}`,
        ]),
      ].sort(),
    );
    expect(indexNames(items)).toEqual([
      'AUTHOR#ana ruiz',
      'AUTHOR#ana ruiz',
      'ENTITY#organization#county board',
      'ENTITY#organization#county board',
    ]);
    const article = items.find((item) => item.type === 'ARTICLE');
    expect(article).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      bodyEncoding: 'gzip-json',
      headline: 'Board weighs bus plan (1)',
      authors: ['Ana Ruiz'],
      wordCount: expect.any(Number),
      indexPartitions: expect.arrayContaining([
        expect.stringMatching(/^AUTHOR#ana ruiz#\d$/),
        expect.stringMatching(/^ENTITY#organization#county board#\d$/),
      ]),
    });
    expect(article).not.toHaveProperty('paragraphs');
    expect(article).not.toHaveProperty('staleIndexKeys');
    const source = items.find((item) => item.type === 'SOURCE');
    expect(source).not.toHaveProperty('leaseOwner');
    expect(source).not.toHaveProperty('pendingDocumentCounts');
  });
});

describe('idempotency', () => {
  it('leaves every item exactly as once when the same event arrives twice, processing time included', async () => {
    const key = uniqueKey('twice.txt');
    await storeAt(T1).apply(event(key, '0B'), parsed(documents(3)));
    const once = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);

    const again = await storeAt(T2).apply(event(key, '0B'), parsed(documents(3)));

    expect(again.action).toBe('skipped-duplicate');
    expect(await readKeyItems(table.documentClient, table.tableName, BUCKET, key)).toEqual(once);
  });
});

describe('order per key', () => {
  it('changes nothing for an event older than the stored one', async () => {
    const key = uniqueKey('late.txt');
    await storeAt(T1).apply(event(key, '0200'), parsed(documents(2), 'etag-new'));
    const newer = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);

    const late = await storeAt(T2).apply(event(key, '0100'), parsed(documents(4), 'etag-old'));

    expect(late.action).toBe('skipped-older');
    expect(await readKeyItems(table.documentClient, table.tableName, BUCKET, key)).toEqual(newer);
  });

  it('compares sequencers of different lengths as numbers after left-padding', async () => {
    const key = uniqueKey('padded.txt');
    // 0x100 > 0xFF although "100" < "FF" as text.
    await storeAt(T1).apply(event(key, '100'), parsed(documents(1), 'etag-256'));

    const result = await storeAt(T2).apply(event(key, 'FF'), parsed(documents(1), 'etag-255'));

    expect(result.action).toBe('skipped-older');
    expect((await storeAt(T2).getSourceRecords(BUCKET, key))?.source.eTag).toBe('etag-256');
  });

  it('rewrites an equal sequencer only for a newer parser version', async () => {
    const key = uniqueKey('reprocess.txt');
    await storeAt(T1, '1.2.0').apply(event(key, '0C'), parsed(documents(1)));
    const stored = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);

    const older = await storeAt(T2, '1.1.9').apply(event(key, '0C'), parsed(documents(1)));
    expect(older.action).toBe('skipped-duplicate');
    expect(await readKeyItems(table.documentClient, table.tableName, BUCKET, key)).toEqual(stored);

    const newer = await storeAt(T2, '1.10.0').apply(event(key, '0C'), parsed(documents(1)));
    expect(newer.action).toBe('written');
    const records = await storeAt(T2).getSourceRecords(BUCKET, key);
    expect(records?.source).toMatchObject({ parserVersion: '1.10.0', processedAt: T2.toISOString() });
    expect(records?.articles[0]).toMatchObject({ parserVersion: '1.10.0' });
  });

  it('ends in the newest state when writes of one key run at the same time', async () => {
    const key = uniqueKey('race.txt');
    // Each version has a different number of documents and authors, so a clobbered write would show.
    const versions = [1, 2, 3, 4, 5, 6].map((version) => ({
      sequencer: version.toString(16).padStart(4, '0'),
      outcome: parsed(
        documents(7 - version, () => ({ authors: [`Author V${version}`] })),
        `etag-${version}`,
      ),
    }));
    const shuffled = [versions[2], versions[5], versions[0], versions[4], versions[1], versions[3]];
    const fastStore = () =>
      new RecordStore({
        client: table.client,
        tableName: table.tableName,
        retry: { maxAttempts: 40, baseDelayMs: 5, maxDelayMs: 50 },
      });

    const results = await Promise.allSettled(
      shuffled.map((version) => fastStore().apply(event(key, version!.sequencer), version!.outcome)),
    );

    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    const records = await storeAt(T2).getSourceRecords(BUCKET, key);
    expect(records?.source).toMatchObject({ eTag: 'etag-6', sequencer: '0006', articleCount: 1 });
    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);
    const live = items.filter((item) => item.type === 'ARTICLE' && item.status !== 'DELETED');
    expect(live.map((item) => item.id)).toEqual(records?.source.articleIds);
    expect(indexNames(items)).toEqual(['AUTHOR#author v6', 'ENTITY#organization#county board']);
    expect((await storeAt(T2).articlesByAuthor('Author V6')).items.map((article) => article.id)).toEqual(
      records?.source.articleIds,
    );
  });
});

describe('completeness', () => {
  it('turns documents missing from an overwrite DELETED and leaves no stale index entry', async () => {
    const key = uniqueKey('shrinks.txt');
    const authorOf = (index: number) => ({ authors: [`Shrink Writer ${index}`] });
    await storeAt(T1).apply(event(key, '01'), parsed(documents(3, authorOf), 'etag-3'));

    const result = await storeAt(T2).apply(event(key, '02'), parsed(documents(1, authorOf), 'etag-1'));

    expect(result.articleIds).toEqual([articleId(BUCKET, key, 1)]);
    const gone = await storeAt(T2).getArticles([articleId(BUCKET, key, 2), articleId(BUCKET, key, 3)]);
    expect(gone).toEqual(
      [2, 3].map((documentIndex) => ({
        id: articleId(BUCKET, key, documentIndex),
        status: 'DELETED',
        source: { bucket: BUCKET, key, versionId: null, documentIndex },
        deletedAt: T2.toISOString(),
        expiresAt: Math.floor(T2.getTime() / 1000) + 30 * 86_400,
      })),
    );
    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);
    expect(indexNames(items)).toEqual(['AUTHOR#shrink writer 1', 'ENTITY#organization#county board']);
    expect((await storeAt(T2).articlesByAuthor('Shrink Writer 3')).items).toEqual([]);
    expect((await storeAt(T2).getSourceRecords(BUCKET, key))?.source).toMatchObject({
      eTag: 'etag-1',
      articleCount: 1,
    });
  });

  it('removes the index entries of an author or entity a rewrite no longer names', async () => {
    const key = uniqueKey('renamed.txt');
    await storeAt(T1).apply(
      event(key, '01'),
      parsed([
        makeArticle({
          authors: ['Old Name'],
          entities: { people: [{ name: 'Jo Park', mentions: 2 }], organizations: [], places: [] },
        }),
      ]),
    );

    await storeAt(T2).apply(
      event(key, '02'),
      parsed(
        [
          makeArticle({
            authors: ['New Name'],
            entities: { people: [], organizations: [], places: [{ name: 'Lake Town', mentions: 1 }] },
          }),
        ],
        'etag-2',
      ),
    );

    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1);
    expect(indexNames(items)).toEqual(['AUTHOR#new name', 'ENTITY#place#lake town']);
    expect((await storeAt(T2).articlesByEntity('person', 'Jo Park')).items).toEqual([]);
    expect((await storeAt(T2).articlesByAuthor('Old Name')).items).toEqual([]);
    expect((await storeAt(T2).articlesByEntity('place', 'Lake Town')).items.map((a) => a.id)).toEqual([
      articleId(BUCKET, key, 1),
    ]);
  });

  it('makes a deleted object DELETED: source and articles without text, out of every index, and it expires', async () => {
    const key = uniqueKey('deleted.txt');
    await storeAt(T1).apply(
      event(key, '01'),
      parsed(documents(2, () => ({ publication: 'Deletion Daily' }))),
    );

    const result = await storeAt(T2).apply(event(key, '02', 'ObjectRemoved:DeleteMarkerCreated'), {
      kind: 'deleted',
    });

    expect(result).toEqual({ action: 'written', articleIds: [] });
    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);
    const expiresAt = Math.floor(T2.getTime() / 1000) + 30 * 86_400;
    expect(items.find((item) => item.type === 'SOURCE')).toMatchObject({
      status: 'DELETED',
      eventName: 'ObjectRemoved:DeleteMarkerCreated',
      eTag: null,
      expiresAt,
      gsi2pk: 'STATUS#DELETED',
    });
    expect(indexNames(items)).toEqual([]);
    const articles = items.filter((item) => item.type !== 'SOURCE');
    expect(articles.map((item) => `${item.type} ${item.status}`)).toEqual([
      'ARTICLE DELETED',
      'ARTICLE DELETED',
    ]);
    for (const article of articles) {
      expect(Object.keys(article).sort()).toEqual(
        ['deletedAt', 'expiresAt', 'id', 'pk', 'schemaVersion', 'sk', 'source', 'status', 'type'].sort(),
      );
    }
    expect((await storeAt(T2).articlesByPublication('Deletion Daily')).items).toEqual([]);
    const deleted = await storeAt(T2).sourcesByStatus('DELETED', { limit: 100 });
    expect(deleted.items.map((source) => source.key)).toContain(key);
  });

  it('changes nothing but the sequencer when S3 still holds the stored version (a noncurrent version was deleted)', async () => {
    const key = uniqueKey('noncurrent.txt');
    await storeAt(T1).apply(event(key, '01'), parsed(documents(2), 'etag-v2', 'v2'));
    const before = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);

    const result = await storeAt(T2).apply(
      event(key, '02', 'ObjectRemoved:Delete'),
      parsed(documents(2), 'etag-v2', 'v2'),
    );

    expect(result.action).toBe('skipped-unchanged');
    const after = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);
    const withoutSequencer = (items: Record<string, unknown>[]) =>
      items.map(({ sequencer: _s, sequencerKey: _k, ...rest }) => rest);
    expect(withoutSequencer(after)).toEqual(withoutSequencer(before));
    expect(after[0]).toMatchObject({ sequencer: '02' });
  });

  it('converges after a crash between the article writes and the commit, with leftovers of the crashed write removed', async () => {
    const key = uniqueKey('crash.txt');
    await storeAt(T1).apply(
      event(key, '01'),
      parsed(
        documents(2, () => ({ authors: ['Before Crash'] })),
        'etag-a',
      ),
    );
    const crashing = new RecordStore({
      client: crashingDynamoClient(table.endpoint, (call) => call.operation === 'PutItem'),
      tableName: table.tableName,
      now: () => T1,
      concurrency: 1,
    });
    // The crashed write stored five documents' articles but never committed.
    await expect(
      crashing.apply(
        event(key, '02'),
        parsed(
          documents(5, () => ({ authors: ['Crashed Write'] })),
          'etag-b',
        ),
        { leaseMs: 1_000 },
      ),
    ).rejects.toThrow(/simulated crash/);
    const committed = await storeAt(T1).getSourceRecords(BUCKET, key);
    expect(committed?.source).toMatchObject({ eTag: 'etag-a', articleCount: 2 });
    const leftovers = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);
    expect(indexNames(leftovers).filter((name) => name === 'AUTHOR#crashed write')).toHaveLength(5);

    // By the retry, S3 holds a third version with three documents; the lease of the crashed write has run out.
    const retry = await storeAt(T2).apply(
      event(key, '03'),
      parsed(
        documents(3, () => ({ authors: ['After Crash'] })),
        'etag-c',
      ),
    );

    expect(retry.action).toBe('written');
    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key);
    expect(indexNames(items).filter((name) => name.startsWith('AUTHOR#'))).toEqual([
      'AUTHOR#after crash',
      'AUTHOR#after crash',
      'AUTHOR#after crash',
    ]);
    expect(items.filter((item) => item.type === 'ARTICLE').map((item) => item.status)).toEqual([
      'PARSED',
      'PARSED',
      'PARSED',
      'DELETED',
      'DELETED',
    ]);
    expect(items[0]).not.toHaveProperty('pendingDocumentCounts');
    expect(items[0]).not.toHaveProperty('leaseOwner');
    expect((await storeAt(T2).articlesByAuthor('Crashed Write')).items).toEqual([]);
  });
});

describe('nothing lost', () => {
  it('records a rejected file as a REJECTED source with its reason, listed by status', async () => {
    const key = uniqueKey('rejected.bin');
    await storeAt(T1).apply(event(key, '01'), parsed(documents(1)));

    await storeAt(T2).apply(event(key, '02'), {
      kind: 'rejected',
      object: { versionId: null, eTag: 'etag-bin', size: 10, lastModified: T2.toISOString() },
      rejection: { code: 'BINARY', message: 'The file is binary content, not text.' },
    });

    const records = await storeAt(T2).getSourceRecords(BUCKET, key);
    expect(records?.source).toMatchObject({
      status: 'REJECTED',
      reason: { code: 'BINARY', message: 'The file is binary content, not text.' },
      articleIds: [],
    });
    expect((await storeAt(T2).getArticles([articleId(BUCKET, key, 1)]))[0]?.status).toBe('DELETED');
    const rejected = await storeAt(T2).sourcesByStatus('REJECTED', { limit: 100 });
    expect(rejected.items.find((source) => source.key === key)?.reason?.code).toBe('BINARY');
  });

  it('records FAILED without advancing the sequencer, so a redrive of the event is still processed', async () => {
    const key = uniqueKey('failing.txt');
    await storeAt(T1).apply(event(key, '05'), parsed(documents(1), 'etag-good'));
    const error = Object.assign(new Error('Access Denied'), { name: 'AccessDenied' });

    expect(await storeAt(T2).recordFailure(event(key, '06'), error, 5)).toBe(true);

    const failed = await storeAt(T2).getSourceRecords(BUCKET, key);
    expect(failed?.source).toMatchObject({
      status: 'FAILED',
      sequencer: '05',
      eTag: 'etag-good',
      error: {
        name: 'AccessDenied',
        message: 'Access Denied',
        sequencer: '06',
        receiveCount: 5,
        at: T2.toISOString(),
      },
    });
    expect(failed?.articles.map((article) => article.status)).toEqual(['PARSED']);
    const listed = await storeAt(T2).sourcesByStatus('FAILED', { limit: 100 });
    expect(listed.items.map((source) => source.key)).toContain(key);

    const redrive = await storeAt(T2).apply(event(key, '06'), parsed(documents(1), 'etag-redriven'));
    expect(redrive.action).toBe('written');
    expect((await storeAt(T2).getSourceRecords(BUCKET, key))?.source).toMatchObject({
      status: 'PARSED',
      error: null,
    });
    const after = await storeAt(T2).sourcesByStatus('FAILED', { limit: 100 });
    expect(after.items.map((source) => source.key)).not.toContain(key);
  });

  it('does not record FAILED for an event older than what is stored', async () => {
    const key = uniqueKey('stale-failure.txt');
    await storeAt(T1).apply(event(key, '09'), parsed(documents(1)));

    expect(await storeAt(T2).recordFailure(event(key, '08'), new Error('late'), 5)).toBe(false);

    expect((await storeAt(T2).getSourceRecords(BUCKET, key))?.source.status).toBe('PARSED');
  });

  it('stores an article over the 400 KB item limit without losing text, packed inline even with packArticleBodies false', async () => {
    const key = uniqueKey('long.txt');
    // About 600 KB of compressible text.
    const paragraphs = Array.from({ length: 3_000 }, (_, index) =>
      `Paragraph ${index} of the council minutes, read aloud in full.`.repeat(3),
    );
    const article = makeArticle({ paragraphs });

    await storeWith(T1, { packArticleBodies: false }).apply(event(key, '01'), parsed([article]));

    const [stored] = (await storeAt(T1).getSourceRecords(BUCKET, key))?.articles ?? [];
    expect(stored).toMatchObject({
      status: 'PARSED',
      paragraphs,
      headline: article.headline,
      entities: article.entities,
    });
    const [item] = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1).then((items) =>
      items.filter((entry) => entry.type === 'ARTICLE'),
    );
    expect(item).toMatchObject({ bodyEncoding: 'gzip-json', headline: article.headline });
    expect(item).not.toHaveProperty('paragraphs');
  });

  it('keeps provenance inside the packed body, and a deleted article gets neither text nor provenance back', async () => {
    const key = uniqueKey('provenance.txt');
    const provenance = {
      span: [0, 5] as [number, number],
      fields: { headline: [[0, 1] as [number, number]] },
      paragraphs: [[[2, 3] as [number, number]], [[4, 5] as [number, number]]],
      lines: [
        ['headline', 1],
        ['blank', 1],
        ['body', 1],
        ['blank', 1],
        ['body', 1],
      ] as [string, number][],
      warnings: [],
    };
    await storeAt(T1).apply(event(key, '01'), parsed([makeArticle({ provenance })]));
    const [item] = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1).then((items) =>
      items.filter((entry) => entry.type === 'ARTICLE'),
    );
    expect(item).not.toHaveProperty('provenance');
    const [stored] = (await storeAt(T1).getSourceRecords(BUCKET, key))?.articles ?? [];
    expect(stored).toMatchObject({ status: 'PARSED', provenance });

    await storeAt(T2).apply(event(key, '02', 'ObjectRemoved:DeleteMarkerCreated'), { kind: 'deleted' });
    const [tombstone] = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1).then(
      (items) => items.filter((entry) => entry.type === 'ARTICLE'),
    );
    expect(tombstone?.status).toBe('DELETED');
    expect(tombstone).not.toHaveProperty('body');
    expect(tombstone).not.toHaveProperty('provenance');
    expect(tombstone).not.toHaveProperty('paragraphs');
  });

  it('stores an article whose compressed text is over 400 KB in chunk items, reassembled on read', async () => {
    const key = uniqueKey('huge.txt');
    // Random words compress poorly: about 1.2 MB of text, more than 400 KB after gzip.
    const words = Array.from({ length: 200_000 }, () => Math.random().toString(36).slice(2, 8));
    const paragraphs = Array.from({ length: 400 }, (_, index) =>
      words.slice(index * 500, index * 500 + 500).join(' '),
    );
    const article = makeArticle({ paragraphs, publication: 'Chunk Chronicle' });

    await storeAt(T1).apply(event(key, '01'), parsed([article]));

    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1);
    const chunks = items.filter((item) => item.type === 'CHUNK');
    expect(chunks.length).toBeGreaterThan(1);
    const [stored] = (await storeAt(T1).getSourceRecords(BUCKET, key))?.articles ?? [];
    expect((stored as ParsedStoredArticle).paragraphs).toEqual(paragraphs);
    const byPublication = await storeAt(T1).articlesByPublication('chunk chronicle');
    expect((byPublication.items[0] as ParsedStoredArticle).paragraphs).toEqual(paragraphs);

    // A shorter rewrite drops the chunks it no longer needs.
    await storeAt(T2).apply(event(key, '02'), parsed([makeArticle()], 'etag-2'));
    const rewritten = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1);
    expect(rewritten.filter((item) => item.type === 'CHUNK')).toEqual([]);
  });
});

describe('index rows keyed in the table', () => {
  const rowKeys = (items: Record<string, unknown>[]) =>
    items.filter((item) => item.type === 'INDEX').map((item) => `${item.pk} ${item.sk}`);

  it('moves the rows when a rewrite changes the sort date, and finds the article under the new date only', async () => {
    const key = uniqueKey('redated.txt');
    const id = articleId(BUCKET, key, 1);
    await storeAt(T1).apply(event(key, '01'), parsed([makeArticle({ publishedDate: '2020-05-05' })]));

    await storeAt(T2).apply(
      event(key, '02'),
      parsed([makeArticle({ publishedDate: '2022-06-06' })], 'etag-2'),
    );

    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1);
    expect(items.filter((item) => item.type === 'INDEX').map((item) => item.sk)).toEqual([
      `2022-06-06#${id}`,
      `2022-06-06#${id}`,
    ]);
    const byDate = (since: string, until: string) =>
      storeAt(T2).articlesByAuthor('Ana Ruiz', { since, until, limit: 100 });
    expect((await byDate('2020-05-05', '2020-05-05')).items.map((article) => article.id)).not.toContain(id);
    expect((await byDate('2022-06-06', '2022-06-06')).items.map((article) => article.id)).toEqual([id]);
  });

  it.each([
    ['after its article items, before any row', 2],
    ['midway through its rows', 3],
  ])(
    'leaves no row of the committed or of an interrupted write (crashed %s) once a newer version is written',
    async (_when, crashAtBatch) => {
      const key = uniqueKey('interrupted-rows.txt');
      const names = (prefix: string) => Array.from({ length: 30 }, (_, index) => `${prefix} Writer ${index}`);
      await storeAt(T1).apply(event(key, '01'), parsed([makeArticle({ authors: names('Committed') })]));
      let batches = 0;
      const crashing = new RecordStore({
        client: crashingDynamoClient(
          table.endpoint,
          (call) => call.operation === 'BatchWriteItem' && ++batches === crashAtBatch,
        ),
        tableName: table.tableName,
        now: () => T1,
        concurrency: 1,
      });
      await expect(
        crashing.apply(
          event(key, '02'),
          parsed([makeArticle({ authors: names('Interrupted'), publishedDate: '2023-03-03' })], 'etag-2'),
          { leaseMs: 1_000 },
        ),
      ).rejects.toThrow(/simulated crash/);
      const leftovers = indexNames(await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1));
      // The crash left rows of the committed version (not yet deleted) and, midway, of the interrupted one.
      expect(leftovers.filter((name) => name.startsWith('AUTHOR#committed'))).not.toEqual([]);
      if (crashAtBatch === 3) {
        expect(leftovers.filter((name) => name.startsWith('AUTHOR#interrupted'))).not.toEqual([]);
      }

      await storeAt(T2).apply(
        event(key, '03'),
        parsed([makeArticle({ authors: ['Final Writer'], publishedDate: '2024-04-04' })], 'etag-3'),
      );

      const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1);
      expect(rowKeys(items)).toEqual(
        [
          `${tableKeys.authorPartition('Final Writer', tableKeys.shard(articleId(BUCKET, key, 1)))} 2024-04-04#${articleId(BUCKET, key, 1)}`,
          `${tableKeys.entityPartition('organization', 'County Board', tableKeys.shard(articleId(BUCKET, key, 1)))} 2024-04-04#${articleId(BUCKET, key, 1)}`,
        ].sort(),
      );
      expect((await storeAt(T2).articlesByAuthor('Committed Writer 0')).items).toEqual([]);
      expect((await storeAt(T2).articlesByAuthor('Interrupted Writer 29')).items).toEqual([]);
    },
  );

  it('removes the index items of the schema 1 layout (in the article partition) on a rewrite', async () => {
    const key = uniqueKey('legacy.txt');
    const id = articleId(BUCKET, key, 1);
    await storeAt(T1).apply(event(key, '01'), parsed([makeArticle()]));
    // What schema 1 wrote for an author: an item in the article's partition, in the lookup index.
    await table.documentClient.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          pk: `ARTICLE#${id}`,
          sk: 'AUTHOR#ana ruiz',
          type: 'INDEX',
          schemaVersion: 1,
          id,
          name: 'Ana Ruiz',
          gsi2pk: `AUTHOR#ana ruiz#${tableKeys.shard(id)}`,
          gsi2sk: `2021-09-01#${id}`,
        },
      }),
    );

    await storeAt(T2).apply(event(key, '02'), parsed([makeArticle({ authors: ['Ben Ode'] })], 'etag-2'));

    const partition = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1);
    expect(partition.filter((item) => String(item.pk).startsWith('ARTICLE#')).map((item) => item.sk)).toEqual(
      ['ARTICLE'],
    );
    const lookup = await table.documentClient.send(
      new QueryCommand({
        TableName: table.tableName,
        IndexName: 'lookup',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': `AUTHOR#ana ruiz#${tableKeys.shard(id)}` },
      }),
    );
    expect(lookup.Items ?? []).toEqual([]);
  });

  it('writes no entity rows with indexEntities false, and keeps the entities in the article', async () => {
    const key = uniqueKey('no-entities.txt');
    const article = makeArticle({
      entities: { people: [{ name: 'Una Entity', mentions: 3 }], organizations: [], places: [] },
    });

    await storeWith(T1, { indexEntities: false }).apply(event(key, '01'), parsed([article]));

    const items = await readKeyItems(table.documentClient, table.tableName, BUCKET, key, 1);
    expect(indexNames(items)).toEqual(['AUTHOR#ana ruiz']);
    expect((await storeAt(T1).articlesByEntity('person', 'Una Entity')).items).toEqual([]);
    const [stored] = (await storeAt(T1).getSourceRecords(BUCKET, key))?.articles ?? [];
    expect((stored as ParsedStoredArticle).entities).toEqual(article.entities);
  });
});

describe('packed article bodies', () => {
  it('packs every article by default, reads it back whole, and stores it plain with packArticleBodies false', async () => {
    const packedKey = uniqueKey('packed.txt');
    const plainKey = uniqueKey('plain.txt');
    const article = makeArticle();

    await storeAt(T1).apply(event(packedKey, '01'), parsed([article]));
    await storeWith(T1, { packArticleBodies: false, parserVersion: '1.0.0' }).apply(
      event(plainKey, '01'),
      parsed([article]),
    );

    const [packedItem] = (
      await readKeyItems(table.documentClient, table.tableName, BUCKET, packedKey, 1)
    ).filter((item) => item.type === 'ARTICLE');
    const [plainItem] = (
      await readKeyItems(table.documentClient, table.tableName, BUCKET, plainKey, 1)
    ).filter((item) => item.type === 'ARTICLE');
    const kept = {
      publication: article.publication,
      headline: article.headline,
      byline: article.byline,
      authors: article.authors,
      dateline: article.dateline,
      publishedDate: article.publishedDate,
      language: article.language,
      country: article.country,
      wordCount: article.wordCount,
      contentHash: article.contentHash,
    };
    expect(packedItem).toMatchObject({ bodyEncoding: 'gzip-json', body: expect.any(Uint8Array), ...kept });
    for (const field of ['paragraphs', 'entities', 'quotes', 'indexTerms', 'warnings']) {
      expect(packedItem).not.toHaveProperty(field);
    }
    expect(plainItem).toMatchObject({ paragraphs: article.paragraphs, entities: article.entities, ...kept });
    expect(plainItem).not.toHaveProperty('bodyEncoding');
    const [fromPacked] = (await storeAt(T1).getSourceRecords(BUCKET, packedKey))?.articles ?? [];
    const [fromPlain] = (await storeAt(T1).getSourceRecords(BUCKET, plainKey))?.articles ?? [];
    const { id: _packedId, source: _packedSource, ...packedRecord } = fromPacked as ParsedStoredArticle;
    const { id: _plainId, source: _plainSource, ...plainRecord } = fromPlain as ParsedStoredArticle;
    expect(packedRecord).toEqual(plainRecord);
    expect(toStoredArticle(packedItem as unknown as ArticleItem)).toEqual(fromPacked);
  });
});
