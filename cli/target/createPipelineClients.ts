import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClientSettings } from '../types';

/** The SDK clients of one target. */
export interface PipelineClients {
  s3: S3Client;
  dynamo: DynamoDBDocumentClient;
  sqs: SQSClient;
  /** Closes the clients' sockets so the process can exit. */
  destroy(): void;
}

// The SDK's own retries (exponential back-off with jitter) cover throttling and 5xx answers; commands
// retry whole operations on top where a failure would otherwise lose work.
const MAX_ATTEMPTS = 5;

/**
 * Builds the S3, DynamoDB (document) and SQS clients of a target. For AWS they follow the standard
 * credential and region resolution (`--profile`/`--region` when given); for a local pipeline they talk to
 * its servers: path-style S3, the credentials the servers accept, and an explicit SQS endpoint (the local
 * queue URLs name a host that does not resolve).
 *
 * @example
 * const clients = createPipelineClients(target.clients);
 * try { await clients.s3.send(new HeadBucketCommand({ Bucket: target.bucket })); } finally { clients.destroy(); }
 */
export function createPipelineClients(settings: ClientSettings): PipelineClients {
  const common = {
    region: settings.region,
    profile: settings.profile,
    maxAttempts: MAX_ATTEMPTS,
    ...(settings.local === undefined ? {} : { credentials: settings.local.credentials }),
  };
  const local = settings.local;
  const s3 = new S3Client({
    ...common,
    ...(local === undefined
      ? {}
      : {
          endpoint: local.endpoints.s3,
          forcePathStyle: true,
          // s3rver stores a flexible-checksum body with its chunk framing; send plain bodies.
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }),
  });
  const dynamoDb = new DynamoDBClient({
    ...common,
    ...(local === undefined ? {} : { endpoint: local.endpoints.dynamodb }),
  });
  const dynamo = DynamoDBDocumentClient.from(dynamoDb, { marshallOptions: { removeUndefinedValues: true } });
  const sqs = new SQSClient({ ...common, ...(local === undefined ? {} : { endpoint: local.endpoints.sqs }) });
  return {
    s3,
    dynamo,
    sqs,
    destroy() {
      s3.destroy();
      dynamo.destroy();
      dynamoDb.destroy();
      sqs.destroy();
    },
  };
}
