import { z } from 'zod';

/**
 * How far a write of a key has got, on the source item while the write runs in slices (docs/store.md,
 * "Resumable writes"); the commit removes it, a final failure keeps it.
 *
 * @example
 * const progress = sourceProgressSchema.parse(item.progress);
 */
export const sourceProgressSchema = z.object({
  sequencer: z.string().describe('S3 sequencer of the event the write is for.'),
  sequencerKey: z.string(),
  parserVersion: z.string(),
  parserVersionKey: z.string(),
  objectTag: z.string().describe('<versionId>/<eTag> of the object the write reads.'),
  versionId: z.string().nullable(),
  eTag: z.string(),
  startedAt: z.string().describe('ISO timestamp of the first slice: the processedAt of its articles.'),
  updatedAt: z.string().describe('ISO timestamp of the last checkpoint.'),
  documentsStored: z
    .number()
    .int()
    .describe('Checkpoint: documents 1..this are stored with their index rows.'),
  indexRowsWritten: z.number().int(),
  position: z
    .object({
      documentIndex: z.number().int(),
      resume: z
        .object({
          byte: z.number().int(),
          line: z.number().int(),
          documents: z.number().int(),
          check: z.string(),
        })
        .optional(),
    })
    .optional()
    .describe(
      "The parser's position of the last stored document, with where the next slice may start splitting.",
    ),
  totalDocuments: z.number().int().optional().describe('Documents in the file, once known.'),
  expectedDocuments: z
    .number()
    .int()
    .optional()
    .describe('Documents the file says it holds, where it says so: for progress reports only.'),
  removedThrough: z
    .number()
    .int()
    .optional()
    .describe('At the end of a rewrite: documents past totalDocuments removed up to this one.'),
  slices: z.number().int().describe('Slices begun so far.'),
});
