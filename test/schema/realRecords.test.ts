import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { paginateScan } from '@aws-sdk/lib-dynamodb';
// ajv comes with the local queue server's web framework; it validates the published files as a consumer would.
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { main } from '../../bin/cli';
import { parseFile } from '../../lambda/parser/parseFile';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { ArticleInput, ObjectMetadata } from '../../lambda/store/types';
import { articleItemSchema } from '../../schema/articleItemSchema';
import { chunkItemSchema } from '../../schema/chunkItemSchema';
import { indexItemSchema } from '../../schema/indexItemSchema';
import { parsedArticleSchema } from '../../schema/parsedArticleSchema';
import { PUBLISHED_SCHEMAS } from '../../schema/publishedSchemas';
import { renderJsonSchema } from '../../schema/renderJsonSchema';
import { sourceItemSchema } from '../../schema/sourceItemSchema';
import { storedArticleSchema } from '../../schema/storedArticleSchema';
import { storedSourceSchema } from '../../schema/storedSourceSchema';
import { makeArticle } from '../helpers/makeArticle';
import { startTestTable, type TestTable } from '../helpers/startTestTable';
import { toJsonForm } from './toJsonForm';

const SEED = new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url);
const BUCKET = 'incoming';

const ajv = new Ajv2020({ allErrors: true });
const jsonValidators = new Map(
  PUBLISHED_SCHEMAS.map((entry) => [entry.name, ajv.compile(JSON.parse(renderJsonSchema(entry)))]),
);

/** Valid, and nothing the schema does not name: zod strips unknown keys, so a stripped key shows as a difference. */
function expectExactly(schema: z.ZodType, value: unknown): void {
  const result = schema.safeParse(value);
  expect(result.success ? [] : result.error.issues).toEqual([]);
  // Compared in JSON form: binary as base64 compares in one step, not byte by byte.
  expect(toJsonForm(result.data)).toEqual(toJsonForm(value));
}

function expectJsonValid(name: string, value: unknown): void {
  const validate = jsonValidators.get(name);
  if (validate === undefined) throw new Error(`no published schema ${name}`);
  const valid = validate(toJsonForm(value));
  expect(valid ? [] : validate.errors).toEqual([]);
}

function metadata(size: number): ObjectMetadata {
  return {
    versionId: 'v1',
    eTag: randomBytes(16).toString('hex'),
    size,
    lastModified: new Date().toISOString(),
  };
}

describe('the seed parsed', () => {
  it('validates against the parsed-article schema, field for field', async () => {
    const result = await parseFile(await readFile(SEED));
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.articles.length).toBeGreaterThan(0);
    for (const article of result.articles) {
      expectExactly(parsedArticleSchema, article);
      expectJsonValid('parsed-article', article);
    }
  });

  it('as `parse` prints it: every line is a parsed article plus its file', async () => {
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (chunk) => {
      text += chunk;
    });
    const code = await main(['node', 'cli', 'parse', SEED.pathname], { stdout, stderr: new PassThrough() });
    expect(code).toBe(0);
    const lines = text.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const { file, ...article } = JSON.parse(line) as Record<string, unknown>;
      expect(file).toBe(SEED.pathname);
      expectExactly(parsedArticleSchema, article);
    }
  });
});

