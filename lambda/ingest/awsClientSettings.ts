import type { AwsClientsSettings } from './types';

// Shared by every client: Linux's first SYN retransmit comes after 1 s, so 2 s allows one lost SYN before
// the SDK gives up on the connection and retries on a fresh one. A connect in a Region takes milliseconds.
const CONNECTION_TIMEOUT_MS = 2_000;

/**
 * Retries and timeouts of the function's AWS clients, each with its reason (docs/store.md, "Retries").
 * Without a request timeout a hung connection would hold the invocation until the function's timeout
 * (2 minutes), which fails the whole batch; with one, the SDK retries the call and at worst the one message
 * fails. Every retried call is safe to repeat: the store's writes are idempotent, and a conditional write
 * whose answer was lost is recognised on its retry.
 *
 * Back-off is the SDK's standard mode: full jitter, the ceiling doubling per retry from the transient base
 * below, or from 1 s after a throttling error (`ProvisionedThroughputExceededException`,
 * `ThrottlingException`, `SlowDown`); a client's retry quota (500 tokens; 5 per throttling retry, 14 per
 * other retry) stops retries when most calls fail, so an outage fails messages fast instead of holding
 * invocations.
 *
 * @example
 * ```ts
 * const dynamo = new DynamoDBClient(awsClientConfig(AWS_CLIENT_SETTINGS.dynamodb));
 * ```
 */
export const AWS_CLIENT_SETTINGS: Readonly<AwsClientsSettings> = Object.freeze({
  dynamodb: {
    // The SDK's own DynamoDB default, pinned: at most 1 + 2 + 4 s of throttling back-off per call. Longer
    // throttling is a capacity problem, not a blip: the message goes back to SQS (its retry converges) rather
    // than hold the invocation. Items DynamoDB leaves unprocessed are retried by the store on top (8 attempts).
    maxAttempts: 4,
    // The SDK's DynamoDB base: its calls take milliseconds, so a transient failure is retried at once.
    transientBaseDelayMs: 25,
    delayScale: 1,
    connectionTimeoutMs: CONNECTION_TIMEOUT_MS,
    // DynamoDB answers in milliseconds; the largest request, a BatchWriteItem of 25 items of up to 350 KB
    // (about 8.5 MB), must upload well within it, and DynamoDB Local (local mode) is far slower than DynamoDB.
    requestTimeoutMs: 5_000,
    socketTimeoutMs: 5_000,
  },
  s3: {
    // One more than the SDK's default of 3: a failed read costs the message a visibility timeout (six
    // function timeouts) and a new read, and S3 answers 503 SlowDown while it scales a prefix. At most
    // 1 + 2 + 4 s of throttling back-off.
    maxAttempts: 4,
    transientBaseDelayMs: 50,
    delayScale: 1,
    connectionTimeoutMs: CONNECTION_TIMEOUT_MS,
    // GetObject sends no body and S3 sends the headers before the body, so this does not grow with the
    // object; S3's first byte usually comes within a few hundred milliseconds.
    requestTimeoutMs: 10_000,
    // A body that stops streaming ends here. The body is read after the SDK returns, outside its retries:
    // the read fails the message and SQS retries it, instead of the function timing out the whole batch.
    socketTimeoutMs: 10_000,
  },
  sqs: {
    // The SDK's default. SendMessage is not idempotent: a retry after a lost answer may send a message
    // twice, which the receiver must treat as a duplicate (the store does).
    maxAttempts: 3,
    transientBaseDelayMs: 50,
    delayScale: 1,
    connectionTimeoutMs: CONNECTION_TIMEOUT_MS,
    requestTimeoutMs: 5_000,
    socketTimeoutMs: 5_000,
  },
});
