import type { AddressInfo } from 'node:net';
import { DeleteQueueCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';

/** Options of {@link startSqsServer}. */
export interface SqsServerOptions {
  /**
   * TCP port on 127.0.0.1.
   * @default 0: a free port
   */
  port?: number;
  /**
   * Region the queues' ARNs and URLs carry.
   * @default 'us-east-1'
   */
  region?: string;
}

/** A running SQS-compatible server (fauxqs, in this process, in memory). */
export interface RunningSqsServer {
  /** `http://127.0.0.1:<port>`: set it as the SQSClient's `endpoint` (queue URLs name another host). */
  endpoint: string;
  port: number;
  /** The URL fauxqs gives a queue of this name (known before the queue exists). */
  queueUrl(queueName: string): string;
  /** Drops every queue (releasing pending long polls) and closes the server. */
  stop(): Promise<void>;
}

/**
 * Starts fauxqs 1.9.2 in this process on 127.0.0.1 (never `startFauxqs()`, which binds every interface).
 * It keeps messages in memory and implements the SQS semantics local mode relies on: visibility timeouts,
 * `ApproximateReceiveCount`, redrive to a dead-letter queue on the receive after `maxReceiveCount`, long
 * polling (test/local/fauxqsSemantics.test.ts checks each).
 *
 * @example
 * const sqs = await startSqsServer();
 * const client = new SQSClient({ endpoint: sqs.endpoint, region: 'us-east-1', credentials });
 * await sqs.stop();
 */
export async function startSqsServer(options: SqsServerOptions = {}): Promise<RunningSqsServer> {
  const region = options.region ?? 'us-east-1';
  const { buildApp } = await import('fauxqs');
  const app = buildApp({ logger: false, defaultRegion: region });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    port,
    queueUrl: (queueName) => `http://sqs.${region}.localhost:${port}/000000000000/${queueName}`,
    async stop() {
      // A long poll in progress holds a timer in fauxqs until its wait ends; deleting the queues ends it now,
      // so the process can exit at once. The queues live in memory and go with the server anyway.
      const client = new SQSClient({
        endpoint,
        region,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 1,
      });
      try {
        const { QueueUrls = [] } = await client.send(new ListQueuesCommand({}));
        await Promise.all(QueueUrls.map((QueueUrl) => client.send(new DeleteQueueCommand({ QueueUrl }))));
      } finally {
        client.destroy();
        await app.close();
      }
    },
  };
}
