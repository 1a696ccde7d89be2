/** Types of the S3 → SQS leg of local mode. */

/** What the local S3 server reports about one write or delete. */
export interface ObjectChange {
  /** `ObjectCreated:Put`, `ObjectCreated:Post`, `ObjectCreated:Copy`, `ObjectRemoved:Delete`. */
  eventName: string;
  bucket: string;
  /** The key as stored, not encoded. */
  key: string;
  size?: number;
  eTag?: string;
  versionId?: string;
}

/** The facts of one S3 event record, beyond the change itself. */
export interface S3EventContext {
  region: string;
  sequencer: string;
  configurationId: string;
  eventTime: Date;
  sourceIpAddress: string;
  requestId: string;
}

/** How one event message is delivered: one entry per copy, each the delay before it is sent. */
export type DeliveryPlan = (change: ObjectChange) => number[];

/** A notification local mode delivers: the template's configuration with its bucket and queue resolved. */
export interface ResolvedNotification {
  bucketName: string;
  queueUrl: string;
  events: string[];
  prefix?: string;
  suffix?: string;
  configurationId: string;
}

/** An event message local mode sent (once per change and matching notification, before any duplicate). */
export interface ForwardedEvent {
  bucket: string;
  key: string;
  eventName: string;
  sequencer: string;
  queueUrl: string;
}

/** The bucket, key and sequencer an S3 event message carries, decoded. */
export interface EventIdentity {
  bucket: string;
  key: string;
  sequencer: string;
  eventName: string;
}
