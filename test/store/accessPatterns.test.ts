import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseListing } from '../../cli/commands/queryCommand';
import { RecordStore } from '../../lambda/store/RecordStore';
import { tableKeys } from '../../lambda/store/tableKeys';
import type {
  ArticleInput,
  ObjectOutcome,
  Page,
  ParsedStoredArticle,
  StoredArticle,
} from '../../lambda/store/types';
import { makeArticle } from '../helpers/makeArticle';
import { startTestTable, type TestTable } from '../helpers/startTestTable';

const BUCKET = 'incoming';
const UPLOAD_DAY = '2026-01-02';
let table: TestTable;
let store: RecordStore;

beforeAll(async () => {
  table = await startTestTable();
  store = new RecordStore({ client: table.client, tableName: table.tableName });
});
afterAll(() => table?.stop());

function outcome(articles: ArticleInput[]): ObjectOutcome {
  return {
    kind: 'parsed',
    object: { versionId: null, eTag: randomUUID(), size: 1, lastModified: `${UPLOAD_DAY}T10:00:00.000Z` },
    parse: { format: 'nexis', encoding: 'utf-8', compressed: false },
    articles,
  };
}

async function put(key: string, articles: ArticleInput[]): Promise<string[]> {
  const result = await store.apply(
    { bucket: BUCKET, key, sequencer: '01', eventName: 'ObjectCreated:Put' },
    outcome(articles),
  );
  return result.articleIds;
}

async function allPages(
  query: (cursor: string | null) => Promise<Page<StoredArticle>>,
): Promise<{ pages: number; articles: ParsedStoredArticle[] }> {
  const articles: ParsedStoredArticle[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await query(cursor);
    articles.push(...(page.items as ParsedStoredArticle[]));
    cursor = page.cursor;
    pages++;
  } while (cursor !== null && pages < 50);
  return { pages, articles };
}

describe('access pattern 2: a publication newest first', () => {
  it('merges the shards into one order, page by page, with undated articles at their upload day', async () => {
    const publication = `Paging Post ${randomUUID().slice(0, 8)}`;
    const dates = [
      '2021-03-01',
      '2021-01-15',
      null,
      '2020-12-31',
      '2021-03-01',
      '2019-06-30',
      null,
      '2021-02-10',
    ];
    // Four exports of eight documents: 32 articles over the 8 shards.
    for (let file = 0; file < 4; file++) {
      await put(
        `exports/${randomUUID()}.txt`,
        dates.map((publishedDate, position) =>
          makeArticle({
            documentIndex: position + 1,
            publication,
            publishedDate,
            publishedDateSource: publishedDate ? 'file' : null,
          }),
        ),
      );
    }

    const { pages, articles } = await allPages((cursor) =>
      store.articlesByPublication(publication.toUpperCase(), { limit: 5, cursor }),
    );

    expect(articles).toHaveLength(32);
    expect(pages).toBe(7);
    const sortKeys = articles.map((article) => `${article.sortDate}#${article.id}`);
    expect(sortKeys).toEqual([...sortKeys].sort().reverse());
    expect(new Set(articles.map((article) => article.id)).size).toBe(32);
    expect(new Set(articles.map((article) => tableKeys.shard(article.id))).size).toBeGreaterThan(4);
    expect(
      articles
        .filter((article) => article.publishedDate === null)
        .every((article) => article.sortDate === UPLOAD_DAY),
    ).toBe(true);
    expect(articles[0]?.sortDate).toBe(UPLOAD_DAY);
  });

  it('bounds the dates with since and until, both inclusive, and pages within them', async () => {
    const publication = `Range Register ${randomUUID().slice(0, 8)}`;
    const dates = ['2021-01-01', '2021-01-31', '2021-02-01', '2021-02-28', '2021-03-01', '2021-02-14'];
    await put(
      `exports/${randomUUID()}.txt`,
      dates.map((publishedDate, position) =>
        makeArticle({ documentIndex: position + 1, publication, publishedDate }),
      ),
    );

    const { articles } = await allPages((cursor) =>
      store.articlesByPublication(publication, {
        since: '2021-01-31',
        until: '2021-02-28',
        limit: 2,
        cursor,
      }),
    );

    expect(articles.map((article) => article.publishedDate)).toEqual([
      '2021-02-28',
      '2021-02-14',
      '2021-02-01',
      '2021-01-31',
    ]);
  });
});

