import { z } from 'zod';

/**
 * The attributes every item of the table has (docs/table-design.md): its keys, its `type` (what stream
 * consumers filter on) and the record schema version it was written with.
 *
 * @example
 * itemKeysSchema.shape.schemaVersion.parse(1);
 */
export const itemKeysSchema = z.object({
  pk: z
    .string()
    .describe(
      'Partition key: SOURCE#<bucket>/<key>, ARTICLE#<id>, AUTHOR#<name>#<shard> or ENTITY#<kind>#<name>#<shard>.',
    ),
  sk: z.string().describe('Sort key: SOURCE, ARTICLE, CHUNK#<nnnn>, or <sortDate>#<id> (index rows).'),
  type: z.enum(['SOURCE', 'ARTICLE', 'INDEX', 'CHUNK']),
  schemaVersion: z.number().int().describe('Version of the record schema the item was written with.'),
});
