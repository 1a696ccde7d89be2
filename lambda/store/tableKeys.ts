import {
  ARTICLE_SK,
  MAX_INDEX_NAME_CHARS,
  MAX_SORT_KEY_BYTES,
  PUBLICATION_SHARDS,
  SOURCE_SK,
} from './constants';
import type { EntityKind } from './types';

/**
 * Builders of every key in docs/table-design.md, so that writers and readers cannot drift apart.
 *
 * @example
 * ```ts
 * const key = tableKeys.source('incoming', 'a.txt'); // { pk: 'SOURCE#incoming/a.txt', sk: 'SOURCE' }
 * const partition = tableKeys.authorPartition('Robert Burns', 3); // 'AUTHOR#robert burns#3'
 * ```
 */
export const tableKeys = {
  source(bucket: string, key: string): { pk: string; sk: string } {
    return { pk: `SOURCE#${bucket}/${key}`, sk: SOURCE_SK };
  },

  article(id: string): { pk: string; sk: string } {
    return { pk: `ARTICLE#${id}`, sk: ARTICLE_SK };
  },

  chunkSk(index: number): string {
    return `CHUNK#${String(index).padStart(4, '0')}`;
  },

  /** Index shard of an article: the first byte of its id, mod {@link PUBLICATION_SHARDS}. */
  shard(id: string): number {
    return Number.parseInt(id.slice(0, 2), 16) % PUBLICATION_SHARDS;
  },

  publicationPartition(publication: string, shard: number): string {
    return `PUB#${tableKeys.indexName(publication)}#${shard}`;
  },

  /** Partition of an author's index rows in shard `shard` (the table's own key, not an index's). */
  authorPartition(author: string, shard: number): string {
    return `AUTHOR#${tableKeys.indexName(author)}#${shard}`;
  },

  /** Partition of an entity's index rows in shard `shard`. */
  entityPartition(kind: EntityKind, name: string, shard: number): string {
    return `ENTITY#${kind}#${tableKeys.indexName(name)}#${shard}`;
  },

  /** An index row's key as `staleIndexKeys` stores it: `<pk>\n<sk>` (normalized names hold no line break). */
  encodeRowKey(key: { pk: string; sk: string }): string {
    return `${key.pk}\n${key.sk}`;
  },

  decodeRowKey(encoded: string): { pk: string; sk: string } {
    const split = encoded.lastIndexOf('\n');
    return { pk: encoded.slice(0, split), sk: encoded.slice(split + 1) };
  },

  hashPartition(contentHash: string): string {
    return `HASH#${contentHash}`;
  },

  /**
   * Partition of the index rows of a vendor's document id (`sourceDocumentId`), the vendor included: the
   * same id of two vendors is two documents. Not sharded: an id names one document, in a few uploads at most.
   */
  sourceIdPartition(vendor: string, id: string): string {
    return `SRCID#${tableKeys.indexName(vendor)}#${tableKeys.indexName(id)}`;
  },

  statusPartition(status: 'REJECTED' | 'FAILED' | 'DELETED'): string {
    return `STATUS#${status}`;
  },

  /**
   * `<sortDate>#<id>`: newest first is a descending query; a date range is a BETWEEN. The sort key of index
   * rows and `gsi1sk`.
   */
  dateSortKey(sortDate: string, id: string): string {
    return `${sortDate}#${id}`;
  },

  /** `<processedAt>#<bucket>/<key>`, cut to DynamoDB's 1,024-byte sort key limit (the pk holds the full key). */
  statusSortKey(processedAt: string, bucket: string, key: string): string {
    return truncateUtf8(`${processedAt}#${bucket}/${key}`, MAX_SORT_KEY_BYTES);
  },

  /**
   * The form of a name in index keys: Unicode NFC, lower case, white space collapsed, at most
   * {@link MAX_INDEX_NAME_CHARS} characters. Searching applies the same, so case does not matter.
   */
  indexName(name: string): string {
    const normalized = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    return Array.from(normalized).slice(0, MAX_INDEX_NAME_CHARS).join('');
  },
};

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let result = '';
  for (const character of text) {
    bytes += Buffer.byteLength(character, 'utf8');
    if (bytes > maxBytes) break;
    result += character;
  }
  return result;
}
