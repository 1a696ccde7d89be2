import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { LocalStateFile } from '../../local/state/LocalStateFile';
import { UserError } from '../errors';
import type { PipelineTarget, TargetOptions } from '../types';
import { readStackOutputs } from './readStackOutputs';

/** Where `npm start` keeps its data and state file unless given `--data-dir`: `.local` in the repository. */
export const DEFAULT_LOCAL_DATA_DIR = fileURLToPath(new URL('../../.local', import.meta.url));

/** Where {@link resolveTarget} looks for things besides the options. */
export interface TargetContext {
  /** Resolves a relative `--data-dir`. */
  cwd: string;
}

/**
 * Decides which pipeline a command works on. `--stack NAME` reads the names from the stack's outputs;
 * `--data-dir DIR` names a running local pipeline; explicit `--bucket/--table/--queue/--dlq` override single
 * names of either, and alone target AWS with the standard credential and region resolution. With none of
 * these, the local pipeline `npm start` runs is the target; without one, a one-line error says what to do.
 *
 * @example
 * const target = await resolveTarget({ stack: 'ArticlePipeline', region: 'eu-west-1' }, { cwd: process.cwd() });
 * target.bucket; // the stack's BucketName output
 */
export async function resolveTarget(options: TargetOptions, context: TargetContext): Promise<PipelineTarget> {
  const clients = { region: options.region, profile: options.profile };
  const explicit = {
    bucket: options.bucket,
    table: options.table,
    queueUrl: options.queue,
    deadLetterQueueUrl: options.dlq,
  };
  if (options.stack !== undefined) {
    const cloudFormation = new CloudFormationClient(clients);
    try {
      const outputs = await readStackOutputs(cloudFormation, options.stack, options.outputPrefix);
      const region = options.region ?? (await cloudFormation.config.region());
      return {
        description: `stack ${options.stack} in ${region}`,
        bucket: explicit.bucket ?? outputs.BucketName,
        table: explicit.table ?? outputs.TableName,
        queueUrl: explicit.queueUrl ?? outputs.QueueUrl,
        deadLetterQueueUrl: explicit.deadLetterQueueUrl ?? outputs.DeadLetterQueueUrl,
        clients: { ...clients, region },
      };
    } finally {
      cloudFormation.destroy();
    }
  }
  if (options.dataDir === undefined && Object.values(explicit).some((value) => value !== undefined)) {
    return { description: 'AWS', ...explicit, clients };
  }
  const dataDir =
    options.dataDir === undefined ? DEFAULT_LOCAL_DATA_DIR : resolve(context.cwd, options.dataDir);
  const state = await new LocalStateFile(dataDir).read();
  if (state === undefined || !LocalStateFile.isAlive(state.pid)) {
    throw new UserError(
      options.dataDir === undefined
        ? 'no pipeline: start one with `npm start`, or pass --stack NAME (or --bucket/--table/--queue for AWS)'
        : `no local pipeline is running with data folder ${dataDir}: start one with \`npm start -- --data-dir ${options.dataDir}\``,
    );
  }
  return {
    description: `local pipeline (pid ${state.pid})`,
    bucket: explicit.bucket ?? state.bucket,
    table: explicit.table ?? state.table,
    queueUrl: explicit.queueUrl ?? state.queueUrl,
    deadLetterQueueUrl: explicit.deadLetterQueueUrl ?? state.deadLetterQueueUrl,
    keyPrefix: state.keyPrefix,
    clients: { region: state.region, local: { endpoints: state.endpoints, credentials: state.credentials } },
  };
}
