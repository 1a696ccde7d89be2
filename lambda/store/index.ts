/** The record store's public API: the `RecordStore`, its types, errors and key builders. */
export { articleId } from './articleId';
export { PUBLICATION_SHARDS, SCHEMA_VERSION } from './constants';
export {
  ArticleTooLargeError,
  CorruptArticleBodyError,
  InvalidCursorError,
  InvalidParserVersionError,
  InvalidSequencerError,
  LeaseHeldError,
  LeaseLostError,
  StoreError,
  UnprocessedRequestsError,
} from './errors';
export { parserVersionKey } from './parserVersionKey';
export { RecordStore, type RecordStoreOptions } from './RecordStore';
export { SourceWrite, type SourceWriteRequest, type SourceWriteStart } from './SourceWrite';
export { sequencerKey } from './sequencerKey';
export { tableKeys } from './tableKeys';
export { toStoredArticle } from './toStoredArticle';
export type {
  ApplyAction,
  ApplyResult,
  ArticleInput,
  ArticleQueryOptions,
  ArticleSource,
  ArticleStatus,
  DeletedStoredArticle,
  EntityKind,
  FinishOutcome,
  MemberRejection,
  ObjectMetadata,
  ObjectOutcome,
  Page,
  PageOptions,
  ParsedStoredArticle,
  PublishedDateSource,
  SourceError,
  SourceEvent,
  SourceProgress,
  SourceRecords,
  SourceStatus,
  StoredArticle,
  StoredProgress,
  StoredSource,
} from './types';
