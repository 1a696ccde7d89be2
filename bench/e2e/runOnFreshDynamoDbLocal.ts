import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoDbLocal } from '../../local/servers/startDynamoDbLocal';
import { createTableLike } from './createTableLike';

/**
 * Starts a DynamoDB Local as local mode starts its own (the same jar and JVM options, a data folder under
 * `scratch`), creates `definition`'s table, runs `work` against it, and stops the server. A baseline runs
 * on a fresh server because DynamoDB Local slows every write once another stream-enabled table has
 * existed on it (measured here: the same 3,100 items took 3.5 s, then 38 s, 69 s and 103 s on four tables
 * in turn, each deleted before the next; flat without streams).
 *
 * @example
 * ```ts
 * const ms = await runOnFreshDynamoDbLocal(scratch, definition, (client, table) => writeWithStore(client, table, writes, 100));
 * ```
 */
export async function runOnFreshDynamoDbLocal<T>(
  scratch: string,
  definition: CreateTableCommandInput,
  work: (client: DynamoDBClient, tableName: string) => Promise<T>,
): Promise<T> {
  const dataDirectory = mkdtempSync(join(scratch, 'dynamodb-'));
  const server = await startDynamoDbLocal({ dataDirectory });
  const client = new DynamoDBClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    // The SDK's default 50 sockets, as the function has; only the warning about queueing for them is off.
    requestHandler: { socketAcquisitionWarningTimeout: 10 * 60 * 1000 },
  });
  try {
    const tableName = definition.TableName ?? 'bench';
    await createTableLike(client, definition, tableName);
    return await work(client, tableName);
  } finally {
    client.destroy();
    await server.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
