import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { applyAggregateBatch } from '../../lambda/aggregates/applyAggregateBatch';
import { toChangeRecord } from '../../lambda/aggregates/handler';

/** Where {@link LocalStreamAggregator} reads and writes. */
export interface LocalStreamAggregatorOptions {
  dynamodb: DynamoDBClient;
  /** DynamoDB Local's endpoint and credentials, for its streams API. */
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  tableName: string;
  /** @default 500 */
  intervalMs?: number;
}

/**
 * Local mode's stand-in for the aggregates consumer: local mode runs only the functions SQS invokes, so
 * this polls DynamoDB Local's streams API (every shard from its oldest record) and applies each change with
 * the same `applyAggregateBatch` the Lambda function uses, one page of records as one batch: the per-change
 * markers keep it exactly once even when a record is read twice.
 *
 * @example
 * const aggregator = await LocalStreamAggregator.start(options); // caught up when this resolves
 * await aggregator.stop();
 */
export class LocalStreamAggregator {
  readonly #streams: DynamoDBStreamsClient;
  readonly #documents: DynamoDBDocumentClient;
  readonly #options: LocalStreamAggregatorOptions;
  readonly #iterators = new Map<string, string | null>();
  #timer: NodeJS.Timeout | undefined;
  #polling: Promise<void> = Promise.resolve();
  #stopped = false;

  private constructor(options: LocalStreamAggregatorOptions) {
    this.#options = options;
    this.#streams = new DynamoDBStreamsClient({
      endpoint: options.endpoint,
      region: options.region,
      credentials: options.credentials,
    });
    this.#documents = DynamoDBDocumentClient.from(options.dynamodb);
  }

  /** Starts polling after one pass that applies every change the stream holds so far. */
  static async start(options: LocalStreamAggregatorOptions): Promise<LocalStreamAggregator> {
    const aggregator = new LocalStreamAggregator(options);
    await aggregator.poll();
    aggregator.#schedule();
    return aggregator;
  }

  /** Applies every change the stream holds now; resolves when read to the end. */
  async poll(): Promise<void> {
    const { Table } = await this.#options.dynamodb.send(
      new DescribeTableCommand({ TableName: this.#options.tableName }),
    );
    const streamArn = Table?.LatestStreamArn;
    if (streamArn === undefined) return;
    const { StreamDescription } = await this.#streams.send(
      new DescribeStreamCommand({ StreamArn: streamArn }),
    );
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId as string;
      if (!this.#iterators.has(shardId)) {
        const { ShardIterator } = await this.#streams.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: shardId,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        );
        this.#iterators.set(shardId, ShardIterator ?? null);
      }
      let iterator = this.#iterators.get(shardId) ?? null;
      while (iterator !== null) {
        const page = await this.#streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
        const result = await applyAggregateBatch(
          this.#documents,
          this.#options.tableName,
          (page.Records ?? []).map((record) =>
            toChangeRecord(record as Parameters<typeof toChangeRecord>[0]),
          ),
          new Date(),
        );
        // The iterator stays on this page: the next poll reads it again, and the markers skip what was applied.
        if (result.failedFrom !== undefined) throw result.error;
        const nextIterator = page.NextShardIterator ?? null;
        this.#iterators.set(shardId, nextIterator);
        if ((page.Records ?? []).length === 0) break;
        iterator = nextIterator;
      }
    }
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#polling = this.poll()
        .catch(() => undefined)
        .finally(() => this.#schedule());
    }, this.#options.intervalMs ?? 500);
  }

  /** Stops polling, after the pass under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#polling;
    this.#streams.destroy();
  }
}
