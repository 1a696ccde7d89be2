import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/**
 * A Lambda context whose deadline is reached after a number of checks, not of milliseconds: it reports
 * 60 s left for the handler's first look (its budget) and its next `checks` looks, then 1 s, well inside
 * the ingest function's stop margin. An invocation then stores `checks` batches and hands the rest on,
 * whatever the machine's speed, so tests shrink the function's timeout without waiting or racing a clock.
 *
 * @example
 * ```ts
 * await harness.handler(event, deadlineContext(2)); // two batches, then a continuation
 * ```
 */
export function deadlineContext(checks: number): Context {
  let looks = 0;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'ingest',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:ingest',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/ingest',
    logStreamName: 'test',
    getRemainingTimeInMillis: () => {
      looks += 1;
      return looks <= checks + 1 ? 60_000 : 1_000;
    },
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
