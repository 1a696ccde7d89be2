import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { applyAggregateDeltas } from './applyAggregateDeltas';
import type { ChangeRecord } from './types';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

/**
 * The aggregates consumer of the record table's stream (attached with `addConsumer`, so ingest never
 * waits for it): applies each change's counter deltas once. A failure throws, so the event source
 * retries (and bisects) the batch; the per-change markers make the retry of already applied changes a
 * no-op.
 *
 * @example
 * await handler({ Records: [streamRecord] });
 */
export async function handler(event: DynamoDBStreamEvent): Promise<void> {
  const tableName = process.env.TABLE_NAME ?? '';
  for (const record of event.Records) {
    await applyAggregateDeltas(client, tableName, toChangeRecord(record), new Date());
  }
}

/** A stream record as {@link applyAggregateDeltas} takes it (images unmarshalled). */
export function toChangeRecord(record: DynamoDBStreamEvent['Records'][number]): ChangeRecord {
  const image = (value: unknown) =>
    value === undefined ? undefined : unmarshall(value as Parameters<typeof unmarshall>[0]);
  return {
    eventId: record.eventID ?? `${record.dynamodb?.SequenceNumber}`,
    eventName: record.eventName ?? 'MODIFY',
    oldImage: image(record.dynamodb?.OldImage),
    newImage: image(record.dynamodb?.NewImage),
  };
}
