import { z } from 'zod';
import { rejectionSchema } from './rejectionSchema';

/**
 * One ZIP member that could not be read while the others were: its name, the rejection's `code` (an open
 * enumeration, as for a source's `reason`) and its `message`.
 *
 * @example
 * memberRejectionSchema.parse({ member: 'b.docx', code: 'CORRUPT_CONTAINER', message: 'The member b.docx is truncated.' });
 */
export const memberRejectionSchema = z.object({
  member: z.string().describe('The member path in the ZIP, decoded (outer.zip/inner.docx for a nested one).'),
  code: rejectionSchema.shape.code,
  message: z.string().describe('Why the member could not be read, one sentence.'),
});
