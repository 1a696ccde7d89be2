import { createHash } from 'node:crypto';
import { encodeS3EventKey } from './encodeS3EventKey';
import type { ObjectChange, S3EventContext } from './types';

// S3 writes owner and principal ids; these fixed ones are shaped like AWS's (they are not read downstream).
const OWNER_ID = 'A3NL1KOZZKExample';
const PRINCIPAL_ID = 'AWS:AIDAJDPLRKLG7UEXAMPLE';

/**
 * Builds the body of the SQS message S3 sends for one change: a `Records` array with one record, shaped as
 * S3's event message structure 2.1 (key URL-encoded, sequencer, eTag and size on creations only, versionId
 * only when the bucket versions).
 *
 * @example
 * const body = buildS3EventMessage(
 *   { eventName: 'ObjectCreated:Put', bucket: 'incoming', key: 'a b.txt', size: 3, eTag: 'abc' },
 *   { region: 'us-east-1', sequencer: '0062E99A88DC407460', configurationId: 'c1', eventTime: new Date(),
 *     sourceIpAddress: '127.0.0.1', requestId: 'C3D13FE58DE4C810' },
 * );
 * JSON.parse(body).Records[0].s3.object.key; // 'a+b.txt'
 */
export function buildS3EventMessage(change: ObjectChange, context: S3EventContext): string {
  const isCreation = change.eventName.startsWith('ObjectCreated:');
  const object: Record<string, unknown> = { key: encodeS3EventKey(change.key) };
  if (isCreation && change.size !== undefined) object.size = change.size;
  if (isCreation && change.eTag !== undefined) object.eTag = change.eTag;
  if (change.versionId !== undefined) object.versionId = change.versionId;
  object.sequencer = context.sequencer;
  const record = {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: context.region,
    eventTime: context.eventTime.toISOString(),
    eventName: change.eventName,
    userIdentity: { principalId: PRINCIPAL_ID },
    requestParameters: { sourceIPAddress: context.sourceIpAddress },
    responseElements: {
      'x-amz-request-id': context.requestId,
      'x-amz-id-2': createHash('sha256').update(context.requestId).digest('base64'),
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: context.configurationId,
      bucket: {
        name: change.bucket,
        ownerIdentity: { principalId: OWNER_ID },
        arn: `arn:aws:s3:::${change.bucket}`,
      },
      object,
    },
  };
  return JSON.stringify({ Records: [record] });
}
