import type { EventIdentity } from './types';

/**
 * Reads the bucket, decoded key, sequencer and event name out of an S3 event message body; undefined for
 * anything else (an `s3:TestEvent`, a message that is not JSON).
 *
 * @example
 * decodeS3EventMessage(body); // { bucket: 'incoming', key: 'a b.txt', sequencer: '0062…', eventName: 'ObjectCreated:Put' }
 */
export function decodeS3EventMessage(body: string): EventIdentity | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const record = (parsed as { Records?: unknown[] } | null)?.Records?.[0] as
    | {
        eventName?: string;
        s3?: { bucket?: { name?: string }; object?: { key?: string; sequencer?: string } };
      }
    | undefined;
  const bucket = record?.s3?.bucket?.name;
  const key = record?.s3?.object?.key;
  const sequencer = record?.s3?.object?.sequencer;
  if (bucket === undefined || key === undefined || sequencer === undefined) return undefined;
  try {
    return {
      bucket,
      key: decodeURIComponent(key.replaceAll('+', ' ')),
      sequencer,
      eventName: record?.eventName ?? '',
    };
  } catch {
    return undefined;
  }
}
