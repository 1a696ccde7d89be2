import type { CommandIo, TargetOptions } from '../types';
import { createPipelineClients, type PipelineClients } from './createPipelineClients';
import { requireResources, type TargetWith } from './requireResources';
import { resolveTarget } from './resolveTarget';

type Resource = 'bucket' | 'table' | 'queueUrl' | 'deadLetterQueueUrl';

/**
 * Resolves the target a command named, checks it has what the command needs, runs the command with
 * clients for it, and closes the clients afterwards.
 *
 * @example
 * await withPipeline(options, io, 'status', ['bucket', 'table'], async (target, clients) => { … });
 */
export async function withPipeline<K extends Resource, T>(
  options: TargetOptions,
  io: CommandIo,
  command: string,
  resources: readonly K[],
  run: (target: TargetWith<K>, clients: PipelineClients) => Promise<T>,
): Promise<T> {
  const resolved = await resolveTarget(options, { cwd: io.workingDirectory ?? process.cwd() });
  const target = requireResources(resolved, resources, command);
  const clients = createPipelineClients(target.clients);
  try {
    return await run(target, clients);
  } finally {
    clients.destroy();
  }
}
