import { UserError } from '../errors';
import type { PipelineTarget } from '../types';

type Resource = 'bucket' | 'table' | 'queueUrl' | 'deadLetterQueueUrl';

const OPTION_OF: Record<Resource, string> = {
  bucket: '--bucket',
  table: '--table',
  queueUrl: '--queue',
  deadLetterQueueUrl: '--dlq',
};

const NAME_OF: Record<Resource, string> = {
  bucket: 'bucket',
  table: 'table',
  queueUrl: 'queue',
  deadLetterQueueUrl: 'dead-letter queue',
};

/** A target known to name the resources `K`. */
export type TargetWith<K extends Resource> = PipelineTarget & { [P in K]-?: string };

/**
 * Checks that the target names every resource a command needs, or says which option names it.
 *
 * @example
 * const target = requireResources(await resolveTarget(options, context), ['bucket', 'table'], 'status');
 * target.table; // string
 */
export function requireResources<K extends Resource>(
  target: PipelineTarget,
  resources: readonly K[],
  command: string,
): TargetWith<K> {
  for (const resource of resources) {
    if (target[resource] === undefined || target[resource] === '') {
      throw new UserError(
        `${command} needs the ${NAME_OF[resource]} of the pipeline: pass ${OPTION_OF[resource]} or --stack NAME`,
      );
    }
  }
  return target as TargetWith<K>;
}
