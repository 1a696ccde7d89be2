import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest } from './types';

/** A running recording proxy. */
export interface RecordingProxy {
  /** Give this to the client as its endpoint instead of the server's. */
  endpoint: string;
  /** Requests seen since the last `take()`, and forgets them. */
  take(): RecordedRequest[];
  stop(): Promise<void>;
}

interface ConsumedCapacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
  Table?: { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number };
}

/** DynamoDB operations that read; every other operation with consumed capacity writes. */
const READ_OPERATIONS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);

/**
 * A loopback HTTP proxy in front of a local S3 or DynamoDB server that records every request the
 * function sends: its operation and status, and for DynamoDB the capacity the server says it consumed.
 * It adds `ReturnConsumedCapacity: INDEXES` to each DynamoDB request, so DynamoDB Local (Amazon's own
 * implementation of the capacity rules, item sizes and index writes included) does the accounting;
 * DynamoDB Local does not check request signatures, so the changed body is accepted. S3 requests pass
 * through unchanged (their signature covers the Host header, which is kept).
 *
 * @example
 * ```ts
 * const proxy = await startRecordingProxy('dynamodb', dynamo.endpoint);
 * // AWS_ENDPOINT_URL_DYNAMODB=proxy.endpoint …
 * const requests = proxy.take();
 * ```
 */
export async function startRecordingProxy(
  service: 's3' | 'dynamodb',
  target: string,
): Promise<RecordingProxy> {
  const targetUrl = new URL(target);
  let recorded: RecordedRequest[] = [];
  const server = createServer(async (incoming, outgoing) => {
    try {
      const body = await readBody(incoming);
      const operation = operationOf(service, incoming, body);
      const forwarded = service === 'dynamodb' ? withConsumedCapacity(body) : body;
      const headers = { ...incoming.headers, 'content-length': String(forwarded.length) };
      const response = await forward(targetUrl, incoming, headers, forwarded);
      const responseBody = await readBody(response);
      const entry: RecordedRequest = {
        service,
        operation,
        status: response.statusCode ?? 0,
        writeUnits: 0,
        readUnits: 0,
        putItems: [],
      };
      if (service === 'dynamodb') recordDynamoDb(entry, body, responseBody);
      recorded.push(entry);
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      outgoing.end(responseBody);
    } catch (error) {
      outgoing.writeHead(502).end(String(error));
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    take() {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(
  target: URL,
  incoming: IncomingMessage,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { hostname: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      resolve,
    );
    request.on('error', reject);
    request.end(body);
  });
}

function operationOf(service: 's3' | 'dynamodb', incoming: IncomingMessage, body: Buffer): string {
  if (service === 'dynamodb') {
    const target = String(incoming.headers['x-amz-target'] ?? '');
    return target.slice(target.indexOf('.') + 1) || 'Unknown';
  }
  const path = new URL(incoming.url ?? '/', 'http://local').pathname.split('/').filter(Boolean);
  const onObject = path.length > 1;
  switch (incoming.method) {
    case 'GET':
      return onObject ? 'GetObject' : 'ListObjects';
    case 'HEAD':
      return onObject ? 'HeadObject' : 'HeadBucket';
    case 'PUT':
      return onObject ? 'PutObject' : 'CreateBucket';
    case 'DELETE':
      return 'DeleteObject';
    default:
      return `${incoming.method} ${body.length > 0 ? 'with body' : ''}`.trim();
  }
}

function withConsumedCapacity(body: Buffer): Buffer {
  const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...input, ReturnConsumedCapacity: 'INDEXES' }), 'utf8');
}

function recordDynamoDb(entry: RecordedRequest, requestBody: Buffer, responseBody: Buffer): void {
  const input = JSON.parse(requestBody.toString('utf8') || '{}') as {
    Item?: Record<string, unknown>;
    RequestItems?: Record<string, { PutRequest?: { Item: Record<string, unknown> } }[]>;
  };
  if (input.Item !== undefined) entry.putItems.push(input.Item);
  if (entry.operation === 'BatchWriteItem') {
    for (const requests of Object.values(input.RequestItems ?? {})) {
      for (const request of requests) if (request.PutRequest) entry.putItems.push(request.PutRequest.Item);
    }
  }
  const output = JSON.parse(responseBody.toString('utf8') || '{}') as {
    ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[];
  };
  if (entry.status === 400 && responseBody.includes('ConditionalCheckFailed')) {
    // A failed condition still costs the write: 1 unit at least (DynamoDB reports none for it here).
    entry.writeUnits = 1;
    return;
  }
  const consumed = [output.ConsumedCapacity ?? []].flat();
  const units = consumed.reduce((sum, capacity) => sum + (capacity.CapacityUnits ?? 0), 0);
  if (READ_OPERATIONS.has(entry.operation)) entry.readUnits = units;
  else entry.writeUnits = units;
}
