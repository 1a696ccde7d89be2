import { z } from 'zod';

/**
 * An article's stable id: the first 32 hex digits of sha256(`<bucket>\n<key>\n<documentIndex>`), so the
 * same key and position always give the same id.
 *
 * @example
 * articleIdSchema.parse('ca31f9f5fa85ddca4825ddb794adfe5d');
 */
export const articleIdSchema = z
  .string()
  .describe('Stable id: the first 32 hex digits of sha256("<bucket>\\n<key>\\n<documentIndex>").');