describe('access patterns 3 to 6', () => {
  it('finds an author whatever the case, newest first', async () => {
    const author = `Lena Ortiz-${randomUUID().slice(0, 6)}`;
    await put(`a/${randomUUID()}.txt`, [makeArticle({ authors: [author], publishedDate: '2020-05-01' })]);
    await put(`a/${randomUUID()}.txt`, [
      makeArticle({ authors: ['Someone Else', author], publishedDate: '2022-05-01' }),
    ]);

    const page = await store.articlesByAuthor(author.toUpperCase());

    expect(page.items.map((article) => (article as ParsedStoredArticle).publishedDate)).toEqual([
      '2022-05-01',
      '2020-05-01',
    ]);
    expect((page.items[0] as ParsedStoredArticle).authors).toContain(author);
  });

  it('finds the articles that mention a person, an organization or a place', async () => {
    const suffix = randomUUID().slice(0, 6);
    const entities = {
      people: [{ name: `Mara Quint ${suffix}`, mentions: 3 }],
      organizations: [{ name: `Harbor Authority ${suffix}`, mentions: 1 }],
      places: [{ name: `Port Ellis ${suffix}`, mentions: 2 }],
    };
    const [id] = await put(`e/${randomUUID()}.txt`, [makeArticle({ entities })]);

    expect(
      (await store.articlesByEntity('person', `mara quint ${suffix}`)).items.map((article) => article.id),
    ).toEqual([id]);
    expect(
      (await store.articlesByEntity('organization', `HARBOR AUTHORITY ${suffix}`)).items.map((a) => a.id),
    ).toEqual([id]);
    expect((await store.articlesByEntity('place', `Port Ellis ${suffix}`)).items.map((a) => a.id)).toEqual([
      id,
    ]);
    // The kind is part of the key: a person is not found as a place.
    expect((await store.articlesByEntity('place', `Mara Quint ${suffix}`)).items).toEqual([]);
  });

  it('lists rejected sources with their reasons, most recent first, page by page', async () => {
    const keys: string[] = [];
    for (let index = 0; index < 3; index++) {
      const key = `r/${randomUUID()}.bin`;
      keys.push(key);
      const at = new Date(Date.UTC(2030, 0, 1, 0, 0, index));
      await new RecordStore({ client: table.client, tableName: table.tableName, now: () => at }).apply(
        { bucket: BUCKET, key, sequencer: '01', eventName: 'ObjectCreated:Put' },
        {
          kind: 'rejected',
          object: { versionId: null, eTag: 'e', size: 3, lastModified: at.toISOString() },
          rejection: { code: 'EMPTY', message: `The file is empty (${index}).` },
        },
      );
    }

    const first = await store.sourcesByStatus('REJECTED', { limit: 2 });
    const second = await store.sourcesByStatus('REJECTED', { limit: 2, cursor: first.cursor });

    expect(first.items.map((source) => source.key)).toEqual([keys[2], keys[1]]);
    expect(second.items[0]?.key).toBe(keys[0]);
    expect(second.items[0]?.reason).toEqual({ code: 'EMPTY', message: 'The file is empty (0).' });
  });

  it('finds every article with the same content hash (one wire story in several files)', async () => {
    const paragraphs = [`A wire story told twice ${randomUUID()}.`];
    const shared = makeArticle({ paragraphs });
    const [first] = await put(`w/${randomUUID()}.txt`, [shared]);
    const [second] = await put(`w/${randomUUID()}.txt`, [
      makeArticle({ documentIndex: 1, paragraphs, publication: 'Other Paper' }),
    ]);
    await put(`w/${randomUUID()}.txt`, [makeArticle()]);

    const page = await store.articlesByContentHash(shared.contentHash);

    expect(page.items.map((article) => article.id).sort()).toEqual([first, second].sort());
  });
});

describe("a vendor's document id across uploads (query --source-id)", () => {
  it('finds every article with the id, whatever the case, newest first; the vendor is part of the key', async () => {
    const id = `WSJO${randomUUID().slice(0, 8).toUpperCase()}`;
    const [older] = await put(`v/${randomUUID()}.txt`, [
      makeArticle({ publishedDate: '2019-05-01', sourceDocumentId: { vendor: 'factiva', id } }),
    ]);
    // The same document downloaded again, its text edited: another content hash, the same vendor id.
    const [newer] = await put(`v/${randomUUID()}.txt`, [
      makeArticle({
        publishedDate: '2019-05-02',
        paragraphs: ['A corrected version.'],
        sourceDocumentId: { vendor: 'factiva', id },
      }),
    ]);
    const [otherVendor] = await put(`v/${randomUUID()}.txt`, [
      makeArticle({ sourceDocumentId: { vendor: 'proquest', id } }),
    ]);

    const page = await store.articlesBySourceDocumentId('Factiva', id.toLowerCase());

    expect(page.items.map((article) => article.id)).toEqual([newer, older]);
    const paged = await allPages((cursor) =>
      store.articlesBySourceDocumentId('factiva', id, { limit: 1, cursor }),
    );
    expect(paged.articles.map((article) => article.id)).toEqual([newer, older]);
    expect(
      (await store.articlesBySourceDocumentId('proquest', id)).items.map((article) => article.id),
    ).toEqual([otherVendor]);
    // `query --source-id VENDOR:ID` lists the same.
    const listing = await chooseListing(store, { sourceId: `factiva:${id}`, limit: 25 });
    const listed = listing.records === 'articles' ? await listing.fetch(25, null) : { items: [] };
    expect(listed.items.map((article) => article.id)).toEqual([newer, older]);
  });

  it('drops the link when a re-upload no longer carries the id, or the source is deleted', async () => {
    const id = `AN-${randomUUID()}`;
    const key = `v/${randomUUID()}.txt`;
    const [kept] = await put(`v/${randomUUID()}.txt`, [
      makeArticle({ sourceDocumentId: { vendor: 'factiva', id } }),
    ]);
    await put(key, [makeArticle({ sourceDocumentId: { vendor: 'factiva', id } })]);
    await store.apply(
      { bucket: BUCKET, key, sequencer: '02', eventName: 'ObjectCreated:Put' },
      outcome([makeArticle({ paragraphs: ['Without the id now.'] })]),
    );
    const other = `v/${randomUUID()}.txt`;
    await put(other, [makeArticle({ sourceDocumentId: { vendor: 'factiva', id } })]);
    await store.apply(
      { bucket: BUCKET, key: other, sequencer: '02', eventName: 'ObjectRemoved:Delete' },
      {
        kind: 'deleted',
      },
    );

    const page = await store.articlesBySourceDocumentId('factiva', id);

    expect(page.items.map((article) => article.id)).toEqual([kept]);
    const rows = await table.documentClient.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': tableKeys.sourceIdPartition('factiva', id) },
      }),
    );
    expect(rows.Items).toHaveLength(1);
  });
});
