import { z } from 'zod';

/**
 * Where an article came from: its object and its position in the file.
 *
 * @example
 * articleSourceSchema.parse({ bucket: 'incoming', key: 'a.txt', versionId: null, documentIndex: 1 });
 */
export const articleSourceSchema = z.object({
  bucket: z.string(),
  key: z.string().describe('The object key, decoded.'),
  versionId: z.string().nullable().describe('The object version parsed; null on an unversioned bucket.'),
  documentIndex: z.number().int().min(1).describe('1-based position of the document in its file.'),
});
