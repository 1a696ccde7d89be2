import { type CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { UserError } from '../errors';
import type { StackPipelineOutputs } from '../types';

const OUTPUT_NAMES = ['BucketName', 'TableName', 'QueueUrl', 'DeadLetterQueueUrl'] as const;

/**
 * Reads a pipeline's resource names from its stack's CloudFormation outputs (`BucketName`, `TableName`,
 * `QueueUrl`, `DeadLetterQueueUrl`, as `addPipelineOutputs` names them). A stack with a second pipeline
 * names its outputs with a prefix (`ArchiveBucketName`): pass it as `outputPrefix`.
 *
 * @example
 * const outputs = await readStackOutputs(new CloudFormationClient({}), 'ArticlePipeline');
 * outputs.BucketName; // 'articlepipeline-pipelineincomingbucket-1x2y3z'
 */
export async function readStackOutputs(
  client: CloudFormationClient,
  stackName: string,
  outputPrefix = '',
): Promise<StackPipelineOutputs> {
  const answer = await client.send(new DescribeStacksCommand({ StackName: stackName }));
  const stack = answer.Stacks?.[0];
  if (stack === undefined) throw new UserError(`no such stack: ${stackName}`);
  const outputs = new Map<string, string>();
  for (const output of stack.Outputs ?? []) {
    if (output.OutputKey !== undefined && output.OutputValue !== undefined) {
      outputs.set(output.OutputKey, output.OutputValue);
    }
  }
  const found: StackPipelineOutputs = {};
  for (const name of OUTPUT_NAMES) {
    const value = outputs.get(`${outputPrefix}${name}`);
    if (value !== undefined) found[name] = value;
  }
  if (found.BucketName === undefined && found.TableName === undefined) {
    const prefixes = [...outputs.keys()]
      .filter((key) => key.endsWith('BucketName') && key !== 'BucketName')
      .map((key) => key.slice(0, -'BucketName'.length));
    const hint =
      prefixes.length > 0
        ? `; it has pipelines with output prefix ${prefixes.map((prefix) => `"${prefix}"`).join(', ')}: pass --output-prefix`
        : '';
    throw new UserError(
      `stack ${stackName} has no ${outputPrefix}BucketName or ${outputPrefix}TableName output (is it an article-pipeline stack?)${hint}`,
    );
  }
  return found;
}
