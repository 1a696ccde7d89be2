/** Messages between local mode and the worker thread that hosts a function. */
import type { SQSEvent } from 'aws-lambda';

/** What the worker needs to load the function and build its invocation contexts. */
export interface WorkerData {
  /** File URL of the handler module. */
  entryUrl: string;
  exportName: string;
  functionName: string;
  functionArn: string;
  memorySizeMb: number;
}

export type ToWorker =
  | { type: 'invoke'; id: number; event: SQSEvent; requestId: string; deadline: number }
  /** Local mode is stopping: every invocation in flight now ends by `deadline` (epoch ms) at the latest. */
  | { type: 'wind-down'; deadline: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'load-error'; error: string }
  | { type: 'result'; id: number; ok: true; response: unknown }
  | { type: 'result'; id: number; ok: false; error: string };
