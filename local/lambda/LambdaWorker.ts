import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SQSEvent } from 'aws-lambda';
import { HandlerLoadError } from '../errors';
import type { InvocationResult } from '../types';
import type { FromWorker, ToWorker, WorkerData } from './types';

const BOOTSTRAP = new URL('./lambdaWorkerBootstrap.mjs', import.meta.url);

/** Options of {@link LambdaWorker.start}. */
export interface LambdaWorkerOptions {
  /** Absolute path of the handler module (TypeScript is fine). */
  entry: string;
  exportName: string;
  functionName: string;
  functionArn: string;
  memorySizeMb: number;
  /**
   * An invocation that runs longer fails, its execution environment is killed and replaced, and the log
   * gets Lambda's line `<time> <request id> Task timed out after N.NN seconds`.
   */
  timeoutSeconds: number;
  /** The function's whole environment: nothing of this process's leaks in. */
  environment: Record<string, string>;
  /**
   * Where the function's stdout and stderr (its logs) go.
   * @default discarded
   */
  logSink?: Writable;
}

interface PendingInvocation {
  resolve: (result: InvocationResult) => void;
  timer: NodeJS.Timeout;
}

/**
 * A function's execution environment: a worker thread that loads the handler once with exactly the
 * function's environment variables (a fresh module graph, as a cold start has; this process's env is
 * untouched) and runs invocations in it. Invocations overlap in one environment, up to the event source's
 * concurrency. A timeout or a crash fails the invocations in flight and replaces the environment.
 *
 * @example
 * const worker = await LambdaWorker.start({ entry: 'lambda/ingest/handler.ts', exportName: 'handler', … });
 * const result = await worker.invoke(sqsEvent); // { ok: true, response: { batchItemFailures: [] } }
 * await worker.stop();
 */
export class LambdaWorker {
  readonly #options: LambdaWorkerOptions;
  readonly #pending = new Map<number, PendingInvocation>();
  #worker: Promise<Worker>;
  #nextId = 0;
  #stopped = false;

  private constructor(options: LambdaWorkerOptions, first: Promise<Worker>) {
    this.#options = options;
    this.#worker = first;
  }

  /** Starts the environment and resolves once the handler module has loaded; throws HandlerLoadError if it cannot. */
  static async start(options: LambdaWorkerOptions): Promise<LambdaWorker> {
    const first = LambdaWorker.#spawn(options);
    const worker = new LambdaWorker(options, first);
    worker.#watch(await first);
    return worker;
  }

  /** Runs the handler with `event`; never throws: a failure is `{ ok: false, error }`. */
  async invoke(event: SQSEvent): Promise<InvocationResult> {
    if (this.#stopped) return { ok: false, error: 'the function was stopped' };
    let worker: Worker;
    try {
      worker = await this.#worker;
    } catch (error) {
      return { ok: false, error: String(error) };
    }
    const id = this.#nextId++;
    const timeoutMs = this.#options.timeoutSeconds * 1000;
    const requestId = randomUUID();
    return new Promise<InvocationResult>((resolve) => {
      const timer = setTimeout(() => {
        const reason = `Task timed out after ${this.#options.timeoutSeconds.toFixed(2)} seconds`;
        this.#options.logSink?.write(`${new Date().toISOString()} ${requestId} ${reason}\n`);
        this.#replace(worker, reason);
      }, timeoutMs);
      this.#pending.set(id, { resolve, timer });
      const message: ToWorker = { type: 'invoke', id, event, requestId, deadline: Date.now() + timeoutMs };
      worker.postMessage(message);
    });
  }

  /**
   * Local mode is stopping: tells the invocations in flight that their time runs out within `graceMs` (their
   * `getRemainingTimeInMillis()` drops), so a handler that watches it stops at a safe point and hands on,
   * and waits up to `graceMs` for them to end. What is still running then is left to {@link stop}.
   */
  async windDown(graceMs: number): Promise<void> {
    if (this.#pending.size === 0) return;
    const worker = await this.#worker.catch(() => undefined);
    const message: ToWorker = { type: 'wind-down', deadline: Date.now() + graceMs };
    worker?.postMessage(message);
    const until = Date.now() + graceMs;
    while (this.#pending.size > 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Fails what is in flight and ends the worker thread. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#failPending('the function was stopped');
    const worker = await this.#worker.catch(() => undefined);
    await worker?.terminate();
  }

  static #spawn(options: LambdaWorkerOptions): Promise<Worker> {
    const workerData: WorkerData = {
      entryUrl: pathToFileURL(options.entry).href,
      exportName: options.exportName,
      functionName: options.functionName,
      functionArn: options.functionArn,
      memorySizeMb: options.memorySizeMb,
    };
    const worker = new Worker(BOOTSTRAP, {
      workerData,
      env: options.environment,
      stdout: true,
      stderr: true,
    });
    for (const stream of [worker.stdout, worker.stderr]) {
      if (options.logSink) stream.pipe(options.logSink, { end: false });
      else stream.resume();
    }
    return new Promise((resolve, reject) => {
      const onMessage = (message: FromWorker) => {
        if (message.type === 'ready') {
          cleanUp();
          resolve(worker);
        } else if (message.type === 'load-error') {
          cleanUp();
          void worker.terminate();
          reject(new HandlerLoadError(options.entry, message.error));
        }
      };
      const onError = (error: Error) => {
        cleanUp();
        reject(new HandlerLoadError(options.entry, error.stack ?? error.message));
      };
      const onExit = (code: number) => {
        cleanUp();
        reject(new HandlerLoadError(options.entry, `the worker exited with code ${code} while loading`));
      };
      const cleanUp = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  }

  #watch(worker: Worker): void {
    worker.on('message', (message: FromWorker) => {
      if (message.type !== 'result') return;
      const pending = this.#pending.get(message.id);
      if (pending === undefined) return;
      this.#pending.delete(message.id);
      clearTimeout(pending.timer);
      pending.resolve(
        message.ok ? { ok: true, response: message.response } : { ok: false, error: message.error },
      );
    });
    worker.on('error', (error) =>
      this.#replace(worker, `the function crashed: ${error.stack ?? error.message}`),
    );
    worker.on('exit', () => {
      if (!this.#stopped) this.#replace(worker, 'the execution environment exited');
    });
  }

  #replace(worker: Worker, reason: string): void {
    this.#failPending(reason);
    worker.removeAllListeners('exit');
    void worker.terminate();
    if (this.#stopped) return;
    const next = LambdaWorker.#spawn(this.#options);
    this.#worker = next;
    next.then(
      (replacement) => this.#watch(replacement),
      () => undefined,
    );
  }

  #failPending(reason: string): void {
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.resolve({ ok: false, error: reason, interrupted: true });
      this.#pending.delete(id);
    }
  }
}
