import { randomUUID } from 'node:crypto';
import {
  Agent,
  createServer,
  request as forward,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as the proxy received it. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: IncomingHttpHeaders;
  /** DynamoDB's operation, from `X-Amz-Target` (`BatchWriteItem`); undefined for S3. */
  operation: string | undefined;
  body: Buffer;
  /** The body as JSON (DynamoDB's requests); undefined when it is not JSON. */
  json: unknown;
}

/** What the proxy does to a request instead of relaying its answer. */
export type Fault =
  /** A DynamoDB error answer: JSON body with `__type`, status 400 unless given. */
  | { kind: 'dynamodb-error'; type: string; status?: number; message?: string }
  /** An S3 error answer: XML body with `Code`, and any extra headers (`x-amz-delete-marker`). */
  | { kind: 's3-error'; status: number; code: string; message?: string; headers?: Record<string, string> }
  /** The connection is reset (RST) with no answer; `afterServer`: once the server has applied the request. */
  | { kind: 'reset'; afterServer?: boolean }
  /** The connection is closed (FIN) with no answer: Node's "socket hang up". */
  | { kind: 'hangup'; afterServer?: boolean }
  /** No answer ever comes (the client's timeout must end it); `afterServer`: the server applied it. */
  | { kind: 'hang'; afterServer?: boolean }
  /** The server's answer starts (status, headers, half the body), then nothing more comes. */
  | { kind: 'stall' }
  /**
   * A BatchWriteItem partly throttled, as DynamoDB answers it: only the first `written` requests reach the
   * server; the rest come back in `UnprocessedItems` of a 200 answer.
   */
  | { kind: 'unprocessed'; written: number }
  /** Not a fault: runs `before` (another writer's work, say), then relays the request as is. */
  | { kind: 'interleave'; before: () => Promise<void> };

/** Faults injected into the requests one predicate selects. */
export interface FaultRule {
  /** Requests the predicate selected: every attempt the SDK made, faulted or not. */
  readonly attempts: number;
  /** Faults not used yet. */
  readonly remaining: number;
}

/** An HTTP proxy in front of a local server that fails chosen requests. */
export interface FaultProxy {
  endpoint: string;
  /**
   * Answers the next requests that `selects` picks with `faults`, one each in order; later ones pass. A rule
   * counts every request it selects. Rules are checked in the order they were added.
   */
  inject(selects: (request: ProxiedRequest) => boolean, faults: readonly Fault[]): FaultRule;
  /** Every request received, in order. */
  readonly requests: readonly ProxiedRequest[];
  /** Drops every rule and the request log. */
  reset(): void;
  stop(): Promise<void>;
}

interface Rule {
  selects: (request: ProxiedRequest) => boolean;
  faults: Fault[];
  attempts: number;
}

