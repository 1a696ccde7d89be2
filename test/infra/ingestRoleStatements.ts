import type { Template } from 'aws-cdk-lib/assertions';

/** An IAM policy statement as it appears in a synthesized template. */
export interface TemplateStatement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/**
 * Every statement granted to the ingest function's role in a synthesized template: the statements of each
 * `AWS::IAM::Policy` attached to the role that the function runs as, plus any inline policies. For tests
 * that compare the policy with the AWS calls the handler makes.
 *
 * @example
 * ```ts
 * const statements = ingestRoleStatements(Template.fromStack(stack));
 * ```
 */
export function ingestRoleStatements(template: Template): TemplateStatement[] {
  // biome-ignore lint/suspicious/noExplicitAny: template JSON is untyped by nature.
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: any }>;
  const functions = Object.values(resources).filter(
    (resource) =>
      resource.Type === 'AWS::Lambda::Function' &&
      // MAX_OBJECT_BYTES, not TABLE_NAME alone: the default stack's aggregates consumer names the table too.
      resource.Properties.Environment?.Variables?.TABLE_NAME !== undefined &&
      resource.Properties.Environment?.Variables?.MAX_OBJECT_BYTES !== undefined,
  );
  if (functions.length !== 1) throw new Error(`expected one ingest function, found ${functions.length}`);
  const roleId: string = functions[0]!.Properties.Role['Fn::GetAtt'][0];
  const inline = (resources[roleId]?.Properties.Policies ?? []).flatMap(
    (policy: { PolicyDocument: { Statement: TemplateStatement[] } }) => policy.PolicyDocument.Statement,
  );
  const attached = Object.values(resources)
    .filter(
      (resource) =>
        resource.Type === 'AWS::IAM::Policy' &&
        (resource.Properties.Roles as Array<{ Ref?: string }>).some((role) => role.Ref === roleId),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as TemplateStatement[]);
  return [...inline, ...attached];
}
