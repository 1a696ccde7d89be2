import { setTimeout as sleep } from 'node:timers/promises';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { matchesFilterPattern } from './matchesFilterPattern';

/** Where and how {@link pollTableStream} reads. */
export interface PollTableStreamOptions {
  /**
   * The DynamoDB endpoint of the local pipeline (DynamoDB Local serves the streams API on it too).
   * @default - AWS: the SDK's own endpoints for DynamoDB and DynamoDB Streams
   */
  endpoint?: string;
  region: string;
  /** @default - the SDK's credential chain */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  tableName: string;
  /** Lambda filter patterns, e.g. `streamConsumerFilters(['ARTICLE'])`: records matching none are dropped. */
  filters: Record<string, unknown>[];
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;
  /**
   * Where to start: every record the stream still holds, or only new ones.
   * @default 'TRIM_HORIZON'
   */
  startingPosition?: 'TRIM_HORIZON' | 'LATEST';
  /**
   * Pause between reads of a shard with nothing new, in milliseconds.
   * @default 250
   */
  idleMs?: number;
  /** Told of errors of the polling itself (the handler's failures are retried). */
  onError?: (error: unknown) => void;
}

/** A running poller. */
export interface TableStreamPoller {
  stop(): Promise<void>;
}

const BATCH_SIZE = 100;

/**
 * Runs a stream consumer against a local pipeline (or, without `endpoint`, a deployed table's stream) as
 * Lambda's DynamoDB event source runs it in AWS: reads
 * every shard of the table's stream in order, drops records the filter patterns do not match, invokes the
 * handler with batches shaped as Lambda's `DynamoDBStreamEvent`, and on a reported failure invokes it again
 * from the failed record.
 *
 * @example
 * const poller = pollTableStream({ endpoint, region, credentials, tableName, filters: streamConsumerFilters(['ARTICLE']), handler });
 * // …
 * await poller.stop();
 */
export function pollTableStream(options: PollTableStreamOptions): TableStreamPoller {
  const config = { endpoint: options.endpoint, region: options.region, credentials: options.credentials };
  const dynamodb = new DynamoDBClient(config);
  const streams = new DynamoDBStreamsClient(config);
  let stopped = false;
  const idle = () => sleep(options.idleMs ?? 250);

  const run = async () => {
    const table = await dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
    const streamArn = table.Table?.LatestStreamArn;
    if (streamArn === undefined) throw new Error(`table ${options.tableName} has no stream`);
    const iterators = new Map<string, string | undefined>();
    while (!stopped) {
      const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
      for (const shard of description.StreamDescription?.Shards ?? []) {
        if (shard.ShardId === undefined || iterators.has(shard.ShardId)) continue;
        const iterator = await streams.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: shard.ShardId,
            ShardIteratorType: options.startingPosition ?? 'TRIM_HORIZON',
          }),
        );
        iterators.set(shard.ShardId, iterator.ShardIterator);
      }
      let received = 0;
      for (const [shardId, iterator] of iterators) {
        if (iterator === undefined || stopped) continue;
        const page = await streams.send(
          new GetRecordsCommand({ ShardIterator: iterator, Limit: BATCH_SIZE }),
        );
        iterators.set(shardId, page.NextShardIterator);
        const records = (page.Records ?? [])
          .map((record) => toLambdaRecord(record, streamArn, options.region))
          .filter((record) => options.filters.some((pattern) => matchesFilterPattern(record, pattern)));
        received += records.length;
        await deliver(records);
      }
      if (received === 0) await idle();
    }
  };

  const deliver = async (records: DynamoDBRecord[]) => {
    let pending = records;
    while (pending.length > 0 && !stopped) {
      const response = await options.handler({ Records: pending });
      const failed = response?.batchItemFailures[0]?.itemIdentifier;
      if (failed === undefined) return;
      pending = pending.slice(
        Math.max(
          0,
          pending.findIndex((record) => record.dynamodb?.SequenceNumber === failed),
        ),
      );
      await idle();
    }
  };

  const running = run().catch((error) => {
    if (!stopped) options.onError?.(error);
  });
  return {
    async stop() {
      stopped = true;
      await running;
      dynamodb.destroy();
      streams.destroy();
    },
  };
}

/** A stream record as the DynamoDB Streams API gives it, shaped as Lambda delivers it. */
function toLambdaRecord(record: _Record, streamArn: string, region: string): DynamoDBRecord {
  const change = record.dynamodb;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: {
      ApproximateCreationDateTime:
        change?.ApproximateCreationDateTime === undefined
          ? undefined
          : change.ApproximateCreationDateTime.getTime() / 1000,
      Keys: change?.Keys as never,
      NewImage: change?.NewImage as never,
      OldImage: change?.OldImage as never,
      SequenceNumber: change?.SequenceNumber,
      SizeBytes: change?.SizeBytes,
      StreamViewType: change?.StreamViewType,
    },
  };
}
