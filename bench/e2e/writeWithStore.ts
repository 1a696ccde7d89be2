import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { ObjectOutcome, SourceEvent } from '../../lambda/store/types';
import { BenchCheckError } from '../support/errors';

/** One object's write: the event that names it and what the function found in it. */
export interface StoreWrite {
  event: SourceEvent;
  outcome: ObjectOutcome;
}

/**
 * The store module alone: `RecordStore.apply` for every object, `concurrency` objects at once (as many as
 * the pipeline's event source keeps in flight), on an empty table. Returns the wall time in ms. Throws
 * unless every write was `written`.
 *
 * @example
 * ```ts
 * const ms = await writeWithStore(client, 'bench-store', writes, 100);
 * ```
 */
export async function writeWithStore(
  client: DynamoDBClient,
  tableName: string,
  writes: readonly StoreWrite[],
  concurrency: number,
): Promise<number> {
  const store = new RecordStore({
    client: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    tableName,
  });
  const started = performance.now();
  const results = await mapConcurrent(writes, concurrency, (write) =>
    store.apply(write.event, write.outcome),
  );
  const ms = performance.now() - started;
  const notWritten = results.filter((result) => result.action !== 'written');
  if (notWritten.length > 0) {
    throw new BenchCheckError(`${notWritten.length} store writes were skipped: ${notWritten[0]?.action}`);
  }
  return ms;
}
