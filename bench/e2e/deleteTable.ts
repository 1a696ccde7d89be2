import { DeleteTableCommand, type DynamoDBClient, waitUntilTableNotExists } from '@aws-sdk/client-dynamodb';

/**
 * Deletes a table and waits until it is gone. Between the suite's phases, so that each starts on a
 * DynamoDB Local holding the same (no) data: its SQLite store slows down as it fills.
 *
 * @example
 * ```ts
 * await deleteTable(client, 'bench-store');
 * ```
 */
export async function deleteTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  await waitUntilTableNotExists({ client, maxWaitTime: 120 }, { TableName: tableName });
}
