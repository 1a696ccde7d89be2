import { z } from 'zod';
import { articleIdSchema } from './articleIdSchema';
import { articleInputSchema } from './articleInputSchema';
import { articleSourceSchema } from './articleSourceSchema';
import { itemKeysSchema } from './itemKeysSchema';

/**
 * The article item as stored in the table and seen in the stream's images (after `unmarshall`):
 * `pk` = `ARTICLE#<id>`, `sk` = `ARTICLE`. A `PARSED` article is packed (`bodyEncoding: 'gzip-json'`, the
 * store's default since schemaVersion 2): the display and filter fields (publication, headline,
 * subheadline, byline, authors, dateline, dates, language, country, section, edition, page, word counts,
 * contentHash) stay as attributes and the whole article is gzip JSON in `body` (`toStoredArticle`, exported
 * here, unpacks it), or in `chunkCount` chunk items when even that is too large (read it whole
 * with the record store's `getArticles`). A store with `packArticleBodies: false` writes small articles
 * plain, every parsed field an attribute. A `DELETED` article keeps only id, source, `deletedAt` and
 * `expiresAt`.
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
  indexPartitions: z
    .array(z.string())
    .optional()
    .describe("Partitions of the article's author and entity index rows (their sk is <sortDate>#<id>)."),
  staleIndexKeys: z
    .array(z.string())
    .optional()
    .describe(
      'Earlier index rows ("<pk>\\n<sk>") a rewrite removes; meaningful only until its source commits.',
    ),
});
