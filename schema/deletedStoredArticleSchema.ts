import { z } from 'zod';
import { articleIdSchema } from './articleIdSchema';
import { articleSourceSchema } from './articleSourceSchema';

/**
 * A `DELETED` article: id and source only, its text removed; DynamoDB's TTL removes it after a retention
 * time.
 *
 * @example
 * deletedStoredArticleSchema.parse(article).deletedAt;
 */
export const deletedStoredArticleSchema = z.object({
  id: articleIdSchema,
  source: articleSourceSchema,
  status: z.literal('DELETED'),
  deletedAt: z
    .string()
    .describe('ISO timestamp of the delete (or of the re-upload that dropped the document).'),
  expiresAt: z.number().int().describe('Epoch seconds at which DynamoDB TTL removes the record.'),
});
