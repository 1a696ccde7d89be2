import type { CloudFormationTemplate, LocalEnvironment } from '../types';
import { resolveIntrinsic } from './resolveIntrinsic';
import type { LocalReference, ReferenceTable } from './types';

/**
 * Gives every resource of the template its local physical name, and what `Ref` and `Fn::GetAtt` return for
 * it. A name the template sets is kept; otherwise `<stack>-<logicalId>` (CloudFormation adds a random
 * suffix; local mode does not, so names stay the same across restarts and the data under .local/ is found
 * again).
 *
 * @example
 * buildReferenceTable(template, environment).resources.IngestQueue.attributes.Arn;
 * // 'arn:aws:sqs:us-east-1:000000000000:ArticlePipelineStack-IngestQueue'
 */
export function buildReferenceTable(
  template: CloudFormationTemplate,
  environment: LocalEnvironment,
): ReferenceTable {
  const { region, accountId, stackName } = environment;
  const pseudoParameters: Record<string, string> = {
    'AWS::Region': region,
    'AWS::AccountId': accountId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': stackName,
    'AWS::StackId': `arn:aws:cloudformation:${region}:${accountId}:stack/${stackName}/local`,
  };
  for (const [name, parameter] of Object.entries(
    (template.Parameters ?? {}) as Record<string, { Default?: unknown }>,
  )) {
    if (parameter.Default !== undefined) pseudoParameters[name] = String(parameter.Default);
  }
  const namesOnly: ReferenceTable = { resources: {}, pseudoParameters };
  const resources: Record<string, LocalReference> = {};
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    const properties = resource.Properties ?? {};
    const given = (property: string) =>
      properties[property] === undefined
        ? undefined
        : String(resolveIntrinsic(properties[property], namesOnly));
    const generated = `${stackName}-${logicalId}`;
    switch (resource.Type) {
      case 'AWS::S3::Bucket': {
        const name = given('BucketName') ?? bucketSafe(generated);
        resources[logicalId] = {
          ref: name,
          attributes: {
            Arn: `arn:aws:s3:::${name}`,
            DomainName: `${name}.s3.amazonaws.com`,
            RegionalDomainName: `${name}.s3.${region}.amazonaws.com`,
          },
        };
        break;
      }
      case 'AWS::SQS::Queue': {
        const name = given('QueueName') ?? generated.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80);
        const url = environment.queueUrl(name);
        resources[logicalId] = {
          ref: url,
          attributes: { Arn: `arn:aws:sqs:${region}:${accountId}:${name}`, QueueName: name, QueueUrl: url },
        };
        break;
      }
      case 'AWS::DynamoDB::Table':
      case 'AWS::DynamoDB::GlobalTable': {
        const name = given('TableName') ?? generated.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 255);
        const arn = `arn:aws:dynamodb:${region}:${accountId}:table/${name}`;
        resources[logicalId] = {
          ref: name,
          attributes: { Arn: arn, StreamArn: `${arn}/stream/local`, TableId: name },
        };
        break;
      }
      case 'AWS::Lambda::Function': {
        const name = given('FunctionName') ?? generated.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
        resources[logicalId] = {
          ref: name,
          attributes: { Arn: `arn:aws:lambda:${region}:${accountId}:function:${name}` },
        };
        break;
      }
      default: {
        // Resources local mode does not create still resolve, so an environment variable naming one (an alarm
        // topic, say) gets a well-formed value.
        const service = resource.Type.split('::')[1]?.toLowerCase() ?? 'custom';
        const arn = `arn:aws:${service}:${region}:${accountId}:${generated}`;
        resources[logicalId] = { ref: arn, attributes: { Arn: arn } };
      }
    }
  }
  return { resources, pseudoParameters };
}

function bucketSafe(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '-')
    .slice(0, 63)
    .replace(/[.-]+$/, '');
}
