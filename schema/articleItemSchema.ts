import { z } from 'zod';
import { articleIdSchema } from './articleIdSchema';
import { articleInputSchema } from './articleInputSchema';
import { articleSourceSchema } from './articleSourceSchema';
import { itemKeysSchema } from './itemKeysSchema';

/**
 * The article item as stored in the table and seen in the stream's images (after `unmarshall`):
 * `pk` = `ARTICLE#<id>`, `sk` = `ARTICLE`. A `PARSED` article normally holds every parsed field; one too
 * large for a DynamoDB item is packed (`bodyEncoding: 'gzip-json'`): a few fields stay, the rest is gzip
 * JSON in `body`, or in `chunkCount` chunk items when even that is too large (read it whole with the record
 * store's `getArticles`). A `DELETED` article keeps only id, source, `deletedAt` and `expiresAt`.
 *
 * @example
 * const article = articleItemSchema.parse(unmarshall(record.dynamodb.NewImage));
 */
export const articleItemSchema = itemKeysSchema.extend({
  ...articleInputSchema.partial().shape,
  type: z.literal('ARTICLE'),
  id: articleIdSchema,
  status: z.enum(['PARSED', 'DELETED']),
  source: articleSourceSchema,
  parserVersion: z.string().optional(),
  processedAt: z.string().optional(),
  sortDate: z.string().optional().describe('`publishedDate`, or the upload day when the article has none.'),
  bodyEncoding: z.literal('gzip-json').optional().describe('Set when the article is packed.'),
  body: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array)
    .optional()
    .describe("A packed article's gzip JSON (binary; base64 in JSON)."),
  chunkCount: z
    .number()
    .int()
    .optional()
    .describe('Chunk items holding the packed body, when not in `body`.'),
  bodySha256: z.string().optional().describe('sha256 hex of the packed bytes.'),
  deletedAt: z.string().optional(),
  expiresAt: z.number().int().optional().describe('TTL of a DELETED article, epoch seconds.'),
  gsi1pk: z.string().optional().describe('PUB#<publication, lower case>#<shard> (index byPublication).'),
  gsi1sk: z.string().optional().describe('<sortDate>#<id>.'),
  gsi2pk: z.string().optional().describe('HASH#<contentHash> (index lookup).'),
  gsi2sk: z.string().optional().describe('<id>.'),
});
