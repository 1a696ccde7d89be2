import type { IamRequest } from './iamRequestsOf';
import type { GrantedResource, GrantReason } from './ingestGrantReasons';
import type { PolicyStatement } from './policyAllows';

/** One action on one resource that a policy grants. */
export interface Grant {
  action: string;
  resource: string;
}

/**
 * The converse of `policyAllows`: every action-and-resource pair that `statements` allow and that neither a
 * recorded `request` used nor a `reasons` entry explains (same action, on the resource it names). Empty when
 * the role grants exactly what is used or listed. Deny statements and conditions are ignored: a grant is
 * reported whatever narrows it.
 *
 * @example
 * ```ts
 * unusedGrants(statements, requests, INGEST_GRANT_REASONS, { ownLogGroup: logArn, ingestQueue: queueArn });
 * ```
 */
export function unusedGrants(
  statements: readonly PolicyStatement[],
  requests: readonly IamRequest[],
  reasons: readonly GrantReason[],
  resources: Record<Exclude<GrantedResource, 'anyResource'>, string>,
): Grant[] {
  const grants = statements
    .filter((statement) => statement.Effect === 'Allow')
    .flatMap((statement) =>
      list(statement.Action).flatMap((action) =>
        list(statement.Resource).map((resource) => ({ action, resource })),
      ),
    );
  const reasonFor = (grant: Grant) =>
    reasons.some(
      (reason) =>
        sameAction(reason.action, grant.action) &&
        (reason.on === 'anyResource' ? grant.resource === '*' : grant.resource === resources[reason.on]),
    );
  const used = (grant: Grant) =>
    requests.some(
      (request) => sameAction(grant.action, request.action) && wildcard(grant.resource, request.resource),
    );
  return grants.filter((grant) => !used(grant) && !reasonFor(grant));
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function sameAction(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function wildcard(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
}
