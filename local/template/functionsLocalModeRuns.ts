import type { CloudFormationTemplate } from '../types';
import { referencedLogicalId } from './referencedLogicalId';

/**
 * Logical ids of the functions an SQS event source mapping of this template invokes: the functions local
 * mode runs. Other functions (custom-resource providers CDK adds) only act at deploy time.
 *
 * @example
 * functionsLocalModeRuns(template); // Set { 'IngestFunctionA1B2C3' }
 */
export function functionsLocalModeRuns(template: CloudFormationTemplate): Set<string> {
  const resources = template.Resources ?? {};
  const run = new Set<string>();
  for (const resource of Object.values(resources)) {
    if (resource.Type !== 'AWS::Lambda::EventSourceMapping') continue;
    const source = referencedLogicalId(resource.Properties?.EventSourceArn);
    const target = referencedLogicalId(resource.Properties?.FunctionName);
    if (source === undefined || target === undefined) continue;
    if (resources[source]?.Type === 'AWS::SQS::Queue') run.add(target);
  }
  return run;
}
