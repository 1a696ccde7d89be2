import { z } from 'zod';
import { articleIdSchema } from './articleIdSchema';
import { itemKeysSchema } from './itemKeysSchema';

/**
 * A slice of a packed article too large for one item: `pk` = `ARTICLE#<id>`, `sk` = `CHUNK#<nnnn>`.
 * Concatenated in `index` order they are the article's gzip JSON (checked by its `bodySha256`).
 *
 * @example
 * chunkItemSchema.parse(unmarshall(record.dynamodb.NewImage)).index;
 */
export const chunkItemSchema = itemKeysSchema.extend({
  type: z.literal('CHUNK'),
  id: articleIdSchema,
  index: z.number().int().min(0).describe('Position of the slice, from 0.'),
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array)
    .describe('The bytes of the slice (binary; base64 in JSON).'),
});
