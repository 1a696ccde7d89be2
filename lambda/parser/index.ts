/** The article parser's public API: pure functions, no AWS, no I/O. */
export { DEFAULT_MAX_BYTES } from './limits';
export { parseByline } from './parseByline';
export { parseDocuments } from './parseDocuments';
export { parseFile } from './parseFile';
export { splitDateline } from './splitDateline';
export { toReadingCase } from './toReadingCase';
export type {
  ArticleContainer,
  ClassificationCode,
  Enrichment,
  Entities,
  EntityMention,
  IndexTerm,
  IndexTerms,
  KnownRejectionCode,
  KnownSourceFormat,
  LineRange,
  LineRole,
  ParseDocumentsOptions,
  ParsedArticle,
  ParsedFileInfo,
  ParseEvent,
  ParseOptions,
  ParsePosition,
  ParseResult,
  Provenance,
  ProvenanceField,
  Quote,
  Rejection,
  RejectionCode,
  SourceDocumentId,
  SourceFormat,
  TextEncoding,
} from './types';
export { PARSER_VERSION } from './version';
export { WARNINGS } from './warnings';
