import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { buildS3EventMessage } from '../../local/events/buildS3EventMessage';
import { BenchCheckError } from '../support/errors';
import type { UploadObject } from '../workload/types';
import type { HandlerHost, MeasuredInvocation } from './startHandlerHost';
import type { RecordingProxy } from './startRecordingProxy';
import type { RecordedRequest } from './types';

/** Where a workload runs. */
export interface WorkloadRig {
  host: HandlerHost;
  proxies: { s3: RecordingProxy; dynamodb: RecordingProxy };
  /** Uploads straight to the S3 server: the uploader's PUTs are not the pipeline's cost. */
  uploader: S3Client;
  bucket: string;
  region: string;
  timeoutMs: number;
}

/** What a workload's invocations did. */
export interface WorkloadMeasurement {
  articles: number;
  objects: number;
  batchSize: number;
  invocations: MeasuredInvocation[];
  requests: RecordedRequest[];
  /** Bytes of each SQS message body (one S3 event notification per object). */
  messageBodyBytes: number[];
}

let sequence = 0x1a2b3c4d5e00;

/**
 * Uploads `objects`, then has the handler process them in full batches of `batchSize`, one invocation at
 * a time (one warm execution environment), each with the SQS event Lambda would pass: records whose body
 * is S3's event notification. The first `warmUp` objects form one batch whose cold start and requests are
 * not kept. Throws if any message fails.
 *
 * @example
 * ```ts
 * const measurement = await measureWorkload(rig, objects, { batchSize: 10, warmUp: 10 });
 * ```
 */
export async function measureWorkload(
  rig: WorkloadRig,
  objects: readonly UploadObject[],
  options: { batchSize: number; warmUp: number },
): Promise<WorkloadMeasurement> {
  const bodies = new Map<string, string>();
  for (const object of objects) {
    const output = await rig.uploader.send(
      new PutObjectCommand({ Bucket: rig.bucket, Key: object.key, Body: object.bytes }),
    );
    sequence += 1;
    bodies.set(
      object.key,
      buildS3EventMessage(
        {
          eventName: 'ObjectCreated:Put',
          bucket: rig.bucket,
          key: object.key,
          size: object.bytes.byteLength,
          eTag: (output.ETag ?? '').replaceAll('"', ''),
        },
        {
          region: rig.region,
          sequencer: sequence.toString(16).toUpperCase().padStart(18, '0'),
          configurationId: 'bench',
          eventTime: new Date(),
          sourceIpAddress: '127.0.0.1',
          requestId: sequence.toString(16).toUpperCase(),
        },
      ),
    );
  }
  const warmUp = objects.slice(0, options.warmUp);
  const measured = objects.slice(options.warmUp);
  if (warmUp.length > 0) await invokeBatch(rig, warmUp, bodies);
  rig.proxies.s3.take();
  rig.proxies.dynamodb.take();

  const invocations: MeasuredInvocation[] = [];
  for (let start = 0; start < measured.length; start += options.batchSize) {
    invocations.push(await invokeBatch(rig, measured.slice(start, start + options.batchSize), bodies));
  }
  return {
    articles: measured.reduce((sum, object) => sum + object.articleCount, 0),
    objects: measured.length,
    batchSize: options.batchSize,
    invocations,
    requests: [...rig.proxies.s3.take(), ...rig.proxies.dynamodb.take()],
    messageBodyBytes: measured.map((object) => Buffer.byteLength(bodies.get(object.key) ?? '', 'utf8')),
  };
}

async function invokeBatch(
  rig: WorkloadRig,
  batch: readonly UploadObject[],
  bodies: ReadonlyMap<string, string>,
): Promise<MeasuredInvocation> {
  const event: SQSEvent = {
    Records: batch.map((object, index) => ({
      messageId: `${object.key}#${index}`,
      receiptHandle: `bench-${index}`,
      body: bodies.get(object.key) ?? '',
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(Date.now()),
        SenderId: 'AIDAIENQZJOLO23YVJ4VO',
        ApproximateFirstReceiveTimestamp: String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:${rig.region}:000000000000:incoming`,
      awsRegion: rig.region,
    })),
  };
  const invocation = await rig.host.invoke(event, rig.timeoutMs);
  const failures = (invocation.response as SQSBatchResponse | undefined)?.batchItemFailures;
  if (failures === undefined || failures.length > 0) {
    throw new BenchCheckError(`a batch failed: ${JSON.stringify(invocation.response)}`);
  }
  return invocation;
}
