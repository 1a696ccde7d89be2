// The worker thread's side of LambdaWorker: load the handler once (the cold start), then run invocations
// with a Lambda-shaped context and report each result or error.
import { randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { Context, SQSEvent } from 'aws-lambda';
import type { FromWorker, ToWorker, WorkerData } from './types';

type Handler = (event: SQSEvent, context: Context) => Promise<unknown>;

const data = workerData as WorkerData;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);
const logStreamName = `${new Date().toISOString().slice(0, 10).replaceAll('-', '/')}/[$LATEST]${randomBytes(16).toString('hex')}`;

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

// Deadlines of the invocations in flight, by id: a wind-down brings them forward.
const deadlines = new Map<number, number>();

function contextFor(requestId: string, id: number): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: data.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: data.functionArn,
    memoryLimitInMB: String(data.memorySizeMb),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${data.functionName}`,
    logStreamName,
    getRemainingTimeInMillis: () => Math.max(0, (deadlines.get(id) ?? 0) - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

let handler: Handler;
try {
  const module = (await import(data.entryUrl)) as Record<string, unknown>;
  const exported = module[data.exportName];
  if (typeof exported !== 'function')
    throw new Error(`the module exports no function named ${data.exportName}`);
  handler = exported as Handler;
  post({ type: 'ready' });
} catch (error) {
  // The host terminates the worker on this message; nothing else is listened to, so it could also just end.
  post({ type: 'load-error', error: describe(error) });
}

port.on('message', async (message: ToWorker) => {
  if (message.type === 'wind-down') {
    for (const [id, deadline] of deadlines) deadlines.set(id, Math.min(deadline, message.deadline));
    return;
  }
  deadlines.set(message.id, message.deadline);
  try {
    const response = await handler(message.event, contextFor(message.requestId, message.id));
    post({ type: 'result', id: message.id, ok: true, response });
  } catch (error) {
    post({ type: 'result', id: message.id, ok: false, error: describe(error) });
  } finally {
    deadlines.delete(message.id);
  }
});
