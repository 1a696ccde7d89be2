import { z } from 'zod';
import { parsedArticleSchema } from './parsedArticleSchema';

/**
 * A parsed article as the pipeline stores it: the parser's fields plus where `publishedDate` came from.
 *
 * @example
 * articleInputSchema.shape.publishedDateSource.parse('metadata');
 */
export const articleInputSchema = parsedArticleSchema.extend({
  publishedDateSource: z
    .enum(['file', 'metadata', 'key'])
    .nullable()
    .describe(
      "Where `publishedDate` came from: the text, the object's metadata, or its key; null without a date.",
    ),
});
