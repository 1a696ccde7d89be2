import { AGGREGATES_FUNCTION_DESCRIPTION } from '../../lambda/aggregates/constants';
import type { CloudFormationTemplate } from '../types';
import { functionsLocalModeRuns } from './functionsLocalModeRuns';
import { referencedLogicalId } from './referencedLogicalId';
import { TEMPLATE_COVERAGE } from './templateCoverage';
import type { PropertyCoverage } from './types';

/**
 * Everything in a template that local mode neither translates nor explicitly ignores: unknown resource
 * types, unknown properties (at any depth local mode reads), event source mappings from anything but an SQS
 * queue of the stack (but the browser's aggregates consumer, which local mode runs its own way). Each entry reads `<Type> <LogicalId>: <Property.Path>`. An empty list means local
 * mode reproduces every setting that matters.
 *
 * @example
 * findUntranslatedProperties(template); // ['AWS::SQS::Queue IngestQueue: FifoQueue']
 */
export function findUntranslatedProperties(template: CloudFormationTemplate): string[] {
  const resources = template.Resources ?? {};
  const runFunctions = functionsLocalModeRuns(template);
  const findings: string[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    const where = `${resource.Type} ${logicalId}`;
    const coverage = TEMPLATE_COVERAGE[resource.Type];
    if (coverage === undefined) {
      findings.push(`${where}: resource type not translated`);
      continue;
    }
    if ('ignored' in coverage) continue;
    if (resource.Type === 'AWS::Lambda::Function' && !runFunctions.has(logicalId)) continue;
    if (resource.Type === 'AWS::Lambda::EventSourceMapping') {
      const source = referencedLogicalId(resource.Properties?.EventSourceArn);
      if (source === undefined || resources[source]?.Type !== 'AWS::SQS::Queue') {
        // The browser's aggregates consumer: local mode reproduces it with LocalStreamAggregator.
        if (isAggregatesConsumer(resource.Properties?.FunctionName, resources)) continue;
        findings.push(`${where}: EventSourceArn is not an SQS queue of this stack`);
        continue;
      }
    }
    for (const [name, value] of Object.entries(resource.Properties ?? {})) {
      findings.push(...uncovered(value, coverage.properties[name], `${where}: ${name}`));
    }
  }
  return findings;
}

function isAggregatesConsumer(
  functionName: unknown,
  resources: NonNullable<CloudFormationTemplate['Resources']>,
): boolean {
  const target = referencedLogicalId(functionName);
  return (
    target !== undefined && resources[target]?.Properties?.Description === AGGREGATES_FUNCTION_DESCRIPTION
  );
}

function uncovered(value: unknown, coverage: PropertyCoverage | undefined, path: string): string[] {
  if (coverage === undefined) return [path];
  if ('translated' in coverage || 'ignored' in coverage) return [];
  if (isIntrinsic(value)) return [];
  if ('each' in coverage) {
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, index) => uncovered(item, coverage.each, `${path}[${index}]`));
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, field]) =>
    uncovered(field, coverage.fields[name], `${path}.${name}`),
  );
}

function isIntrinsic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}
