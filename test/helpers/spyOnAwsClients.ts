import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';

/** Stubs on every S3 client and DynamoDB document client of the process, passing calls through. */
export interface AwsClientSpies {
  // biome-ignore lint/suspicious/noExplicitAny: the stubs' generic parameters do not matter to callers
  s3: AwsStub<any, any, any>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  dynamo: AwsStub<any, any, any>;
  /** Every command sent so far by a client that is not one of `excluded` (the test's own clients). */
  commandsExcept(...excluded: object[]): unknown[];
  restore(): void;
}

/**
 * Puts aws-sdk-client-mock stubs on `S3Client` and `DynamoDBDocumentClient` that call the real servers:
 * they record every command (to check it against the function's role) and let a test inject a fault a
 * server cannot produce, for its own key only, with `.on(Command, input).rejects(…)`.
 *
 * @example
 * ```ts
 * const spies = spyOnAwsClients();
 * spies.s3.on(GetObjectCommand, { Key: key }).rejects(accessDenied);
 * ```
 */
export function spyOnAwsClients(): AwsClientSpies {
  const s3 = mockClient(S3Client);
  s3.send.callThrough();
  const dynamo = mockClient(DynamoDBDocumentClient);
  dynamo.send.callThrough();
  return {
    s3,
    dynamo,
    commandsExcept(...excluded) {
      return [...s3.send.getCalls(), ...dynamo.send.getCalls()]
        .filter((call) => !excluded.includes(call.thisValue as object))
        .map((call) => call.args[0]);
    },
    restore() {
      s3.restore();
      dynamo.restore();
    },
  };
}
