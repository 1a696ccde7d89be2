import { z } from 'zod';
import { memberRejectionSchema } from './memberRejectionSchema';
import { openEnum } from './openEnum';
import { rejectionSchema } from './rejectionSchema';
import { sourceErrorSchema } from './sourceErrorSchema';
import { SOURCE_FORMATS } from './sourceFormats';
import { sourceStatusSchema } from './sourceStatusSchema';
import { storedProgressSchema } from './storedProgressSchema';

/**
 * A source (one object key) as readers see it: `get --json`'s `source`, `query --status --json`, the
 * record store's reads. Absent fields are null.
 *
 * @example
 * const source = storedSourceSchema.parse(JSON.parse(line));
 * if (source.status === 'REJECTED') console.log(source.reason?.code);
 */
export const storedSourceSchema = z.object({
  bucket: z.string(),
  key: z.string().describe('The object key, decoded.'),
  status: sourceStatusSchema,
  versionId: z
    .string()
    .nullable()
    .describe('The object version last processed; null on an unversioned bucket.'),
  eTag: z.string().nullable().describe('ETag of the object last processed, without quotes.'),
  size: z.number().int().nullable().describe('Size in bytes of the object last processed.'),
  lastModified: z.string().nullable().describe('ISO timestamp of the upload last processed.'),
  sequencer: z
    .string()
    .nullable()
    .describe('S3 sequencer of the last event written; a FAILED record does not advance it.'),
  eventName: z.string().nullable().describe('The S3 event last written, e.g. ObjectCreated:Put.'),
  articleIds: z.array(z.string()).describe('Ids of the articles of the object, in document order.'),
  articleCount: z.number().int(),
  parserVersion: z.string().nullable().describe('Semantic version of the parser that made the records.'),
  processedAt: z.string().nullable().describe('ISO timestamp of the last write.'),
  format: openEnum(SOURCE_FORMATS).nullable(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).nullable(),
  compressed: z.boolean().nullable().describe('Whether the object was gzip-compressed.'),
  reason: rejectionSchema.nullable().describe('Why a REJECTED source gave no article.'),
  memberRejections: z
    .array(memberRejectionSchema)
    .describe(
      'ZIP members that could not be read, in name order (the first 100); empty when every member was read or the upload was no ZIP. A PARSED source with any is also listed with the REJECTED sources.',
    ),
  memberRejectionCount: z.number().int().describe('How many ZIP members could not be read in all.'),
  error: sourceErrorSchema.nullable().describe('The last error of a FAILED source.'),
  expiresAt: z
    .number()
    .int()
    .nullable()
    .describe('Epoch seconds at which DynamoDB TTL removes a DELETED source.'),
  progress: storedProgressSchema
    .nullable()
    .describe('A write not yet committed (in slices, or left by a final failure): how far it got.'),
});
