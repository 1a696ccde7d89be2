import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Event } from 'aws-lambda';
import { createKeySafeStore } from './createKeySafeStore';
import { migrateS3Folder } from './migrateS3Folder';
import { normalizeCopySource } from './normalizeCopySource';
import { routeAnyObjectKey } from './routeAnyObjectKey';
import { serveListObjectsV2 } from './serveListObjectsV2';

/** Options of {@link startS3Server}. */
export interface S3ServerOptions {
  /**
   * Folder for buckets and objects, created if missing; the data survives a restart.
   * @default undefined: a temporary folder, removed on stop
   */
  dataDirectory?: string;
  /**
   * TCP port to listen on.
   * @default 0: a free port on 127.0.0.1
   */
  port?: number;
  /**
   * Buckets to create before the server answers.
   * @default []
   */
  buckets?: string[];
}

/** A running s3rver. */
export interface RunningS3Server {
  /** `http://127.0.0.1:<port>`: use with `forcePathStyle: true` and credentials `S3RVER`/`S3RVER`. */
  endpoint: string;
  port: number;
  /**
   * Calls `listener` for every object Put, Post, Copy and Delete. s3rver's records differ from AWS's:
   * the key is raw (AWS URL-encodes it) and the sequencer is a millisecond clock.
   * Returns a function that unsubscribes.
   */
  onEvent(listener: (event: S3Event) => void): () => void;
  /** Closes the server; removes its folder unless `dataDirectory` was given. */
  stop(): Promise<void>;
}

/** What this module uses of the untyped `s3rver` package. */
interface S3rverInstance {
  store: unknown;
  context: { store: unknown };
  /** Koa's middleware list, composed when the server starts listening; the router is last. */
  middleware: unknown[];
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  on(event: 'event', listener: (event: S3Event) => void): void;
  removeListener(event: 'event', listener: (event: S3Event) => void): void;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;

/** Access key and secret s3rver accepts. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/**
 * Starts s3rver on 127.0.0.1. Clients need path-style addressing, the credentials in
 * {@link S3RVER_CREDENTIALS}, and `requestChecksumCalculation: 'WHEN_REQUIRED'` for streamed uploads
 * (see docs/store.md). Any key S3 takes works: objects are stored by an encoded name inside the folder
 * ({@link createKeySafeStore}), a key with an empty path segment is routed ({@link routeAnyObjectKey}),
 * a copy's source key is read exactly ({@link normalizeCopySource}), and ListObjectsV2 pages with a token
 * that needs no legacy cipher ({@link serveListObjectsV2}).
 *
 * @example
 * ```ts
 * const s3 = await startS3Server({ buckets: ['incoming'] });
 * const client = new S3Client({ endpoint: s3.endpoint, forcePathStyle: true, region: 'us-east-1',
 *   credentials: S3RVER_CREDENTIALS });
 * // ...
 * await s3.stop();
 * ```
 */
export async function startS3Server(options: S3ServerOptions = {}): Promise<RunningS3Server> {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;
  const persistent = options.dataDirectory !== undefined;
  const directory = options.dataDirectory ?? (await mkdtemp(join(tmpdir(), 's3rver-')));
  await mkdir(directory, { recursive: true });
  await migrateS3Folder(directory);
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    resetOnClose: false,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name })),
  });
  server.store = server.context.store = createKeySafeStore(directory);
  // Between s3rver's own middlewares (its XML encoder among them) and its router, which comes last.
  if ((server.middleware.at(-1) as { name?: string } | undefined)?.name !== 'dispatch') {
    throw new Error('s3rver changed: its router is no longer its last middleware');
  }
  server.middleware.splice(-1, 0, routeAnyObjectKey, normalizeCopySource, serveListObjectsV2);
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    onEvent(listener) {
      server.on('event', listener);
      return () => server.removeListener('event', listener);
    },
    async stop() {
      await server.close();
      if (!persistent) await rm(directory, { recursive: true, force: true });
    },
  };
}
