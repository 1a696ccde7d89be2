import { request } from 'node:http';

/** One page load: milliseconds to the first byte of the answer and to its end, and the page. */
export interface PageTiming {
  status: number;
  firstByteMs: number;
  fullMs: number;
  body: string;
}

/**
 * GETs `url` on a fresh connection and times it: to the first byte of the answer (its status line), and
 * to the last byte of the page.
 *
 * @example
 * const { firstByteMs, fullMs } = await timePage('http://127.0.0.1:8080/');
 */
export function timePage(url: string): Promise<PageTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstByteMs = -1;
    const chunks: Buffer[] = [];
    const outgoing = request(url, { agent: false }, (response) => {
      response.once('data', () => {
        if (firstByteMs < 0) firstByteMs = performance.now() - started;
      });
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          firstByteMs: firstByteMs < 0 ? performance.now() - started : firstByteMs,
          fullMs: performance.now() - started,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.once('error', reject);
    });
    outgoing.once('socket', (socket) =>
      socket.once('data', () => {
        if (firstByteMs < 0) firstByteMs = performance.now() - started;
      }),
    );
    outgoing.once('error', reject);
    outgoing.end();
  });
}