/**
 * Starts an HTTP proxy on loopback in front of `target` (DynamoDB Local, s3rver) so that real SDK clients,
 * pointed at `endpoint`, meet faults on the wire and their own retries and back-off handle them. Requests
 * are relayed unchanged (the `Host` header too, so signatures still verify). A server cannot be made to
 * throttle or drop a connection on demand; this can, for exactly the requests a test selects.
 *
 * @example
 * ```ts
 * const proxy = await startFaultProxy(table.endpoint);
 * const rule = proxy.inject((request) => request.operation === 'PutItem', [
 *   { kind: 'dynamodb-error', type: 'ProvisionedThroughputExceededException' },
 * ]);
 * // ... a client with endpoint: proxy.endpoint
 * expect(rule.attempts).toBe(2);
 * ```
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const rules: Rule[] = [];
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = toProxiedRequest(incoming, Buffer.concat(chunks));
      requests.push(request);
      let fault: Fault | undefined;
      for (const rule of rules) {
        if (!rule.selects(request)) continue;
        rule.attempts++;
        fault ??= rule.faults.shift();
      }
      void answer(request, response, fault).catch(() => incoming.socket.destroy());
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function answer(request: ProxiedRequest, response: ServerResponse, injected: Fault | undefined) {
    let fault = injected;
    if (fault?.kind === 'interleave') {
      await fault.before();
      fault = undefined;
    }
    if (fault?.kind === 'dynamodb-error') return dynamoError(response, fault);
    if (fault?.kind === 's3-error') return s3Error(response, fault);
    if (fault?.kind === 'unprocessed') return partlyProcessed(request, response, fault.written);
    const socket = response.socket;
    if (fault !== undefined && fault.kind !== 'stall' && !fault.afterServer) return fail(socket, fault);
    const relayed = await relay(request);
    if (fault === undefined) {
      response.writeHead(relayed.statusCode ?? 502, relayed.rawHeaders);
      relayed.pipe(response);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of relayed) chunks.push(chunk as Buffer);
    if (fault.kind !== 'stall') return fail(socket, fault);
    const body = Buffer.concat(chunks);
    response.writeHead(relayed.statusCode ?? 502, relayed.rawHeaders);
    response.write(body.subarray(0, Math.floor(body.length / 2)));
  }

  async function partlyProcessed(request: ProxiedRequest, response: ServerResponse, written: number) {
    const input = request.json as { RequestItems: Record<string, unknown[]> };
    const [tableName, writes] = Object.entries(input.RequestItems)[0] ?? ['', []];
    let output: { UnprocessedItems?: Record<string, unknown[]> } = {};
    if (written > 0) {
      const body = Buffer.from(
        JSON.stringify({ ...input, RequestItems: { [tableName]: writes.slice(0, written) } }),
      );
      const relayed = await relay({
        ...request,
        body,
        headers: { ...request.headers, 'content-length': String(body.length) },
      });
      const chunks: Buffer[] = [];
      for await (const chunk of relayed) chunks.push(chunk as Buffer);
      if (relayed.statusCode !== 200) {
        response.writeHead(relayed.statusCode ?? 502, relayed.rawHeaders);
        return response.end(Buffer.concat(chunks));
      }
      output = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    const unprocessed = [...(output.UnprocessedItems?.[tableName] ?? []), ...writes.slice(written)];
    const body = JSON.stringify({ ...output, UnprocessedItems: { [tableName]: unprocessed } });
    response.writeHead(200, {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': Buffer.byteLength(body),
      'x-amzn-requestid': randomUUID(),
    });
    response.end(body);
  }

  function relay(request: ProxiedRequest): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const outgoing = forward(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.path,
          headers: request.headers,
          agent,
        },
        resolve,
      );
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    inject(selects, faults) {
      const rule: Rule = { selects, faults: [...faults], attempts: 0 };
      rules.push(rule);
      return {
        get attempts() {
          return rule.attempts;
        },
        get remaining() {
          return rule.faults.length;
        },
      };
    },
    requests,
    reset() {
      rules.length = 0;
      requests.length = 0;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function toProxiedRequest(incoming: IncomingMessage, body: Buffer): ProxiedRequest {
  const target = incoming.headers['x-amz-target'];
  let json: unknown;
  if (typeof target === 'string') {
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      json = undefined;
    }
  }
  return {
    method: incoming.method ?? 'GET',
    path: incoming.url ?? '/',
    headers: incoming.headers,
    operation: typeof target === 'string' ? target.slice(target.indexOf('.') + 1) : undefined,
    body,
    json,
  };
}

/** DynamoDB's error shape: JSON 1.0, `__type` namespaced as the service sends it. */
function dynamoError(response: ServerResponse, fault: Extract<Fault, { kind: 'dynamodb-error' }>): void {
  const namespace =
    fault.type === 'ThrottlingException'
      ? 'com.amazon.coral.availability'
      : 'com.amazonaws.dynamodb.v20120810';
  const body = JSON.stringify({
    __type: `${namespace}#${fault.type}`,
    message: fault.message ?? 'Rate of requests exceeds the allowed throughput.',
  });
  response.writeHead(fault.status ?? 400, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': Buffer.byteLength(body),
    'x-amzn-requestid': randomUUID(),
  });
  response.end(body);
}

/** S3's error shape: an XML `Error` document. */
function s3Error(response: ServerResponse, fault: Extract<Fault, { kind: 's3-error' }>): void {
  const requestId = randomUUID();
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${fault.code}</Code><Message>${fault.message ?? 'Please reduce your request rate.'}</Message>` +
    `<RequestId>${requestId}</RequestId><HostId>fault-proxy</HostId></Error>`;
  response.writeHead(fault.status, {
    ...fault.headers,
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    'x-amz-request-id': requestId,
  });
  response.end(body);
}

function fail(socket: Socket | null, fault: Extract<Fault, { kind: 'reset' | 'hangup' | 'hang' }>): void {
  // A hang leaves the socket open: the client's timeout ends it (stop() closes what is left).
  if (fault.kind === 'reset') socket?.resetAndDestroy();
  if (fault.kind === 'hangup') socket?.destroy();
}
