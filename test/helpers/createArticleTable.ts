import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createLocalTables } from '../../local/provision/createLocalTables';
import { pipelineDefinition } from './pipelineDefinition';

/**
 * Creates the record table on a DynamoDB Local exactly as the synthesized stack defines it (keys, the
 * `byPublication` and `lookup` indexes, stream, TTL), through local mode's translation, and returns its name.
 *
 * @example
 * ```ts
 * const tableName = await createArticleTable(dynamoClient);
 * ```
 */
export async function createArticleTable(client: DynamoDBClient): Promise<string> {
  const { definition } = await pipelineDefinition();
  if (definition.tables.length !== 1)
    throw new Error(`expected one table, found ${definition.tables.length}`);
  await createLocalTables(client, definition.tables);
  return definition.tables[0]!.tableName;
}
