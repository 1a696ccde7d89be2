import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now, for a server that must be told its port before it starts (and
 * whose clients are configured before it answers).
 *
 * @example
 * const port = await findFreePort();
 */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no free port found');
  return address.port;
}
