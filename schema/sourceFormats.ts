/**
 * The formats the parser knows today, listed in the published schemas; `format` is open, so a reader
 * accepts others (schema version 3).
 *
 * @example
 * SOURCE_FORMATS.includes('nexis'); // true
 */
export const SOURCE_FORMATS = [
  'pressreader',
  'nexis',
  'nexis-uni',
  'plain',
  'factiva',
  'proquest',
  'europresse',
  'integrum',
  'mediargus',
] as const;
