/**
 * The parser's version, stored on every record. Bump it (semver) whenever a parse of the same bytes can
 * give a different result: a redelivered or reprocessed event then rewrites records only for a newer parser.
 */
export const PARSER_VERSION = '1.3.1';
