import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../../local/servers/startDynamoDbLocal';
import { createArticleTable } from './createArticleTable';
import { pipelineDefinition } from './pipelineDefinition';

/** A DynamoDB Local with the article table, for one test file. */
export interface TestTable {
  endpoint: string;
  tableName: string;
  client: DynamoDBClient;
  /** A document client that drops `undefined` values, as the store's. */
  documentClient: DynamoDBDocumentClient;
  stop(): Promise<void>;
}

/** Credentials DynamoDB Local accepts (any). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/**
 * Starts DynamoDB Local on loopback and creates the record table as the synthesized stack defines it; call
 * in `beforeAll`, stop in `afterAll`.
 *
 * @example
 * ```ts
 * let table: TestTable;
 * beforeAll(async () => { table = await startTestTable(); });
 * afterAll(() => table.stop());
 * ```
 */
export async function startTestTable(): Promise<TestTable> {
  // The synthesis runs while Java starts.
  const [dynamo] = await Promise.all([startDynamoDbLocal(), pipelineDefinition()]);
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  const tableName = await createArticleTable(client);
  return {
    endpoint: dynamo.endpoint,
    tableName,
    client,
    documentClient: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    async stop() {
      client.destroy();
      await dynamo.stop();
    },
  };
}
