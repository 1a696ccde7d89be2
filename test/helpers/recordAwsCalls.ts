import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';

/** One AWS call as a client sent it. */
export interface AwsCall {
  /** The client's service id, e.g. `S3`, `DynamoDB`. */
  service: string;
  /** The API operation, e.g. `GetObject`, `BatchWriteItem`. */
  operation: string;
  /** The request input as the caller gave it (native values for lib-dynamodb commands). */
  input: Record<string, unknown>;
}

/**
 * Records every call `client` sends from now on (and every call of a lib-dynamodb document client built
 * on it, which shares its middleware stack), by a middleware, so the calls still reach the server.
 * Returns the live list.
 *
 * @example
 * ```ts
 * const calls = recordAwsCalls(s3Client);
 * // ...
 * expect(calls.map((call) => call.operation)).toContain('GetObject');
 * ```
 */
export function recordAwsCalls(client: S3Client | DynamoDBClient, calls: AwsCall[] = []): AwsCall[] {
  (client.middlewareStack as DynamoDBClient['middlewareStack']).add(
    (next, context) => async (args) => {
      calls.push({
        service: String(context.clientName ?? '').replace(/Client$/, ''),
        operation: String(context.commandName ?? '').replace(/Command$/, ''),
        input: args.input as Record<string, unknown>,
      });
      return next(args);
    },
    { step: 'initialize', name: 'recordAwsCalls', override: true },
  );
  return calls;
}
