import { resolveIntrinsic } from '../../local/template/resolveIntrinsic';
import { pipelineDefinition } from './pipelineDefinition';

/**
 * The ARNs, as `ingestRoleStatements` resolves them, of the resources the ingest role may be granted on
 * without a handler call: the function's own log group and the queue its event source consumes.
 *
 * @example
 * ```ts
 * const { ownLogGroup, ingestQueue } = await ingestRoleResources();
 * ```
 */
export async function ingestRoleResources(): Promise<{ ownLogGroup: string; ingestQueue: string }> {
  const { template, definition, references } = await pipelineDefinition();
  const ingest = definition.functions.find((candidate) => candidate.environment.TABLE_NAME !== undefined);
  const logGroup = (
    template.Resources?.[ingest?.logicalId ?? '']?.Properties?.LoggingConfig as
      | { LogGroup?: { Ref?: string } }
      | undefined
  )?.LogGroup?.Ref;
  const queueId = definition.eventSourceMappings.find(
    (mapping) => mapping.functionLogicalId === ingest?.logicalId,
  )?.queueLogicalId;
  const queue = definition.queues.find((candidate) => candidate.logicalId === queueId);
  if (logGroup === undefined || queue === undefined) {
    throw new Error('The ingest function has no log group or event source queue in this template');
  }
  return {
    ownLogGroup: String(resolveIntrinsic({ 'Fn::GetAtt': [logGroup, 'Arn'] }, references)),
    ingestQueue: queue.queueArn,
  };
}
