import { parseIngestMessage } from '../../lambda/ingest/parseIngestMessage';
import { decodeS3EventMessage } from './decodeS3EventMessage';

/**
 * The bucket and decoded key a message of the ingest queue is about: an S3 event message, or a
 * continuation the function sent its own queue to go on with a file in slices (read with the function's
 * own `parseIngestMessage`, so the two never disagree on its shape). Undefined for anything else (an
 * `s3:TestEvent`, a message that is not JSON).
 *
 * @example
 * decodeMessageKey(continuationBody); // { bucket: 'incoming', key: 'exports/2021.txt' }
 */
export function decodeMessageKey(body: string): { bucket: string; key: string } | undefined {
  const event = decodeS3EventMessage(body);
  if (event !== undefined) return { bucket: event.bucket, key: event.key };
  try {
    const message = parseIngestMessage(body);
    if (message.kind !== 'continuation') return undefined;
    return { bucket: message.continuation.bucket, key: message.continuation.key };
  } catch {
    return undefined;
  }
}
