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

const NO_SUCH_KEY =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';

/**
 * A loopback HTTP server that answers just enough for the ingest handler to finish one event about a
 * deleted object: S3 `GetObject` is a 404 `NoSuchKey`; every DynamoDB call (a JSON POST with an
 * `X-Amz-Target`) succeeds with `{}`. Answers take microseconds, so a cold-start probe that uses it times
 * the function's own work (loading modules, building clients, signing, parsing), not a server.
 *
 * @example
 * ```ts
 * const stub = await startStubEndpoint();
 * // AWS_ENDPOINT_URL_S3=stub.endpoint AWS_ENDPOINT_URL_DYNAMODB=stub.endpoint node probe.cjs
 * await stub.stop();
 * ```
 */
export async function startStubEndpoint(): Promise<StubEndpoint> {
  let answered = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      answered += 1;
      if (request.headers['x-amz-target'] !== undefined) {
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
      } else {
        response.writeHead(404, { 'content-type': 'application/xml' }).end(NO_SUCH_KEY);
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
