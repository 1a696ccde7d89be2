import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { FunctionSource, LocalFunction } from '../types';
import { buildFunctionEnvironment, type FunctionEndpoints } from './buildFunctionEnvironment';
import { LambdaWorker } from './LambdaWorker';
import { resolveFunctionSource } from './resolveFunctionSource';

/** Options of {@link startFunctionWorkers}. */
export interface StartFunctionWorkersOptions {
  functions: LocalFunction[];
  projectRoot: string;
  accountId: string;
  endpoints: FunctionEndpoints;
  /** Handler modules by logical id or construct id, instead of the repository's. */
  functionSources?: Record<string, FunctionSource>;
  /** One sink for every function's logs; otherwise `<logsDir>/<function name>.log`. */
  logSink?: Writable;
  logsDir: string;
  /** Told of each worker (and log file) as it starts, so a failure elsewhere can stop it. */
  onStarted: (stop: () => Promise<void>) => void;
}

/**
 * Starts an execution environment (a LambdaWorker) for every function local mode runs, in parallel, each
 * with its source from this repository and its whole environment, and resolves with them by logical id.
 *
 * @example
 * const workers = await startFunctionWorkers({ functions, projectRoot, accountId, endpoints, logsDir, onStarted });
 */
export async function startFunctionWorkers(
  options: StartFunctionWorkersOptions,
): Promise<Map<string, LambdaWorker>> {
  const { endpoints } = options;
  const started = await Promise.all(
    options.functions.map(async (fn) => {
      const source = resolveFunctionSource(fn, options.projectRoot, options.functionSources);
      let logSink = options.logSink;
      if (logSink === undefined) {
        const file = createWriteStream(join(options.logsDir, `${fn.functionName}.log`), { flags: 'a' });
        options.onStarted(() => new Promise<void>((resolve) => file.end(resolve)));
        logSink = file;
      }
      const worker = await LambdaWorker.start({
        entry: source.entry,
        exportName: source.exportName,
        functionName: fn.functionName,
        functionArn: `arn:aws:lambda:${endpoints.region}:${options.accountId}:function:${fn.functionName}`,
        memorySizeMb: fn.memorySizeMb,
        timeoutSeconds: fn.timeoutSeconds,
        environment: buildFunctionEnvironment(fn, endpoints),
        logSink,
      });
      options.onStarted(() => worker.stop());
      return [fn.logicalId, worker] as const;
    }),
  );
  return new Map(started);
}
