import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running stub endpoint. */
export interface StubEndpoint {
  /** `http://127.0.0.1:<port>`, for `AWS_ENDPOINT_URL_S3` and `AWS_ENDPOINT_URL_DYNAMODB` alike. */
  endpoint: string;
  /** Requests answered so far. */
  requests(): number;
  stop(): Promise<void>;
}

/**
 * A loopback HTTP server that answers just enough for the ingest handler to finish one event the common
 * way, a new object stored: S3 `GetObject` returns `object` (the seed article, say), every DynamoDB call (a
 * JSON POST with an `X-Amz-Target`) succeeds with `{}` (no earlier source, nothing unprocessed). Answers
 * take microseconds, so a cold-start probe that uses it times the function's own work (loading modules,
 * building clients, signing, reading, parsing, enriching, marshalling), not a server.
 *
 * @example
 * ```ts
 * const stub = await startStubEndpoint();
 * // AWS_ENDPOINT_URL_S3=stub.endpoint AWS_ENDPOINT_URL_DYNAMODB=stub.endpoint node probe.cjs
 * await stub.stop();
 * ```
 */
export async function startStubEndpoint(object: Uint8Array): Promise<StubEndpoint> {
  let answered = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      answered += 1;
      if (request.headers['x-amz-target'] !== undefined) {
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
      } else {
        response
          .writeHead(200, {
            'content-type': 'text/plain',
            'content-length': String(object.byteLength),
            etag: '"0123456789abcdef0123456789abcdef"',
            'last-modified': 'Thu, 26 Nov 2026 08:00:00 GMT',
          })
          .end(object);
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests: () => answered,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