describe('records the store wrote to DynamoDB Local', () => {
  let table: TestTable;
  let store: RecordStore;
  let items: Record<string, unknown>[];

  beforeAll(async () => {
    table = await startTestTable();
    store = new RecordStore({ client: table.documentClient, tableName: table.tableName });
    const seed = await parseFile(await readFile(SEED));
    if (!seed.ok) throw new Error(seed.rejection.message);
    const seedArticles: ArticleInput[] = seed.articles.map((article) => ({
      ...article,
      publishedDateSource: null,
    }));
    const event = (key: string, sequencer: string, eventName = 'ObjectCreated:Put') => ({
      bucket: BUCKET,
      key,
      sequencer,
      eventName,
    });
    const parse = { format: seed.format, encoding: seed.encoding, compressed: false };
    await store.apply(event('seed.txt', '01'), {
      kind: 'parsed',
      object: metadata(4000),
      parse,
      articles: seedArticles,
    });
    // The same seed with packing off: every parsed field an attribute of the article item.
    await new RecordStore({
      client: table.documentClient,
      tableName: table.tableName,
      packArticleBodies: false,
    }).apply(event('plain.txt', '01'), {
      kind: 'parsed',
      object: metadata(4000),
      parse,
      articles: seedArticles,
    });
    // Random base64 hardly compresses: half a megabyte packs into chunk items, 300 kB into `body`.
    const huge = makeArticle({ paragraphs: [randomBytes(400_000).toString('base64')] });
    const large = makeArticle({ documentIndex: 2, paragraphs: [randomBytes(220_000).toString('base64')] });
    await store.apply(event('large.txt', '01'), {
      kind: 'parsed',
      object: metadata(2e6),
      parse,
      articles: [huge, large],
    });
    await store.apply(event('empty.txt', '01'), {
      kind: 'rejected',
      object: metadata(0),
      rejection: { code: 'EMPTY', message: 'The file is empty.' },
    });
    await store.apply(event('gone.txt', '01'), {
      kind: 'parsed',
      object: metadata(100),
      parse,
      articles: [makeArticle()],
    });
    await store.apply(event('gone.txt', '02', 'ObjectRemoved:Delete'), { kind: 'deleted' });
    await store.recordFailure(event('broken.txt', '01'), new Error('The read timed out'), 5);
    items = [];
    for await (const page of paginateScan({ client: table.documentClient }, { TableName: table.tableName })) {
      items.push(...((page.Items ?? []) as Record<string, unknown>[]));
    }
  });

  afterAll(() => table?.stop());

  it('wrote every kind of item the schemas describe', () => {
    const kinds = new Set(
      items.map((item) => `${item.type}/${item.status ?? ''}/${item.bodyEncoding ?? ''}`),
    );
    expect(kinds).toEqual(
      new Set([
        'SOURCE/PARSED/',
        'SOURCE/REJECTED/',
        'SOURCE/DELETED/',
        'SOURCE/FAILED/',
        'ARTICLE/PARSED/',
        'ARTICLE/PARSED/gzip-json',
        'ARTICLE/DELETED/',
        'INDEX//',
        'CHUNK//',
      ]),
    );
  });

  it('validates each item against its schema and its JSON Schema, attribute for attribute', () => {
    const schemas = {
      SOURCE: sourceItemSchema,
      ARTICLE: articleItemSchema,
      INDEX: indexItemSchema,
      CHUNK: chunkItemSchema,
    };
    const files = {
      SOURCE: 'source-item',
      ARTICLE: 'article-item',
      INDEX: 'index-item',
      CHUNK: 'chunk-item',
    };
    for (const item of items) {
      const type = item.type as keyof typeof schemas;
      expectExactly(schemas[type], item);
      expectJsonValid(files[type], item);
    }
  });

  it('validates the records readers get (get --json, query --json) against the stored-record schemas', async () => {
    for (const key of ['seed.txt', 'plain.txt', 'large.txt', 'empty.txt', 'gone.txt', 'broken.txt']) {
      const records = await store.getSourceRecords(BUCKET, key);
      if (records === undefined) throw new Error(`no records for ${key}`);
      expectExactly(storedSourceSchema, records.source);
      expectJsonValid('stored-source', records.source);
      for (const article of records.articles) {
        expectExactly(storedArticleSchema, article);
        expectJsonValid('stored-article', article);
      }
    }
  });

  it('rejects an item that breaks the contract', () => {
    const article = items.find(
      (item) => item.type === 'ARTICLE' && item.status === 'PARSED' && item.body === undefined,
    );
    expect(article).toBeDefined();
    const broken = { ...article, authors: 'Robert Burns' };
    expect(articleItemSchema.safeParse(broken).success).toBe(false);
    expect(jsonValidators.get('article-item')?.(toJsonForm(broken))).toBe(false);
  });
});
