import { z } from 'zod';
import { deletedStoredArticleSchema } from './deletedStoredArticleSchema';
import { parsedStoredArticleSchema } from './parsedStoredArticleSchema';

/**
 * An article as readers see it: `PARSED` with its fields or `DELETED` without them, told apart by `status`.
 *
 * @example
 * const article = storedArticleSchema.parse(JSON.parse(line));
 * if (article.status === 'PARSED') console.log(article.headline);
 */
export const storedArticleSchema = z.discriminatedUnion('status', [
  parsedStoredArticleSchema,
  deletedStoredArticleSchema,
]);
