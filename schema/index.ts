/**
 * What downstream code needs to read the pipeline's records: the TypeScript types, the zod schemas they
 * equal (checked at compile time), the record schema version, and the function that turns an article item
 * (packed or not) into the article record. The same schemas are published as JSON Schema under
 * `schema/json/`. See the README section "Consuming records" for the compatibility policy.
 *
 * @example
 * import { articleItemSchema, toStoredArticle, type StoredArticle } from 'article-pipeline/schema';
 */
export type {
  ArticleContainer,
  ClassificationCode,
  LineRange,
  LineRole,
  ParsedArticle,
  Provenance,
  Rejection,
  RejectionCode,
  SourceDocumentId,
  SourceFormat,
  TextEncoding,
} from '../lambda/parser/types';
export { PARSER_VERSION } from '../lambda/parser/version';
export { SCHEMA_VERSION } from '../lambda/store/constants';
export { toStoredArticle } from '../lambda/store/toStoredArticle';
export type {
  ArticleItem,
  ArticleSource,
  ArticleStatus,
  ChunkItem,
  DeletedStoredArticle,
  IndexItem,
  MemberRejection,
  ParsedStoredArticle,
  SourceError,
  SourceItem,
  SourceProgress,
  SourceStatus,
  StoredArticle,
  StoredProgress,
  StoredSource,
} from '../lambda/store/types';
export { articleItemSchema } from './articleItemSchema';
export { chunkItemSchema } from './chunkItemSchema';
export { deletedStoredArticleSchema } from './deletedStoredArticleSchema';
export { indexItemSchema } from './indexItemSchema';
export { memberRejectionSchema } from './memberRejectionSchema';
export { parsedArticleSchema } from './parsedArticleSchema';
export { parsedStoredArticleSchema } from './parsedStoredArticleSchema';
export { PUBLISHED_SCHEMAS } from './publishedSchemas';
export { rejectionSchema } from './rejectionSchema';
export { sourceItemSchema } from './sourceItemSchema';
export { sourceProgressSchema } from './sourceProgressSchema';
export { storedArticleSchema } from './storedArticleSchema';
export { storedProgressSchema } from './storedProgressSchema';
export { storedSourceSchema } from './storedSourceSchema';
