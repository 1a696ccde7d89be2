/** Types of S3 event decoding and object reading. */
import type { ObjectMetadata } from '../store/types';

/** One S3 event record of a notification, its key decoded. */
export interface S3ObjectEvent {
  bucket: string;
  /** The object key, decoded from the event's URL encoding. */
  key: string;
  sequencer: string;
  /** As S3 names it, without the `s3:` prefix some producers add: `ObjectCreated:Put`, … */
  eventName: string;
  /** The version the event is about (a hint: the function reads the current one). */
  versionId: string | null;
  /** ISO timestamp of the event. */
  eventTime: string | null;
}

/** An SQS message body from an S3 notification. */
export type S3EventMessage =
  /** Sent when a notification configuration is written: nothing to do. */
  { kind: 'test' } | { kind: 'records'; events: S3ObjectEvent[] };

/** What a key holds now. */
export type CurrentObject =
  /** No current version: never written, deleted, or its current version is a delete marker. */
  | { state: 'absent' }
  /** Larger than the limit: not read. */
  | { state: 'tooLarge'; metadata: ObjectMetadata; userMetadata: Record<string, string> }
  | { state: 'present'; metadata: ObjectMetadata; userMetadata: Record<string, string>; bytes: Uint8Array };
