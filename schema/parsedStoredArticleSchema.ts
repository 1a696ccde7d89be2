import { z } from 'zod';
import { articleIdSchema } from './articleIdSchema';
import { articleInputSchema } from './articleInputSchema';
import { articleSourceSchema } from './articleSourceSchema';

/**
 * A `PARSED` article as readers see it (`query --json`, `get --json`'s `articles`): the parsed fields,
 * whole, plus id, source, parser version, processing time and the date it sorts by.
 *
 * @example
 * parsedStoredArticleSchema.parse(article).sortDate; // '2021-09-01'
 */
export const parsedStoredArticleSchema = articleInputSchema.extend({
  id: articleIdSchema,
  source: articleSourceSchema,
  status: z.literal('PARSED'),
  parserVersion: z.string().describe('Semantic version of the parser that made the record.'),
  processedAt: z.string().describe('ISO timestamp of the write.'),
  sortDate: z.string().describe('`publishedDate`, or the upload day (YYYY-MM-DD) when the article has none.'),
});
