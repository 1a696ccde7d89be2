/** A resource of the ingest function's role that a grant without a handler call may name. */
export type GrantedResource = 'ownLogGroup' | 'ingestQueue' | 'anyResource';

/** An action the role grants although the handler's code never calls it, and why. */
export interface GrantReason {
  action: string;
  /** The only resource it may be granted on. */
  on: GrantedResource;
  reason: string;
}

const EVENT_SOURCE = 'Lambda event source mapping polls the queue as the function role (not handler code)';

/**
 * Grants of the ingest role that no handler call explains, each with its reason: the ones Lambda itself
 * uses on the function's behalf, and one pending grant (`sqs:SendMessage`, issue 13). Everything else the
 * role grants must be used by a call the handler tests recorded (`unusedGrants`).
 *
 * @example
 * ```ts
 * expect(unusedGrants(statements, requests, INGEST_GRANT_REASONS, resources)).toEqual([]);
 * ```
 */
export const INGEST_GRANT_REASONS: readonly GrantReason[] = [
  { action: 'logs:CreateLogStream', on: 'ownLogGroup', reason: 'the Lambda runtime writes the logs' },
  { action: 'logs:PutLogEvents', on: 'ownLogGroup', reason: 'the Lambda runtime writes the logs' },
  {
    action: 'xray:PutTraceSegments',
    on: 'anyResource',
    reason: 'active tracing; X-Ray has no resource types',
  },
  {
    action: 'xray:PutTelemetryRecords',
    on: 'anyResource',
    reason: 'active tracing; X-Ray has no resource types',
  },
  { action: 'sqs:ReceiveMessage', on: 'ingestQueue', reason: EVENT_SOURCE },
  { action: 'sqs:DeleteMessage', on: 'ingestQueue', reason: EVENT_SOURCE },
  { action: 'sqs:ChangeMessageVisibility', on: 'ingestQueue', reason: EVENT_SOURCE },
  { action: 'sqs:GetQueueAttributes', on: 'ingestQueue', reason: EVENT_SOURCE },
  {
    action: 'sqs:GetQueueUrl',
    on: 'ingestQueue',
    reason: "part of CDK's grantConsumeMessages for the event source",
  },
  {
    action: 'sqs:SendMessage',
    on: 'ingestQueue',
    reason: 'continuation messages of a multi-slice file (issue 13)',
  },
];
