import { createHash, randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { encodeS3EventKey } from './encodeS3EventKey';

const REGION = 'us-east-1';
const QUEUE_ARN = `arn:aws:sqs:${REGION}:123456789012:article-pipeline-IngestQueue`;

/** What an S3 event record says about an object. */
export interface S3EventFields {
  bucket: string;
  /** The raw key: encoded here as S3 encodes it. */
  key: string;
  sequencer: string;
  /**
   * Without the `s3:` prefix.
   * @default 'ObjectCreated:Put'
   */
  eventName?: string;
  versionId?: string;
  size?: number;
  eTag?: string;
}

/**
 * The SQS message body S3 writes for one object event: one record, the key URL-encoded, the fields and
 * layout of S3's event message structure (version 2.1).
 *
 * @example
 * ```ts
 * const body = s3EventBody({ bucket: 'incoming', key: 'a b.txt', sequencer: '0055AED6DCD90281E5' });
 * ```
 */
export function s3EventBody(fields: S3EventFields): string {
  const eventName = fields.eventName ?? 'ObjectCreated:Put';
  const created = eventName.startsWith('ObjectCreated:');
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: REGION,
        eventTime: new Date().toISOString(),
        eventName,
        userIdentity: { principalId: 'AWS:AIDAEXAMPLEUPLOADER' },
        requestParameters: { sourceIPAddress: '198.51.100.7' },
        responseElements: {
          'x-amz-request-id': randomUUID().slice(0, 16).toUpperCase(),
          'x-amz-id-2': 'example/id2',
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'IngestNotification',
          bucket: {
            name: fields.bucket,
            ownerIdentity: { principalId: 'A3NL1KOZZKExample' },
            arn: `arn:aws:s3:::${fields.bucket}`,
          },
          object: {
            key: encodeS3EventKey(fields.key),
            ...(created
              ? { size: fields.size ?? 0, eTag: fields.eTag ?? 'd41d8cd98f00b204e9800998ecf8427e' }
              : {}),
            ...(fields.versionId === undefined ? {} : { versionId: fields.versionId }),
            sequencer: fields.sequencer,
          },
        },
      },
    ],
  });
}

/** The message S3 sends when a notification configuration is written. */
export function s3TestEventBody(bucket: string): string {
  return JSON.stringify({
    Service: 'Amazon S3',
    Event: 's3:TestEvent',
    Time: new Date().toISOString(),
    Bucket: bucket,
    RequestId: randomUUID().slice(0, 16).toUpperCase(),
    HostId: 'example/host',
  });
}

/**
 * An SQS record as the Lambda event source mapping delivers it, with `ApproximateReceiveCount`.
 *
 * @example
 * ```ts
 * const event = sqsEvent([sqsRecord(s3EventBody(fields), { receiveCount: 5 })]);
 * ```
 */
export function sqsRecord(
  body: string,
  options: { receiveCount?: number; messageId?: string } = {},
): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: options.messageId ?? randomUUID(),
    receiptHandle: `AQEB${randomUUID().replace(/-/g, '')}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(options.receiveCount ?? 1),
      SentTimestamp: now,
      SenderId: 'AIDAEXAMPLES3SENDER',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: QUEUE_ARN,
    awsRegion: REGION,
  };
}

/** A batch of SQS records as Lambda receives it. */
export function sqsEvent(records: SQSRecord[]): SQSEvent {
  return { Records: records };
}
