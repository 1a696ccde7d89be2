import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS } from './startTestTable';

/** A call as the crash predicate sees it: the operation name and its input. */
export interface DynamoCall {
  operation: string;
  input: Record<string, unknown>;
}

/**
 * A DynamoDB client that "crashes" the process it stands for: from the first call `crashesAt` matches,
 * that call and every later one fail before reaching the server, as if the function had died there.
 * A server cannot produce this fault, so it is injected in the client's middleware; the calls before it
 * reach the real server.
 *
 * @example
 * ```ts
 * const client = crashingDynamoClient(endpoint, (call) => call.operation === 'PutItem');
 * ```
 */
export function crashingDynamoClient(
  endpoint: string,
  crashesAt: (call: DynamoCall) => boolean,
): DynamoDBClient {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
  let crashed = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const call = {
        operation: String(context.commandName).replace(/Command$/, ''),
        input: args.input as Record<string, unknown>,
      };
      crashed ||= crashesAt(call);
      if (crashed) throw new Error(`simulated crash at ${call.operation}`);
      return next(args);
    },
    { step: 'initialize', name: 'simulatedCrash' },
  );
  return client;
}
