import { z } from 'zod';

/**
 * A write in flight as readers see it (`StoredSource.progress`).
 *
 * @example
 * const progress = storedProgressSchema.nullable().parse(source.progress);
 */
export const storedProgressSchema = z.object({
  sequencer: z.string(),
  versionId: z.string().nullable(),
  eTag: z.string(),
  parserVersion: z.string(),
  startedAt: z.string(),
  updatedAt: z.string(),
  documentsStored: z.number().int().describe('Documents stored so far, with their index rows.'),
  indexRowsWritten: z.number().int(),
  totalDocuments: z.number().int().nullable().describe('Documents in the file; null until known.'),
  expectedDocuments: z
    .number()
    .int()
    .nullable()
    .describe(
      'Documents the file says it holds (Nexis separator lines, a Nexis Uni cover page); null where it does not say.',
    ),
  slices: z.number().int(),
  leaseExpiresAt: z
    .number()
    .int()
    .nullable()
    .describe('Epoch milliseconds a running slice holds the key until; null between slices.'),
});
