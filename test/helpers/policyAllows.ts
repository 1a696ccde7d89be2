import type { IamRequest } from './iamRequestsOf';

/** An IAM policy statement with its intrinsic functions resolved. */
export interface PolicyStatement {
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: unknown;
  Sid?: string;
}

/**
 * Whether `statements` allow `request`, by IAM's rules for identity policies: some Allow statement matches
 * the action and the resource (`*` and `?` wildcards; actions case-insensitive) and no Deny statement
 * does. A statement with a condition, `NotAction` or `NotResource` never counts as allowing: the check
 * stays conservative.
 *
 * @example
 * ```ts
 * policyAllows(statements, { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', because: 'read' });
 * ```
 */
export function policyAllows(statements: readonly PolicyStatement[], request: IamRequest): boolean {
  const matches = (statement: PolicyStatement) =>
    list(statement.Action).some((action) => wildcard(action, request.action, 'i')) &&
    list(statement.Resource).some((resource) => wildcard(resource, request.resource, ''));
  if (statements.some((statement) => statement.Effect === 'Deny' && matches(statement))) return false;
  return statements.some(
    (statement) => statement.Effect === 'Allow' && statement.Condition === undefined && matches(statement),
  );
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function wildcard(pattern: string, value: string, flags: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, flags).test(value);
}
