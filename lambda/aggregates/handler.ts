import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { applyAggregateBatch } from './applyAggregateBatch';
import type { ChangeRecord } from './types';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

/**
 * The aggregates consumer of the record table's stream (attached with `addConsumer`, so ingest never
 * waits for it): applies the batch's counter deltas once, summed, in as few transactions as fit
 * ({@link applyAggregateBatch}). When a transaction fails, it reports the first change not applied as the
 * batch's first failed item (the mapping has `ReportBatchItemFailures`), so the event source retries from
 * there; the per-change markers make any redelivered change that was already applied a no-op.
 *
 * @example
 * await handler({ Records: [streamRecord] }); // { batchItemFailures: [] }
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const tableName = process.env.TABLE_NAME ?? '';
  const changes = event.Records.map(toChangeRecord);
  const result = await applyAggregateBatch(client, tableName, changes, new Date());
  if (result.failedFrom === undefined) return { batchItemFailures: [] };
  const failed = changes[result.failedFrom]?.sequenceNumber;
  // Without a sequence number to report, fail the whole batch: the markers keep the retry exact.
  if (failed === undefined) throw result.error;
  console.error(
    JSON.stringify({
      message: 'aggregates transaction failed',
      failedFrom: failed,
      error: String(result.error),
    }),
  );
  return { batchItemFailures: [{ itemIdentifier: failed }] };
}

/** A stream record as {@link applyAggregateBatch} takes it (images unmarshalled). */
export function toChangeRecord(record: DynamoDBStreamEvent['Records'][number]): ChangeRecord {
  const image = (value: unknown) =>
    value === undefined ? undefined : unmarshall(value as Parameters<typeof unmarshall>[0]);
  const sequenceNumber = record.dynamodb?.SequenceNumber;
  return {
    eventId: record.eventID ?? `${sequenceNumber}`,
    eventName: record.eventName ?? 'MODIFY',
    ...(sequenceNumber === undefined ? {} : { sequenceNumber }),
    oldImage: image(record.dynamodb?.OldImage),
    newImage: image(record.dynamodb?.NewImage),
  };
}
