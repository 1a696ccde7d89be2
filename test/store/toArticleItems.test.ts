import { describe, expect, it } from 'vitest';
import {
  MAX_DISPLAY_COPY_CHARS,
  MAX_INDEXED_AUTHORS,
  MAX_INDEXED_ENTITIES,
} from '../../lambda/store/constants';
import { toArticleItems } from '../../lambda/store/toArticleItems';
import { toStoredArticle } from '../../lambda/store/toStoredArticle';
import type { ArticleInput } from '../../lambda/store/types';
import { makeArticle } from '../helpers/makeArticle';

const context = {
  bucket: 'incoming',
  key: 'directory.txt',
  versionId: null,
  parserVersion: '1.0.0',
  processedAt: '2026-01-02T03:04:05.000Z',
  uploadDay: '2026-01-02',
};

/** An invented directory-like article: `count` people, the i-th mentioned `count - i` times, and one place. */
function articleNaming(count: number): ArticleInput {
  const people = Array.from({ length: count }, (_, index) => ({
    name: `Person ${String(index).padStart(4, '0')}`,
    mentions: count - index,
  }));
  return makeArticle({
    entities: {
      people: [...people].reverse(),
      organizations: [],
      places: [{ name: 'Riverside', mentions: 1 }],
    },
  } as Partial<ArticleInput>);
}

const entityNames = (article: ArticleInput) =>
  toArticleItems(article, context)
    .indexItems.filter((row) => row.pk.startsWith('ENTITY#'))
    .map((row) => row.name);

describe('toArticleItems index rows', () => {
  it('indexes every entity of a news-sized article', () => {
    expect(entityNames(articleNaming(20)).sort()).toEqual(
      [
        ...Array.from({ length: 20 }, (_, index) => `Person ${String(index).padStart(4, '0')}`),
        'Riverside',
      ].sort(),
    );
  });

  it(`indexes only the ${MAX_INDEXED_ENTITIES} most-mentioned entities of a directory of names, and keeps them all in the article`, () => {
    const article = articleNaming(3 * MAX_INDEXED_ENTITIES);
    const { article: item } = toArticleItems(article, context);
    const names = entityNames(article);
    expect(names).toHaveLength(MAX_INDEXED_ENTITIES);
    expect(names.sort()).toEqual(
      Array.from({ length: MAX_INDEXED_ENTITIES }, (_, index) => `Person ${String(index).padStart(4, '0')}`),
    );
    expect(item.indexPartitions).toHaveLength(MAX_INDEXED_ENTITIES + 1);
    expect(item.body).toBeDefined();
  });

  it(`indexes at most ${MAX_INDEXED_AUTHORS} authors, in byline order`, () => {
    const authors = Array.from({ length: MAX_INDEXED_AUTHORS + 5 }, (_, index) => `Writer ${index}`);
    const rows = toArticleItems(makeArticle({ authors }), context).indexItems.filter((row) =>
      row.pk.startsWith('AUTHOR#'),
    );
    expect(rows.map((row) => row.name)).toEqual(authors.slice(0, MAX_INDEXED_AUTHORS));
  });
});

describe('toArticleItems display copies', () => {
  it('stores a file whose headline is half a megabyte: the copy beside the body is cut, the record keeps it whole', () => {
    const headline = `${'Budget '.repeat(80_000)}vote`;
    const authors = Array.from({ length: 50 }, (_, index) => `Writer ${index}`);
    const { article: item, chunks } = toArticleItems(makeArticle({ headline, authors }), context);
    expect(Array.from(item.headline ?? '')).toHaveLength(MAX_DISPLAY_COPY_CHARS);
    expect(item.authors).toHaveLength(MAX_INDEXED_AUTHORS);
    const record = toStoredArticle(item, chunks);
    expect(record.status === 'PARSED' && record.headline).toBe(headline);
    expect(record.status === 'PARSED' && record.authors).toEqual(authors);
  });
});
