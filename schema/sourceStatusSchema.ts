import { z } from 'zod';

/**
 * A source's status: `PARSED` (its articles are stored), `REJECTED` (the file gave no article; see
 * `reason`), `FAILED` (processing failed every retry; see `error`; the message waits in the dead-letter
 * queue), `DELETED` (the object was deleted; its articles are `DELETED` too), `PROCESSING` (a first write is
 * under way, or was interrupted and will be retried).
 *
 * @example
 * sourceStatusSchema.parse('PARSED');
 */
export const sourceStatusSchema = z.enum(['PROCESSING', 'PARSED', 'REJECTED', 'FAILED', 'DELETED']);
