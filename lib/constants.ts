/**
 * Names fixed by docs/table-design.md and DESIGN.md: the record store, local mode and the CLI rely on them,
 * so they live in one place.
 */

/** The table's key attributes (generic strings: one table serves every access pattern). */
export const TABLE_PARTITION_KEY = 'pk';
export const TABLE_SORT_KEY = 'sk';

/** Sparse, KEYS_ONLY index for access pattern 2: a publication's articles, newest first. */
export const BY_PUBLICATION_INDEX = {
  indexName: 'byPublication',
  partitionKey: 'gsi1pk',
  sortKey: 'gsi1sk',
} as const;

/** Sparse, KEYS_ONLY, overloaded index for access patterns 3–6: author, entity, content hash, status. */
export const LOOKUP_INDEX = { indexName: 'lookup', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' } as const;

/** Epoch-seconds attribute that expires `DELETED` tombstones. */
export const TIME_TO_LIVE_ATTRIBUTE = 'expiresAt';

/** The `type` attribute every item carries, which stream consumers filter on. */
export const RECORD_TYPE_ATTRIBUTE = 'type';
