import { z } from 'zod';
import { articleIdSchema } from './articleIdSchema';
import { itemKeysSchema } from './itemKeysSchema';

/**
 * An author or entity index item, in its article's partition: `pk` = `ARTICLE#<id>`, `sk` =
 * `AUTHOR#<name>` or `ENTITY#<kind>#<name>` (lower case). It exists for the `lookup` index; consumers
 * usually filter it out.
 *
 * @example
 * indexItemSchema.parse(unmarshall(record.dynamodb.NewImage)).name;
 */
export const indexItemSchema = itemKeysSchema.extend({
  type: z.literal('INDEX'),
  id: articleIdSchema,
  name: z.string().describe('The name as printed.'),
  gsi2pk: z.string().describe('AUTHOR#<name>#<shard> or ENTITY#<kind>#<name>#<shard>.'),
  gsi2sk: z.string().describe('<sortDate>#<id>.'),
});
