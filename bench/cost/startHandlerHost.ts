import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { SQSEvent } from 'aws-lambda';
import { BenchCheckError } from '../support/errors';
import { type HostCommand, type HostMessage, INVOCATION_END_MARKER } from './hostProtocol';

const HOST = fileURLToPath(new URL('./handlerHost.ts', import.meta.url));

/** One invocation, measured. */
export interface MeasuredInvocation {
  response: unknown;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  /** Bytes and lines the function logged during the invocation. */
  logBytes: number;
  logLines: number;
}

/** A running handler host. */
export interface HandlerHost {
  /** Runs the handler once; throws if it threw. */
  invoke(event: SQSEvent, timeoutMs: number): Promise<MeasuredInvocation>;
  stop(): Promise<void>;
}

/**
 * Forks `handlerHost.ts` with exactly `environment` (the function's, as local mode builds it) to run the
 * bundle at `bundleFile`, and attributes its stdout to invocations by the marker the host writes after
 * each one.
 *
 * @example
 * ```ts
 * const host = await startHandlerHost(bundle.codeFile, environment);
 * const { wallMs, logBytes } = await host.invoke(sqsEvent, 120_000);
 * await host.stop();
 * ```
 */
export async function startHandlerHost(
  bundleFile: string,
  environment: Record<string, string>,
): Promise<HandlerHost> {
  const child = fork(HOST, [bundleFile], {
    env: environment,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let pendingLog = '';
  const logsById = new Map<number, string>();
  const logWaiters = new Map<number, () => void>();
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    pendingLog += chunk;
    for (;;) {
      const at = pendingLog.indexOf(INVOCATION_END_MARKER);
      if (at < 0) break;
      const end = pendingLog.indexOf('\n', at);
      if (end < 0) break;
      const id = Number(pendingLog.slice(at + INVOCATION_END_MARKER.length, end));
      logsById.set(id, pendingLog.slice(0, at));
      logWaiters.get(id)?.();
      pendingLog = pendingLog.slice(end + 1);
    }
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const exited = once(child, 'exit');
  const messages = new Map<number, (message: Extract<HostMessage, { type: 'result' }>) => void>();
  child.on('message', (message: HostMessage) => {
    if (message.type === 'result') messages.get(message.id)?.(message);
  });
  await Promise.race([
    once(child, 'message'),
    exited.then(() => {
      throw new BenchCheckError(`the handler host exited while loading:\n${stderr}`);
    }),
  ]);
  let nextId = 0;
  return {
    async invoke(event, timeoutMs) {
      const id = nextId++;
      const result = new Promise<Extract<HostMessage, { type: 'result' }>>((resolve) =>
        messages.set(id, resolve),
      );
      const command: HostCommand = { type: 'invoke', id, event, timeoutMs };
      child.send(command);
      const message = await result;
      messages.delete(id);
      if (message.error !== undefined) throw new BenchCheckError(`the handler threw: ${message.error}`);
      // The IPC answer can overtake the stdout pipe: wait for the invocation's marker.
      if (!logsById.has(id)) await new Promise<void>((resolve) => logWaiters.set(id, resolve));
      logWaiters.delete(id);
      const log = logsById.get(id) ?? '';
      logsById.delete(id);
      const lines = log.split('\n').filter((line) => line.trim() !== '');
      return {
        response: message.response,
        wallMs: message.wallMs,
        cpuMs: message.cpuMs,
        maxRssMb: message.maxRssMb,
        logBytes: lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8'), 0),
        logLines: lines.length,
      };
    },
    async stop() {
      if (child.exitCode === null) child.send({ type: 'stop' } satisfies HostCommand);
      await exited;
    },
  };
}
