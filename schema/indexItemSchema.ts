import { z } from 'zod';
import { articleIdSchema } from './articleIdSchema';
import { itemKeysSchema } from './itemKeysSchema';

/**
 * An author, entity or vendor-id index row, keyed for its query (schemaVersion 2): `pk` = `AUTHOR#<name>#<shard>`,
 * `ENTITY#<kind>#<name>#<shard>` or `SRCID#<vendor>#<id>` (lower case; `name` then `<vendor>:<id>` as
 * printed), `sk` = `<sortDate>#<id>`. It exists for access patterns 3 and 4 and `query --source-id`;
 * consumers usually filter it out. (Schema 1 index items lived in the article's
 * partition, `sk` = `AUTHOR#<name>`, with `gsi2pk`/`gsi2sk`; a rewrite removes them.)
 *
 * @example
 * indexItemSchema.parse(unmarshall(record.dynamodb.NewImage)).name;
 */
export const indexItemSchema = itemKeysSchema.extend({
  type: z.literal('INDEX'),
  id: articleIdSchema,
  name: z.string().describe('The name as printed.'),
});
