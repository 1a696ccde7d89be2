import {
  CreateTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';

/**
 * Creates a table with the definition of another (keys, indexes, billing, stream) under `tableName`, and
 * waits until it is active: a baseline writes to a table like the pipeline's, on the same server.
 *
 * @example
 * ```ts
 * await createTableLike(client, started.createTable, 'bench-store');
 * ```
 */
export async function createTableLike(
  client: DynamoDBClient,
  definition: CreateTableCommandInput,
  tableName: string,
): Promise<void> {
  await client.send(new CreateTableCommand({ ...definition, TableName: tableName }));
  await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
}
