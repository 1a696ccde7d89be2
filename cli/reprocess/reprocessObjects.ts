import { randomBytes } from 'node:crypto';
import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { buildS3EventMessage } from '../../local/events/buildS3EventMessage';
import type { ProgressReporter } from '../progress/createProgressReporter';
import { readSources } from '../store/readSources';
import { planReprocess } from './planReprocess';
import { sendMessages } from './sendMessages';

/** What {@link reprocessObjects} works on. */
export interface ReprocessOptions {
  s3: S3Client;
  dynamo: DynamoDBDocumentClient;
  sqs: SQSClient;
  bucket: string;
  table: string;
  queueUrl: string;
  /** The region written into the events. */
  region: string;
  prefix: string;
  /** Only keys whose records were made by a parser older than this. */
  parserOlderThan?: string;
  /** Count what would be sent, send nothing. */
  dryRun?: boolean;
  progress: ProgressReporter;
}

/** What a reprocess did. */
export interface ReprocessSummary {
  listed: number;
  enqueued: number;
  skippedParser: number;
  skippedPending: number;
  notSent: number;
}

/** Names the events' notification configuration, so logs tell a reprocess from an upload. */
const CONFIGURATION_ID = 'article-pipeline-reprocess';

/**
 * Re-enqueues the bucket's objects under a prefix as S3 `ObjectCreated:Put` events through the ingest
 * queue, one listing page (1,000 keys) at a time: their source records are read 100 a call, each event
 * carries the key's stored sequencer (see `planReprocess`), and messages go 10 a call. Memory stays
 * bounded by one page, so a bucket of millions of objects streams through.
 *
 * @example
 * const summary = await reprocessObjects({ s3, dynamo, sqs, bucket, table, queueUrl, region, prefix: '', parserOlderThan: '2.0.0', progress });
 */
export async function reprocessObjects(options: ReprocessOptions): Promise<ReprocessSummary> {
  const summary: ReprocessSummary = {
    listed: 0,
    enqueued: 0,
    skippedParser: 0,
    skippedPending: 0,
    notSent: 0,
  };
  const pages = paginateListObjectsV2(
    { client: options.s3 },
    { Bucket: options.bucket, Prefix: options.prefix },
  );
  for await (const page of pages) {
    const objects = (page.Contents ?? []).filter((object) => object.Key !== undefined);
    summary.listed += objects.length;
    options.progress.addToTotal(objects.length);
    const keys = objects.map((object) => object.Key as string);
    const sources = await readSources(options.dynamo, options.table, options.bucket, keys);
    const bodies: string[] = [];
    let skipped = 0;
    for (const object of objects) {
      const key = object.Key as string;
      const plan = planReprocess(sources.get(key), { parserOlderThan: options.parserOlderThan });
      if (plan.action === 'skip') {
        if (plan.reason === 'pending') summary.skippedPending++;
        else summary.skippedParser++;
        skipped++;
        continue;
      }
      bodies.push(
        buildS3EventMessage(
          {
            eventName: 'ObjectCreated:Put',
            bucket: options.bucket,
            key,
            size: object.Size,
            eTag: object.ETag?.replaceAll('"', ''),
          },
          {
            region: options.region,
            sequencer: plan.sequencer,
            configurationId: CONFIGURATION_ID,
            eventTime: new Date(),
            sourceIpAddress: '127.0.0.1',
            requestId: randomBytes(8).toString('hex').toUpperCase(),
          },
        ),
      );
    }
    options.progress.advance(skipped);
    if (options.dryRun) {
      summary.enqueued += bodies.length;
      options.progress.advance(bodies.length);
      continue;
    }
    const notSent = await sendMessages(options.sqs, options.queueUrl, bodies, {
      onSent: (count) => options.progress.advance(count),
    });
    options.progress.advance(notSent);
    summary.enqueued += bodies.length - notSent;
    summary.notSent += notSent;
  }
  return summary;
}
