import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  type TableDescription,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { StaleLocalDataError } from '../errors';
import type { LocalTable } from '../types';

/**
 * Creates each table on DynamoDB Local with the template's keys, indexes and stream, and enables its TTL.
 * A table kept from an earlier run is reused when its keys and indexes still match the template; when they
 * do not, StaleLocalDataError asks for `--fresh` rather than run against a schema the template no longer has.
 *
 * @example
 * await createLocalTables(dynamodb, definition.tables);
 */
export async function createLocalTables(dynamodb: DynamoDBClient, tables: LocalTable[]): Promise<void> {
  for (const table of tables) {
    const existing = await describe(dynamodb, table.tableName);
    if (existing === undefined) {
      await dynamodb.send(new CreateTableCommand(table.createTable));
      await waitUntilTableExists({ client: dynamodb, maxWaitTime: 30 }, { TableName: table.tableName });
    } else {
      const difference = schemaDifference(table, existing);
      if (difference !== undefined) throw new StaleLocalDataError(`table ${table.tableName}: ${difference}`);
    }
    if (table.timeToLiveAttribute !== undefined) await enableTimeToLive(dynamodb, table);
  }
}

async function describe(dynamodb: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await dynamodb.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

function schemaDifference(table: LocalTable, existing: TableDescription): string | undefined {
  const keys = (schema: { AttributeName?: string; KeyType?: string }[] | undefined) =>
    JSON.stringify((schema ?? []).map((key) => `${key.AttributeName}:${key.KeyType}`));
  if (keys(table.createTable.KeySchema) !== keys(existing.KeySchema)) return 'its key schema changed';
  const indexes = (
    list: { IndexName?: string; KeySchema?: { AttributeName?: string; KeyType?: string }[] }[] = [],
  ) => JSON.stringify(list.map((index) => `${index.IndexName}=${keys(index.KeySchema)}`).sort());
  if (indexes(table.createTable.GlobalSecondaryIndexes) !== indexes(existing.GlobalSecondaryIndexes)) {
    return 'its global secondary indexes changed';
  }
  return undefined;
}

async function enableTimeToLive(dynamodb: DynamoDBClient, table: LocalTable): Promise<void> {
  const { TimeToLiveDescription } = await dynamodb.send(
    new DescribeTimeToLiveCommand({ TableName: table.tableName }),
  );
  if (
    TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED' &&
    TimeToLiveDescription.AttributeName === table.timeToLiveAttribute
  ) {
    return;
  }
  await dynamodb.send(
    new UpdateTimeToLiveCommand({
      TableName: table.tableName,
      TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
    }),
  );
}
