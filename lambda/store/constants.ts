/**
 * Version of the stored record schema, on every item as `schemaVersion`. 2: author and entity index rows
 * keyed in the table (no `lookup` entry), article items packed by default. 3: `format` and a rejection's
 * `code` are open enumerations; optional `container`, `sourceDocumentId`, `indexTerms.industry`,
 * `indexTerms.codes` and `provenance` (README, "Changes by version").
 */
export const SCHEMA_VERSION = 3;

/** Index partitions (shards) per publication, author or entity (docs/table-design.md). */
export const PUBLICATION_SHARDS = 8;

/**
 * Largest article item written whole. DynamoDB refuses items over 400 KB (names and values counted);
 * the margin covers the size estimate's rounding.
 */
export const ITEM_SIZE_BUDGET = 350 * 1024;

/** Bytes of packed article a chunk item holds. */
export const CHUNK_BYTES = 340 * 1024;

/**
 * A source records its unreadable ZIP members up to this many (with their total count): a ZIP may list
 * 10,000 members, and the source item must stay far under DynamoDB's 400 KB.
 */
export const MAX_RECORDED_MEMBER_REJECTIONS = 100;

/** Characters of a member rejection's message kept on the source item. */
export const MAX_MEMBER_REJECTION_MESSAGE_CHARS = 500;

/** A source lists its article ids up to this many; past it, readers derive them from `articleCount`. */
export const MAX_LISTED_ARTICLE_IDS = 1_000;

/** Hex digits a sequencer is padded to; S3's are 16 to 20 today. */
export const SEQUENCER_WIDTH = 64;

/** DynamoDB's limit on a sort key, which index sort keys must respect too. */
export const MAX_SORT_KEY_BYTES = 1_024;

/** Index names are cut to this many characters so that their keys stay small. */
export const MAX_INDEX_NAME_CHARS = 200;

/**
 * Entity index rows an article gets at most: its most-mentioned entities. A news story has tens (the seed
 * 16); a directory of thousands of names would otherwise cost a write unit each and, listed in the
 * article item's `indexPartitions`, outgrow the item. The article keeps every entity either way.
 */
export const MAX_INDEXED_ENTITIES = 100;

/**
 * A packed article's display copies (its fields kept beside `body`) are cut to this many characters, and
 * lists to {@link MAX_INDEXED_AUTHORS} entries, so that a file with a megabyte "headline" still stores:
 * `body` holds every field whole, and readers take it from there.
 */
export const MAX_DISPLAY_COPY_CHARS = 1_000;

/** Author index rows an article gets at most, in byline order. */
export const MAX_INDEXED_AUTHORS = 20;

/** DynamoDB's limits per BatchWriteItem and BatchGetItem call. */
export const BATCH_WRITE_LIMIT = 25;
export const BATCH_GET_LIMIT = 100;

/** Sort key of the source item, and of the article item. */
export const SOURCE_SK = 'SOURCE';
export const ARTICLE_SK = 'ARTICLE';

/** Names of the table's global secondary indexes. */
export const BY_PUBLICATION_INDEX = 'byPublication';
export const LOOKUP_INDEX = 'lookup';
