// Schema version 3 (README, "Changes by version"): readers of version 2 items keep working, and `format` and
// a rejection's `code` are open enumerations that readers accept whatever their value.
import { readFile } from 'node:fs/promises';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { toArticleChange } from '../../examples/stream-consumer/toArticleChange';
import { parseFile } from '../../lambda/parser';
import { SCHEMA_VERSION } from '../../lambda/store/constants';
import { toArticleItems } from '../../lambda/store/toArticleItems';
import { toStoredArticle } from '../../lambda/store/toStoredArticle';
import type { ArticleInput } from '../../lambda/store/types';
import {
  articleItemSchema,
  parsedArticleSchema,
  parsedStoredArticleSchema,
  sourceItemSchema,
  storedSourceSchema,
} from '../../schema';
import { rejectionSchema } from '../../schema/rejectionSchema';

const CONTEXT = {
  bucket: 'incoming',
  key: 'seed.txt',
  versionId: null,
  parserVersion: '1.0.0',
  processedAt: '2026-01-02T03:04:05.000Z',
  uploadDay: '2026-01-02',
};

async function seedArticle(): Promise<ArticleInput> {
  const bytes = await readFile(new URL('../../seeds/000_90b2515fab799f03.txt', import.meta.url));
  const result = await parseFile(bytes, { enrich: false });
  if (!result.ok) throw new Error(result.rejection.message);
  return { ...result.articles[0]!, publishedDateSource: null };
}

/** An article as a version 2 writer stored it: none of version 3's fields, `schemaVersion: 2`. */
async function versionTwoItems(packArticleBodies: boolean) {
  const { provenance, container, sourceDocumentId, ...article } = await seedArticle();
  const { industry, codes, ...indexTerms } = article.indexTerms;
  const items = toArticleItems({ ...article, indexTerms }, CONTEXT, {
    packArticleBodies,
    indexEntities: true,
  });
  return { ...items.article, schemaVersion: 2 };
}

const streamRecord = (image: Record<string, unknown>): DynamoDBRecord =>
  ({
    eventName: 'INSERT',
    dynamodb: { NewImage: marshall(image, { removeUndefinedValues: true }) },
  }) as unknown as DynamoDBRecord;

describe('schema version 3', () => {
  it('is the version every item is written with', async () => {
    const items = toArticleItems(await seedArticle(), CONTEXT);
    expect(SCHEMA_VERSION).toBe(3);
    expect(items.article.schemaVersion).toBe(3);
  });

  it.each([true, false])('reads a version 2 article item (packed: %s)', async (packed) => {
    const item = articleItemSchema.parse(await versionTwoItems(packed));
    const stored = parsedStoredArticleSchema.parse(toStoredArticle(item));
    expect(stored.headline).toBe('Milley: US may work with Taliban to hit ISIS');
    expect(stored.provenance).toBeUndefined();
    expect(stored.indexTerms.industry).toBeUndefined();
    const change = toArticleChange(streamRecord({ ...(await versionTwoItems(packed)) }));
    expect(change?.kind).toBe('upsert');
  });

  it('accepts a format it does not know, in the parsed article, the items and the stream consumer', async () => {
    const article = { ...(await seedArticle()), format: 'factiva-html' };
    expect(parsedArticleSchema.parse(article).format).toBe('factiva-html');
    const items = toArticleItems(article, CONTEXT);
    const change = toArticleChange(streamRecord({ ...items.article }));
    expect(change?.kind === 'upsert' && change.article.format).toBe('factiva-html');
    const source = {
      pk: 'SOURCE#b/k',
      sk: 'SOURCE',
      type: 'SOURCE',
      schemaVersion: 3,
      bucket: 'b',
      key: 'k',
    };
    expect(sourceItemSchema.parse({ ...source, status: 'PARSED', format: 'docx' }).format).toBe('docx');
    expect(() => sourceItemSchema.parse({ ...source, status: 'PARSED', format: 42 })).toThrow();
  });

  it('accepts a rejection code it does not know, in a rejection and a source record', () => {
    const reason = { code: 'ENCRYPTED_CONTAINER', message: 'The DOCX file is encrypted.' };
    expect(rejectionSchema.parse(reason)).toEqual(reason);
    const source = {
      pk: 'SOURCE#b/k',
      sk: 'SOURCE',
      type: 'SOURCE',
      schemaVersion: 3,
      bucket: 'b',
      key: 'k',
      status: 'REJECTED',
      reason,
    };
    expect(sourceItemSchema.parse(source).reason?.code).toBe('ENCRYPTED_CONTAINER');
    const stored = storedSourceSchema.shape.reason.parse(reason);
    expect(stored?.code).toBe('ENCRYPTED_CONTAINER');
  });

  it('reads the new optional fields', async () => {
    const article = {
      ...(await seedArticle()),
      container: { kind: 'zip', member: 'batch-01/story.docx' },
      sourceDocumentId: { vendor: 'factiva', id: 'VLYHRLD0020220301ei310001' },
    };
    article.indexTerms = {
      ...article.indexTerms,
      industry: [{ term: 'Newspaper Publishing', score: 88 }],
      codes: [{ scheme: 'NS', code: 'gpol', label: 'Domestic Politics' }],
    };
    const stored = parsedArticleSchema.parse(JSON.parse(JSON.stringify(article)));
    expect(stored.container).toEqual({ kind: 'zip', member: 'batch-01/story.docx' });
    expect(stored.indexTerms.codes?.[0]?.scheme).toBe('NS');
  });
});

describe('the published JSON Schemas of version 3', () => {
  it('list the known formats and codes, and allow any other string', async () => {
    const read = async (name: string) =>
      JSON.parse(await readFile(new URL(`../../schema/json/${name}.schema.json`, import.meta.url), 'utf8'));
    const article = await read('parsed-article');
    // Each vendor's branch adds its format: the list is checked by containment, so their merges do not collide.
    expect(article.properties.format.anyOf[0].enum).toEqual(
      expect.arrayContaining([
        'pressreader',
        'nexis',
        'nexis-uni',
        'plain',
        'factiva',
        'proquest',
        'europresse',
        'integrum',
        'mediargus',
      ]),
    );
    expect(article.properties.format.anyOf[1]).toEqual({ type: 'string' });
    const source = await read('source-item');
    const code = source.properties.reason.properties.code;
    expect(code.anyOf[0].enum).toContain('NO_ARTICLE');
    expect(code.anyOf[0].enum).toContain('UNRECOGNIZED_LAYOUT');
    expect(code.anyOf[0].enum).toEqual(
      expect.arrayContaining(['MALFORMED_EXPORT', 'NO_TEXT_LAYER', 'TOO_MANY_PAGES', 'PDF_TOO_COMPLEX']),
    );
    expect(article.properties.container.properties.kind.anyOf[0].enum).toEqual([
      'docx',
      'zip',
      'pdf',
      'rtf',
      'html',
      'email',
    ]);
    expect(code.anyOf[1]).toEqual({ type: 'string' });
  });
});
