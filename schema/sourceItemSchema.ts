import { z } from 'zod';
import { itemKeysSchema } from './itemKeysSchema';
import { memberRejectionSchema } from './memberRejectionSchema';
import { openEnum } from './openEnum';
import { rejectionSchema } from './rejectionSchema';
import { sourceErrorSchema } from './sourceErrorSchema';
import { SOURCE_FORMATS } from './sourceFormats';
import { sourceProgressSchema } from './sourceProgressSchema';
import { sourceStatusSchema } from './sourceStatusSchema';

/**
 * The source item as stored in the table and seen in the stream's images (after `unmarshall`): one per
 * object key, `pk` = `SOURCE#<bucket>/<key>`, `sk` = `SOURCE`. Attributes named `lease*` and
 * `pendingDocumentCounts` are the store's bookkeeping while a write is under way: ignore them.
 *
 * @example
 * const source = sourceItemSchema.parse(unmarshall(record.dynamodb.NewImage));
 */
export const sourceItemSchema = itemKeysSchema.extend({
  type: z.literal('SOURCE'),
  bucket: z.string(),
  key: z.string().describe('The object key, decoded.'),
  status: sourceStatusSchema,
  versionId: z.string().nullable().optional(),
  eTag: z.string().nullable().optional().describe('Without quotes.'),
  size: z.number().int().nullable().optional(),
  lastModified: z.string().nullable().optional(),
  sequencer: z.string().optional().describe('S3 sequencer of the last event written.'),
  sequencerKey: z.string().optional().describe('Lower-cased, zero-padded sequencer: compares as a string.'),
  eventName: z.string().optional(),
  articleIds: z
    .array(z.string())
    .optional()
    .describe('Article ids in document order (the first 1,000; beyond, derive them from articleCount).'),
  articleCount: z.number().int().optional(),
  parserVersion: z.string().optional(),
  parserVersionKey: z.string().optional().describe('Sortable form of parserVersion.'),
  processedAt: z.string().optional(),
  format: openEnum(SOURCE_FORMATS).optional(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
  compressed: z.boolean().optional(),
  reason: rejectionSchema.optional().describe('Why a REJECTED source gave no article.'),
  memberRejections: z
    .array(memberRejectionSchema)
    .optional()
    .describe('ZIP members that could not be read, in name order: the first 100.'),
  memberRejectionCount: z
    .number()
    .int()
    .optional()
    .describe('How many ZIP members could not be read in all; present with memberRejections.'),
  error: sourceErrorSchema.optional().describe('The last error of a FAILED source.'),
  gsi2pk: z
    .string()
    .optional()
    .describe(
      'STATUS#<status> for REJECTED, FAILED and DELETED sources, and STATUS#REJECTED for a PARSED source with memberRejections (index lookup).',
    ),
  gsi2sk: z.string().optional().describe('<processedAt>#<bucket>/<key>.'),
  expiresAt: z.number().int().optional().describe('TTL of a DELETED source, epoch seconds.'),
  leaseOwner: z.string().optional(),
  leaseExpiresAt: z.number().int().optional(),
  leaseSequencerKey: z.string().optional(),
  leaseParserVersionKey: z.string().optional(),
  leaseMessageId: z.string().optional(),
  pendingDocumentCounts: z.set(z.number().int()).optional(),
  progress: sourceProgressSchema.optional().describe('How far a write under way (or interrupted) has got.'),
});
