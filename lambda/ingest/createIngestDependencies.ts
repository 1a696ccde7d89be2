import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { RecordStore } from '../store/RecordStore';
import { awsClientConfig } from './awsClientConfig';
import { AWS_CLIENT_SETTINGS } from './awsClientSettings';
import type { AwsClientsSettings, IngestConfig, IngestDependencies } from './types';

/**
 * The clients and the store of one container, traced when a Tracer is given. Endpoints, region and credentials come from the
 * SDK's standard environment (`AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL_DYNAMODB`, `AWS_REGION`, …), so the
 * same code runs in AWS and against local servers; only S3's path-style addressing is a setting. Retries
 * and timeouts are `clients` (default {@link AWS_CLIENT_SETTINGS}, whose comments say why); tests shrink
 * their delays.
 *
 * @example
 * ```ts
 * const dependencies = createIngestDependencies(loadIngestConfig(process.env), { tracer, logger, metrics });
 * ```
 */
export function createIngestDependencies(
  config: IngestConfig,
  telemetry: { tracer?: Tracer | undefined; logger: Logger; metrics: Metrics },
  clients: AwsClientsSettings = AWS_CLIENT_SETTINGS,
): IngestDependencies {
  const { tracer } = telemetry;
  const traced = <Client extends S3Client | DynamoDBClient>(client: Client): Client =>
    tracer === undefined ? client : tracer.captureAWSv3Client(client);
  const s3 = traced(
    new S3Client({ forcePathStyle: config.s3ForcePathStyle, ...awsClientConfig(clients.s3) }),
  );
  const dynamo = traced(new DynamoDBClient(awsClientConfig(clients.dynamodb)));
  // The queue URL's host is not where a local SQS server listens: send to the SDK's resolved endpoint
  // (AWS_ENDPOINT_URL_SQS locally, the regional endpoint in AWS, which is the URL's host there anyway).
  const sqs = new SQSClient({ useQueueUrlAsEndpoint: false });
  return {
    config,
    s3,
    sqs,
    store: new RecordStore({
      client: dynamo,
      tableName: config.tableName,
      deletedRetentionDays: config.deletedRetentionDays,
      indexEntities: config.indexEntities,
      packArticleBodies: config.packArticleBodies,
    }),
    logger: telemetry.logger,
    metrics: telemetry.metrics,
  };
}
