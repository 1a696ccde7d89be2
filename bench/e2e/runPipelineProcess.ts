import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BenchCheckError } from '../support/errors';
import type {
  PipelineDoneMessage,
  PipelineProcessCommand,
  PipelineProcessMessage,
  PipelineStartedMessage,
} from './types';

const STOP_GRACE_MS = 60_000;
const PIPELINE_PROCESS = fileURLToPath(new URL('./pipelineProcess.ts', import.meta.url));

/** The running pipeline process. */
export interface PipelineProcess {
  /** Resolves once the servers, resources and function are up (the upload starts right after). */
  started: Promise<PipelineStartedMessage>;
  /** Resolves once every uploaded object is processed. */
  done: Promise<PipelineDoneMessage>;
  /** Stops the pipeline (servers included) and waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * Forks `pipelineProcess.ts` (TypeScript through tsx, like `npm start`) to run local mode on `dataDir` and
 * upload `uploadDirectory`. A separate process, so that its peak memory is the pipeline's alone and its
 * CPU is not shared with the suite's own work. Its stdout and stderr are discarded unless it fails.
 *
 * @example
 * ```ts
 * const pipeline = runPipelineProcess({ uploadDirectory, dataDir, timeoutMs: 1_800_000 });
 * const started = await pipeline.started;
 * const done = await pipeline.done;
 * await pipeline.stop();
 * ```
 */
export function runPipelineProcess(options: {
  uploadDirectory: string;
  dataDir: string;
  timeoutMs: number;
}): PipelineProcess {
  const child: ChildProcess = fork(
    PIPELINE_PROCESS,
    [options.uploadDirectory, options.dataDir, String(options.timeoutMs)],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const waitFor = <T extends PipelineProcessMessage>(type: T['type']) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: PipelineProcessMessage) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        resolve(message as T);
      };
      child.on('message', onMessage);
      void exited.then((code) =>
        reject(new BenchCheckError(`the pipeline process exited (${code}) before '${type}':\n${stderr}`)),
      );
    });
  const started = waitFor<PipelineStartedMessage>('started');
  const done = waitFor<PipelineDoneMessage>('done');
  // Rejections are read by the caller; these keep an unread one from crashing the process.
  started.catch(() => undefined);
  done.catch(() => undefined);
  return {
    started,
    done,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const command: PipelineProcessCommand = { type: 'stop' };
        child.send(command);
      }
      // A stop that hangs must not hang the benchmark: the process and its guarded DynamoDB Local go.
      const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killTimer);
    },
  };
}
