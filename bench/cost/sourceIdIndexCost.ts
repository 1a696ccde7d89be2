import { marshall } from '@aws-sdk/util-dynamodb';
import { parseFile } from '../../lambda/parser/parseFile';
import { toArticleItems } from '../../lambda/store/toArticleItems';
import { generateNexisExport } from '../corpus/generateNexisExport';
import { dynamoItemBytes } from './dynamoItemBytes';
import type { PriceList } from './priceList';

/** What the vendor-id index row adds per million articles that carry a `sourceDocumentId`. */
export interface SourceIdIndexCost {
  rowBytes: number;
  /** Write units of the row's put (1 KB a unit); a rewrite that drops the id deletes it for as many more. */
  writeUnitsPerArticle: number;
  writeUsdPerMillionArticles: number;
  /** The row kept, 100 bytes of overhead included, per month. */
  storageUsdPerMonthPerMillionArticles: number;
}

const KB = 1024;
const GB = 1024 ** 3;
const STORAGE_OVERHEAD_BYTES = 100;

/**
 * The cost of the `SRCID#<vendor>#<id>` index row (`query --source-id`): the items `toArticleItems` writes
 * for an invented article with a Factiva-shaped id, less those it writes without one, sized by DynamoDB's
 * rules and priced per million articles (on-demand writes, standard storage).
 *
 * @example
 * ```ts
 * const cost = await sourceIdIndexCost(PRICE_LIST); // { rowBytes: 190, writeUnitsPerArticle: 1, … }
 * ```
 */
export async function sourceIdIndexCost(prices: PriceList): Promise<SourceIdIndexCost> {
  const parsed = await parseFile(generateNexisExport({ documents: 1, seed: 3 }));
  if (!parsed.ok) throw new Error('the invented export did not parse');
  const article = { ...parsed.articles[0]!, publishedDateSource: 'file' as const };
  const context = {
    bucket: 'incoming',
    key: 'exports/2019/wsj-may.txt',
    versionId: null,
    parserVersion: '1.1.0',
    processedAt: '2026-12-04T22:00:00.000Z',
    uploadDay: '2026-12-04',
  };
  const withId = toArticleItems(
    { ...article, sourceDocumentId: { vendor: 'factiva', id: 'WSJO000020190502ef5200001' } },
    context,
  );
  const without = new Set(toArticleItems(article, context).indexItems.map((row) => row.pk));
  const rows = withId.indexItems.filter((row) => !without.has(row.pk));
  const rowBytes = rows.reduce((sum, row) => sum + dynamoItemBytes(marshall(row)), 0);
  const writeUnitsPerArticle = rows.reduce(
    (sum, row) => sum + Math.ceil(dynamoItemBytes(marshall(row)) / KB),
    0,
  );
  return {
    rowBytes,
    writeUnitsPerArticle,
    writeUsdPerMillionArticles: round(writeUnitsPerArticle * prices.dynamoWriteUnit * 1e6),
    storageUsdPerMonthPerMillionArticles: round(
      (((rowBytes + STORAGE_OVERHEAD_BYTES * rows.length) * 1e6) / GB) * prices.dynamoStorageGbMonth,
    ),
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
