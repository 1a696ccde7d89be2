import { type IResolvable, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The id of cdk-nag's `AwsSolutions-IAM5` finding for a wildcard resource, in the form cdk-nag writes it
 * (`Resource::<LogicalId.Arn>/*` for `Fn::GetAtt`, `<Name>` for `Ref`, `Fn::Join` parts joined), so an
 * acknowledgment names exactly one resource and a new wildcard elsewhere still fails.
 *
 * @example
 * ```ts
 * Validations.of(policy).acknowledge({
 *   id: nagResourceFinding(policy, bucket.arnForObjects('*')), // 'AwsSolutions-IAM5[Resource::<PipelineIncomingBucketF1E2D3C4.Arn>/*]'
 *   reason: 'Objects of the incoming bucket',
 * });
 * ```
 */
export function nagResourceFinding(scope: IConstruct, resource: string | IResolvable): string {
  return `AwsSolutions-IAM5[Resource::${flatten(Stack.of(scope).resolve(resource))}]`;
}

function flatten(node: unknown): string {
  if (typeof node === 'string') return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
  if (isObject(node)) {
    const join = node['Fn::Join'];
    if (Array.isArray(join)) {
      const [delimiter, parts] = join as [string, unknown[]];
      return parts.map(flatten).join(delimiter);
    }
    const getAtt = node['Fn::GetAtt'];
    if (Array.isArray(getAtt)) return `<${flatten(getAtt[0])}.${flatten(getAtt[1])}>`;
    if ('Fn::Sub' in node) return flatten(node['Fn::Sub']);
    if ('Ref' in node) return `<${flatten(node.Ref)}>`;
  }
  return JSON.stringify(node);
}

function isObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null;
}
