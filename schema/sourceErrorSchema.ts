import { z } from 'zod';

/**
 * The error recorded on a `FAILED` source: the last attempt of the event before its message was
 * dead-lettered.
 *
 * @example
 * sourceErrorSchema.parse(source.error);
 */
export const sourceErrorSchema = z.object({
  name: z.string(),
  message: z.string(),
  at: z.string().describe('ISO timestamp of the failure.'),
  eventName: z.string().describe('The failing S3 event, e.g. ObjectCreated:Put.'),
  sequencer: z.string().describe("The failing event's S3 sequencer."),
  receiveCount: z.number().int().describe('Receives of the message when it failed for the last time.'),
});
