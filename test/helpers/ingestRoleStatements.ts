import { resolveIntrinsic } from '../../local/template/resolveIntrinsic';
import { pipelineDefinition } from './pipelineDefinition';
import type { PolicyStatement } from './policyAllows';

/**
 * The statements of every policy attached to the ingest function's role in the synthesized template
 * (inline policies of the role and `AWS::IAM::Policy` resources naming it), intrinsic functions resolved
 * to the local names the tests use. Managed policies are left out: they grant logging, not data access.
 *
 * @example
 * ```ts
 * const statements = await ingestRoleStatements();
 * ```
 */
export async function ingestRoleStatements(): Promise<PolicyStatement[]> {
  const { template, definition, references } = await pipelineDefinition();
  const resources = template.Resources ?? {};
  const ingest = definition.functions.find((candidate) => candidate.environment.TABLE_NAME !== undefined);
  const role = (
    resources[ingest?.logicalId ?? '']?.Properties?.Role as { 'Fn::GetAtt'?: [string, string] } | undefined
  )?.['Fn::GetAtt']?.[0];
  if (role === undefined) throw new Error('The ingest function has no role of this template');
  const documents: unknown[] = [];
  for (const policy of (resources[role]?.Properties?.Policies as { PolicyDocument: unknown }[] | undefined) ??
    []) {
    documents.push(policy.PolicyDocument);
  }
  for (const resource of Object.values(resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const roles = (resource.Properties?.Roles as { Ref?: string }[] | undefined) ?? [];
    if (roles.some((entry) => entry.Ref === role)) documents.push(resource.Properties?.PolicyDocument);
  }
  return documents.flatMap(
    (document) => (resolveIntrinsic(document, references) as { Statement: PolicyStatement[] }).Statement,
  );
}
