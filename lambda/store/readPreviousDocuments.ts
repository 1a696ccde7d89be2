import { articleId } from './articleId';
import { ARTICLE_SK } from './constants';
import { mapConcurrent } from './mapConcurrent';
import { queryAllItems } from './queryAllItems';
import { tableKeys } from './tableKeys';
import type { ArticleItem, StoreContext } from './types';

/** What a rewrite must know of one earlier document: its article item's bookkeeping and its other items. */
export interface PreviousDocument {
  documentIndex: number;
  id: string;
  /** The article item (bookkeeping attributes only), if the document was ever written. */
  article?: Pick<ArticleItem, 'sk' | 'status' | 'source' | 'sortDate' | 'indexPartitions' | 'staleIndexKeys'>;
  /** Sort keys of the partition's other items: chunks, and index items of the schema 1 layout. */
  otherSortKeys: string[];
}

/**
 * Reads the partitions of documents `from`..`to` of a key (1-based, inclusive; none when `to < from`) with
 * a consistent Query each, as a rewrite needs them before it writes (docs/store.md): what the last
 * committed version and any interrupted write left there, and where their index rows are. A write in
 * slices reads each batch's documents before writing them, and the documents past the new count at the end.
 *
 * @example
 * ```ts
 * const documents = await readPreviousDocuments(context, 'incoming', 'a.txt', { from: 1, to: 3 });
 * ```
 */
export function readPreviousDocuments(
  context: StoreContext,
  bucket: string,
  key: string,
  range: { from: number; to: number },
): Promise<PreviousDocument[]> {
  const indexes = Array.from({ length: Math.max(0, range.to - range.from + 1) }, (_, at) => range.from + at);
  return mapConcurrent(indexes, context.concurrency, async (documentIndex) => {
    const id = articleId(bucket, key, documentIndex);
    const items = await queryAllItems<NonNullable<PreviousDocument['article']>>(context, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': tableKeys.article(id).pk },
      ExpressionAttributeNames: { '#status': 'status', '#source': 'source' },
      ProjectionExpression: 'sk, #status, #source, sortDate, indexPartitions, staleIndexKeys',
      ConsistentRead: true,
    });
    const article = items.find((item) => item.sk === ARTICLE_SK);
    const otherSortKeys = items.filter((item) => item.sk !== ARTICLE_SK).map((item) => item.sk);
    return { documentIndex, id, ...(article === undefined ? {} : { article }), otherSortKeys };
  });
}
