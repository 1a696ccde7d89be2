import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';

/**
 * Every DynamoDB action the ingest handler calls, on the table itself: no index (the handler reads items by
 * key and queries an item's own partition) and no stream. Stale rows are removed by `BatchWriteItem` delete
 * requests, which `dynamodb:BatchWriteItem` authorizes; the handler sends no `DeleteItem`, `BatchGetItem` or
 * transaction. `test/ingest/handler.test.ts` checks both ways that this list is what the handler calls.
 */
export const INGEST_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:BatchWriteItem',
] as const;

/**
 * Grants the ingest role exactly what the handler calls, as explicit statements with sids (no `grant*`
 * helper, whose `s3:GetObject*`/`s3:List*` wildcards grant more), so a test can compare the policy
 * statement by statement:
 *
 * - `ReadIncomingObjects`: `s3:GetObject` on `bucket/*` (the handler reads the current version of the key
 *   an event names, never a pinned version, so no `s3:GetObjectVersion`);
 * - `ListIncomingBucket`: `s3:ListBucket` on the bucket, without which S3 answers a missing key with 403
 *   instead of 404 and the handler could not tell a deleted object from a denied one;
 * - `ReadWriteRecords`: `INGEST_TABLE_ACTIONS` on the table;
 * - `DecryptIncomingObjects`: `kms:Decrypt` on the bucket's key, only when the bucket has one.
 *
 * @example
 * ```ts
 * addIngestPermissions(role, { bucket, table });
 * ```
 */
export function addIngestPermissions(role: IRole, resources: { bucket: IBucket; table: ITable }): void {
  const { bucket, table } = resources;
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'ReadIncomingObjects',
      actions: ['s3:GetObject'],
      resources: [bucket.arnForObjects('*')],
    }),
  );
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'ListIncomingBucket',
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
    }),
  );
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'ReadWriteRecords',
      actions: [...INGEST_TABLE_ACTIONS],
      resources: [table.tableArn],
    }),
  );
  if (bucket.encryptionKey) {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'DecryptIncomingObjects',
        actions: ['kms:Decrypt'],
        resources: [bucket.encryptionKey.keyArn],
      }),
    );
  }
}
