/** Messages between the cost suite and its handler host. */
import type { SQSEvent } from 'aws-lambda';

/** Written to stdout after each invocation's logs: `<marker><id>`. */
export const INVOCATION_END_MARKER = '\u0000invocation-end:';

export type HostCommand =
  | { type: 'invoke'; id: number; event: SQSEvent; timeoutMs: number }
  | { type: 'stop' };

export type HostMessage =
  | { type: 'ready' }
  | {
      type: 'result';
      id: number;
      response?: unknown;
      error?: string;
      wallMs: number;
      /** User and system CPU time of the host process during the invocation. */
      cpuMs: number;
      /** Peak resident memory of the host so far. */
      maxRssMb: number;
    };
