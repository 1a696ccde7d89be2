import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { RecordStore } from '../lambda/store/RecordStore';
import type { SourceRecords } from '../lambda/store/types';
import {
  LOCAL_ACCOUNT_ID as ACCOUNT_ID,
  DEFAULT_TIME_SCALE,
  LOCAL_REGION as REGION,
  SOURCE_POLL_MS,
  STOP_GRACE_MS,
} from './constants';
import { MissingPrerequisiteError, ProcessingTimeoutError } from './errors';
import { MonotonicSequencer } from './events/MonotonicSequencer';
import { type KeyOutcome, ProcessingTracker } from './events/ProcessingTracker';
import { ProgressWatch } from './events/ProgressWatch';
import { resolveNotifications } from './events/resolveNotifications';
import { S3EventForwarder } from './events/S3EventForwarder';
import type { DeliveryPlan } from './events/types';
import { startFunctionWorkers } from './lambda/startFunctionWorkers';
import { createEventSourcePollers } from './poller/createEventSourcePollers';
import { createLocalQueues } from './provision/createLocalQueues';
import { createLocalTables } from './provision/createLocalTables';
import { readSourceState } from './records/readSourceState';
import { secondsUntilLeasesExpire } from './records/secondsUntilLeasesExpire';
import { findDynamoDbLocalPid } from './servers/findDynamoDbLocalPid';
import { findFreePort } from './servers/findFreePort';
import { findOnPath } from './servers/findOnPath';
import { guardChildProcess } from './servers/guardChildProcess';
import { startDynamoDbLocal } from './servers/startDynamoDbLocal';
import { S3RVER_CREDENTIALS, startS3Server } from './servers/startS3Server';
import { startSqsServer } from './servers/startSqsServer';
import { claimDataDir } from './state/claimDataDir';
import { LocalStateFile } from './state/LocalStateFile';
import { loadPipelineTemplate } from './template/loadPipelineTemplate';
import type { SynthesizedStack } from './template/synthesizePipelineTemplate';
import { translateTemplate } from './template/translateTemplate';
import type {
  FunctionSource,
  LocalPipelineDefinition,
  LocalState,
  ProcessedObject,
  QueueDepth,
  UploadedObject,
} from './types';
import { collectUploadFiles } from './upload/collectUploadFiles';
import { type ReenqueuedObject, reenqueueUnprocessedObjects } from './upload/reenqueueUnprocessedObjects';
import { uploadFiles } from './upload/uploadFiles';

/** Options of {@link LocalPipeline.start}. */
export interface LocalPipelineOptions {
  /** The repository root: cdk.json, the function sources. */
  projectRoot: string;
  /**
   * Where data persists across restarts: `dynamodb/`, `s3/`, `logs/`, `state.json`.
   * @default `<projectRoot>/.local`
   */
  dataDir?: string;
  /**
   * Start empty: delete the data folder's tables and objects first.
   * @default false
   */
  fresh?: boolean;
  /** @default DEFAULT_TIME_SCALE */
  timeScale?: number;
  /**
   * CDK context on top of cdk.json's (`objectKeySuffix`, …), as `cdk synth -c` takes it.
   * @default {}
   */
  context?: Record<string, string>;
  /**
   * A template to run instead of synthesizing the app's (tests).
   * @default the synthesized `ArticlePipelineStack`
   */
  stack?: SynthesizedStack;
  /**
   * Handler modules by function logical id or construct id, instead of the repository's (tests).
   * @default {}
   */
  functionSources?: Record<string, FunctionSource>;
  /**
   * Delays of the copies of each S3 event message: inject duplicates and reordering.
   * @default one copy, at once
   */
  deliveryPlan?: DeliveryPlan;
  /**
   * Where the functions' logs go.
   * @default `<dataDir>/logs/<function name>.log`
   */
  logSink?: Writable;
  /**
   * Resend events of objects stored without a source record (their messages were lost with the last run's
   * in-memory queue).
   * @default true
   */
  reenqueue?: boolean;
  /**
   * Poll the queues. Off, events wait in the queue (tests of what a restart picks up).
   * @default true
   */
  poll?: boolean;
  /**
   * Endpoints the function connects to instead of the servers' (a benchmark puts a recording proxy in
   * between); called once, before the function starts, with the servers' endpoints.
   * @default the servers' endpoints
   */
  functionEndpoints?: (servers: {
    s3: string;
    dynamodb: string;
  }) => Promise<{ s3: string; dynamodb: string }>;
  /** Told of every key whose latest event was processed or dead-lettered. */
  onOutcome?: (outcome: KeyOutcome) => void;
  /** Told of things a user should know (template properties not translated, failed sends). */
  onWarning?: (message: string) => void;
}

/** The clients local mode's own code uses, for callers that need more than the methods offer. */
export interface LocalClients {
  s3: S3Client;
  sqs: SQSClient;
  dynamodb: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  store: RecordStore;
}

type Cleanup = () => Promise<void> | void;

/**
 * The whole pipeline on this machine: DynamoDB Local, s3rver and fauxqs on 127.0.0.1; the bucket, queues
 * and table created from the CDK app's synthesized template; the ingest function's source running in a
 * worker thread with the template's environment; S3 events delivered as S3 delivers them; the queue
 * consumed as Lambda's event source mapping consumes it. Data persists in the data folder.
 *
 * @example
 * const pipeline = await LocalPipeline.start({ projectRoot: process.cwd() });
 * const uploaded = await pipeline.upload(['seeds']);
 * const processed = await pipeline.waitUntilProcessed(uploaded, 60_000);
 * const records = await pipeline.records(processed);
 * await pipeline.stop();
 */
export class LocalPipeline {
  readonly definition: LocalPipelineDefinition;
  readonly state: LocalState;
  readonly clients: LocalClients;
  /** Events resent at start for objects left unprocessed by an earlier run. */
  readonly reenqueued: ReenqueuedObject[];
  readonly #forwarder: S3EventForwarder;
  readonly #tracker: ProcessingTracker;
  readonly #cleanups: Cleanup[];
  #stopping: Promise<void> | undefined;

  private constructor(parts: {
    definition: LocalPipelineDefinition;
    state: LocalState;
    clients: LocalClients;
    reenqueued: ReenqueuedObject[];
    forwarder: S3EventForwarder;
    tracker: ProcessingTracker;
    cleanups: Cleanup[];
  }) {
    this.definition = parts.definition;
    this.state = parts.state;
    this.clients = parts.clients;
    this.reenqueued = parts.reenqueued;
    this.#forwarder = parts.forwarder;
    this.#tracker = parts.tracker;
    this.#cleanups = parts.cleanups;
  }

  /** Starts the servers, creates the resources, loads the functions, starts polling, writes the state file. */
  static async start(options: LocalPipelineOptions): Promise<LocalPipeline> {
    const dataDir = options.dataDir ?? join(options.projectRoot, '.local');
    const timeScale = options.timeScale ?? DEFAULT_TIME_SCALE;
    const warn = options.onWarning ?? (() => undefined);
    if ((await findOnPath('java')) === undefined) {
      throw new MissingPrerequisiteError(
        'java is not on PATH: DynamoDB Local, the local table server, needs Java 17 or later (a JRE is enough)',
      );
    }
    await mkdir(dataDir, { recursive: true });
    const releaseDataDir = await claimDataDir(dataDir);
    const stateFile = new LocalStateFile(dataDir);
    const cleanups: Cleanup[] = [];
    const starting: Promise<unknown>[] = [];
    // Registers a started server's stop as soon as it is up, so a failure anywhere stops it.
    const track = <T extends { stop(): Promise<void> }>(promise: Promise<T>): Promise<T> => {
      const tracked = promise.then((server) => {
        cleanups.push(() => server.stop());
        return server;
      });
      starting.push(tracked.catch(() => undefined));
      return tracked;
    };
    try {
      await reapStaleRun(stateFile);
      if (options.fresh) {
        await Promise.all(
          ['dynamodb', 's3', 'logs'].map((name) => rm(join(dataDir, name), { recursive: true, force: true })),
        );
      }
      // DynamoDB Local's JVM takes seconds to start: everything that does not need it goes on meanwhile
      // (the template, the other servers, the function's cold start).
      const dynamoPort = await findFreePort();
      const dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
      const dynamoStarting = track(
        startDynamoDbLocal({ dataDirectory: join(dataDir, 'dynamodb'), port: dynamoPort }),
      );
      const [sqsServer, stack] = await Promise.all([
        track(startSqsServer({ region: REGION })),
        options.stack ??
          loadPipelineTemplate({
            projectRoot: options.projectRoot,
            context: options.context ?? {},
            cacheDir: join(dataDir, 'templates'),
          }),
      ]);
      const definition = translateTemplate(stack.template, {
        region: REGION,
        accountId: ACCOUNT_ID,
        stackName: stack.stackName,
        timeScale,
        queueUrl: sqsServer.queueUrl,
      });
      for (const property of definition.untranslated)
        warn(`template: not translated by local mode: ${property}`);
      const table = definition.tables[0];
      if (table === undefined) throw new Error('the template has no DynamoDB table');

      const s3Server = await track(
        startS3Server({
          dataDirectory: join(dataDir, 's3'),
          buckets: definition.buckets.map((bucket) => bucket.bucketName),
        }),
      );
      const credentials = { ...S3RVER_CREDENTIALS };
      const s3 = new S3Client({
        endpoint: s3Server.endpoint,
        region: REGION,
        credentials,
        forcePathStyle: true,
        requestChecksumCalculation: 'WHEN_REQUIRED',
      });
      const sqs = new SQSClient({ endpoint: sqsServer.endpoint, region: REGION, credentials });
      const dynamodb = new DynamoDBClient({ endpoint: dynamoEndpoint, region: REGION, credentials });
      const documents = DynamoDBDocumentClient.from(dynamodb, {
        marshallOptions: { removeUndefinedValues: true },
      });
      cleanups.push(() => {
        s3.destroy();
        sqs.destroy();
        dynamodb.destroy();
      });
      const queueUrls = await createLocalQueues(sqs, definition.queues);

      const logsDir = join(dataDir, 'logs');
      await mkdir(logsDir, { recursive: true });
      const functionEndpoints = (await options.functionEndpoints?.({
        s3: s3Server.endpoint,
        dynamodb: dynamoEndpoint,
      })) ?? { s3: s3Server.endpoint, dynamodb: dynamoEndpoint };
      const workersStarting = startFunctionWorkers({
        functions: definition.functions,
        projectRoot: options.projectRoot,
        accountId: ACCOUNT_ID,
        endpoints: {
          region: REGION,
          s3: functionEndpoints.s3,
          dynamodb: functionEndpoints.dynamodb,
          sqs: sqsServer.endpoint,
          credentials,
        },
        ...(options.functionSources !== undefined && { functionSources: options.functionSources }),
        ...(options.logSink !== undefined && { logSink: options.logSink }),
        logsDir,
        onStarted: (stop) => cleanups.push(stop),
      });
      starting.push(workersStarting.catch(() => undefined));
      const [dynamo, workers] = await Promise.all([dynamoStarting, workersStarting]);
      const childPids = await guardDynamoDbLocal(dynamo.port);
      await createLocalTables(dynamodb, definition.tables);
      const store = new RecordStore({ client: documents, tableName: table.tableName });

      const notifications = resolveNotifications(definition, queueUrls);
      const forwarder = new S3EventForwarder({
        sqs,
        s3,
        region: REGION,
        notifications,
        sequencer: new MonotonicSequencer(),
        ...(options.deliveryPlan !== undefined && { deliveryPlan: options.deliveryPlan }),
        onError: (error) => warn(`could not send an S3 event message: ${String(error)}`),
      });
      cleanups.push(() => forwarder.close());
      cleanups.push(s3Server.onEvent((event) => forwarder.handle(event)));
      await forwarder.sendTestEvents();

      const tracker = new ProcessingTracker();
      if (options.onOutcome) tracker.onOutcome(options.onOutcome);
      const pollers = createEventSourcePollers({
        definition,
        sqs,
        queueUrls,
        workers,
        region: REGION,
        onSettled: (messages) => tracker.settle(messages),
        // A timed-out or crashed invocation leaves its lease on the key: its messages come back once it ends.
        holdAfterInterruption: (messages) =>
          secondsUntilLeasesExpire(
            documents,
            table.tableName,
            messages.map((message) => message.Body ?? ''),
          ),
        onError: (mapping, error) => warn(`event source ${mapping}: ${String(error)}`),
      });
      const polling = options.poll === false ? [] : pollers;
      for (const poller of polling) poller.start();
      // Stopped first (cleanups run in reverse), and quickly: no new receive; invocations in flight get
      // STOP_GRACE_MS to end (their remaining time drops to it), then their environments are killed. Their
      // messages are settled while the servers are still up.
      cleanups.push(async () => {
        const stopped = Promise.all(polling.map((poller) => poller.stop()));
        await Promise.all([...workers.values()].map((worker) => worker.windDown(STOP_GRACE_MS)));
        await Promise.all([...workers.values()].map((worker) => worker.stop()));
        await stopped;
      });

      const notification = notifications[0];
      const bucket = notification?.bucketName ?? definition.buckets[0]?.bucketName;
      if (bucket === undefined) throw new Error('the template has no S3 bucket');
      const reenqueued =
        options.reenqueue === false
          ? []
          : await reenqueueUnprocessedObjects({
              s3,
              documents,
              tableName: table.tableName,
              bucket,
              forwarder,
            });

      const mainQueue = definition.queues.find(
        (queue) => queueUrls.get(queue.logicalId) === notification?.queueUrl,
      );
      const deadLetterQueueUrl =
        mainQueue?.redrive === undefined
          ? undefined
          : queueUrls.get(mainQueue.redrive.deadLetterQueueLogicalId);
      const state: LocalState = {
        pid: process.pid,
        startedAt: new Date().toISOString(),
        region: REGION,
        credentials,
        endpoints: { s3: s3Server.endpoint, dynamodb: dynamo.endpoint, sqs: sqsServer.endpoint },
        bucket,
        table: table.tableName,
        queueUrl: notification?.queueUrl ?? '',
        ...(deadLetterQueueUrl !== undefined && { deadLetterQueueUrl }),
        functionName: definition.functions[0]?.functionName ?? '',
        timeScale,
        keyPrefix: decodeFilterValue(notification?.prefix),
        childPids,
      };
      await stateFile.write(state);
      // Run last, in this order: the state file goes, then the claim on the data folder.
      cleanups.unshift(releaseDataDir, () => stateFile.remove());
      return new LocalPipeline({
        definition,
        state,
        clients: { s3, sqs, dynamodb, documents, store },
        reenqueued,
        forwarder,
        tracker,
        cleanups,
      });
    } catch (error) {
      await Promise.all(starting);
      await runCleanups(cleanups).catch(() => undefined);
      await releaseDataDir();
      throw error;
    }
  }

  /**
   * Uploads files and folders (a folder's files keep their relative paths) under the notification's key
   * prefix, and returns each object with the sequencer of the event it caused (none when no notification
   * matches the key).
   */
  async upload(paths: string[]): Promise<UploadedObject[]> {
    const files = await collectUploadFiles(paths, this.state.keyPrefix);
    const uploaded = await uploadFiles(this.clients.s3, this.state.bucket, files);
    return uploaded.map((object) => {
      const sequencer = this.#forwarder.latestSequencer(this.state.bucket, object.key);
      return { ...object, ...(sequencer !== undefined && { sequencer }) };
    });
  }

  /** The sequencer of the latest event local mode sent for a key of the bucket (after an upload or a delete). */
  latestSequencer(key: string): string | undefined {
    return this.#forwarder.latestSequencer(this.state.bucket, key);
  }

  /**
   * Waits until the latest event of every object was processed (its message deleted, its source no longer
   * `PROCESSING`) or dead-lettered. Rejects with ProcessingTimeoutError after `timeoutMs`.
   */
  async waitUntilProcessed(objects: UploadedObject[], timeoutMs: number): Promise<ProcessedObject[]> {
    const settled = await this.waitUntilSettled(objects, timeoutMs);
    const unfinished = settled.filter((object) => object.delivery === 'unfinished');
    if (unfinished.length > 0) {
      throw new ProcessingTimeoutError(
        unfinished.map((object) => object.key),
        timeoutMs,
      );
    }
    return settled;
  }

  /**
   * Waits until the latest event of every object was processed or dead-lettered, and never rejects for
   * time: what is not done when `timeoutMs` passes **with no progress** comes back `unfinished`. Progress is
   * a message settled or a write in slices storing more documents (its checkpoint), so a big file that
   * takes many invocations is waited for as long as it moves. A deleted message whose source is still
   * `PROCESSING` (an invocation that handed the rest on to a continuation message) is not done yet.
   */
  async waitUntilSettled(objects: UploadedObject[], timeoutMs: number): Promise<ProcessedObject[]> {
    const targetOf = (object: UploadedObject) =>
      object.sequencer === undefined
        ? undefined
        : { bucket: this.state.bucket, key: object.key, sequencer: object.sequencer };
    const watch = new ProgressWatch(timeoutMs);
    let openBefore = objects.length;
    for (;;) {
      const open = objects.filter((object) => {
        const target = targetOf(object);
        return target !== undefined && this.#tracker.outcomeOf(target) === undefined;
      });
      if (open.length === 0) break;
      if (open.length < openBefore) watch.moved();
      openBefore = open.length;
      const targets = open.flatMap((object) => targetOf(object) ?? []);
      const settledAll = await this.#tracker
        .waitFor(targets, Math.min(SOURCE_POLL_MS * 20, watch.leftMs()))
        .then(
          () => true,
          (error: unknown) => {
            if (!(error instanceof ProcessingTimeoutError)) throw error;
            return false;
          },
        );
      if (settledAll) watch.moved();
      else if (await this.#storedMore(open, watch)) watch.moved();
      if (watch.leftMs() <= 0) break;
    }
    const settled = await Promise.all(
      objects.map(async (object): Promise<ProcessedObject> => {
        const target = targetOf(object);
        if (target === undefined) {
          return { ...object, delivery: 'skipped', reason: 'no notification of the bucket matches this key' };
        }
        const outcome = this.#tracker.outcomeOf(target);
        if (outcome === undefined) return { ...object, delivery: 'unfinished' };
        const result: ProcessedObject = {
          ...object,
          delivery: outcome.delivery,
          ...(outcome.reason !== undefined && { reason: outcome.reason }),
        };
        if (outcome.delivery !== 'processed') return result;
        return (await this.#sourceLeftProcessing(object.key, watch))
          ? { ...object, delivery: 'unfinished', reason: 'its source is still PROCESSING' }
          : result;
      }),
    );
    return settled;
  }

  /** Whether any of the keys' writes in slices has stored more documents since the watch last looked. */
  async #storedMore(objects: UploadedObject[], watch: ProgressWatch): Promise<boolean> {
    let moved = false;
    for (const object of objects) {
      const { progressMark } = await readSourceState(
        this.clients.documents,
        this.state.table,
        this.state.bucket,
        object.key,
      );
      if (watch.advanced(object.key, progressMark)) moved = true;
    }
    return moved;
  }

  /**
   * Whether the key's source stays `PROCESSING`, or its write in slices under way (a rewrite or a delete of
   * a committed key keeps its committed status meanwhile), until the watch runs out (looked at every
   * SOURCE_POLL_MS).
   */
  async #sourceLeftProcessing(key: string, watch: ProgressWatch): Promise<boolean> {
    for (;;) {
      const { status, writing, progressMark } = await readSourceState(
        this.clients.documents,
        this.state.table,
        this.state.bucket,
        key,
      );
      if (status !== 'PROCESSING' && writing !== true) return false;
      if (watch.advanced(key, progressMark)) watch.moved();
      if (watch.leftMs() <= 0) return true;
      await new Promise((resolve) => setTimeout(resolve, SOURCE_POLL_MS));
    }
  }

  /** The messages of the bucket's queue: visible, in flight (received, not yet deleted) and delayed. */
  async queueDepth(): Promise<QueueDepth> {
    const { Attributes = {} } = await this.clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: this.state.queueUrl, AttributeNames: ['All'] }),
    );
    return {
      visible: Number(Attributes.ApproximateNumberOfMessages ?? 0),
      inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
      delayed: Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0),
    };
  }

  /**
   * Waits until every event handed to the queue so far (delayed copies included) has been sent and the
   * bucket's queue holds no message, visible, in flight or delayed: everything sent was processed or
   * dead-lettered.
   */
  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await this.#forwarder.flush();
    for (;;) {
      const depth = await this.queueDepth();
      const held = depth.visible + depth.inFlight + depth.delayed;
      if (held === 0) return;
      if (Date.now() > deadline)
        throw new ProcessingTimeoutError([`${held} message(s) in ${this.state.queueUrl}`], timeoutMs);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The stored source and articles of each object (undefined where the key has no record). */
  async records(objects: { key: string }[]): Promise<(SourceRecords | undefined)[]> {
    return Promise.all(
      objects.map((object) => this.clients.store.getSourceRecords(this.state.bucket, object.key)),
    );
  }

  /** Messages in the dead-letter queue of the bucket's queue, visible or not. */
  async deadLetterQueueDepth(): Promise<number> {
    if (this.state.deadLetterQueueUrl === undefined) return 0;
    const { Attributes = {} } = await this.clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: this.state.deadLetterQueueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return (
      Number(Attributes.ApproximateNumberOfMessages ?? 0) +
      Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0)
    );
  }

  /**
   * Stops polling, gives invocations in flight STOP_GRACE_MS to end (then kills their environments), stops
   * every server, and removes the state file.
   */
  stop(): Promise<void> {
    this.#stopping ??= runCleanups(this.#cleanups);
    return this.#stopping;
  }
}

/** Runs cleanups in reverse order of registration; one failing does not stop the others. */
async function runCleanups(cleanups: Cleanup[]): Promise<void> {
  const errors: unknown[] = [];
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    try {
      await cleanup();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
}

/**
 * After a run that was killed (its claim on the data folder is taken over), stops the DynamoDB Local it
 * left behind if the guard has not already, and forgets its state file.
 */
async function reapStaleRun(stateFile: LocalStateFile): Promise<void> {
  const previous = await stateFile.read();
  if (previous === undefined) return;
  for (const pid of previous.childPids) {
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.includes('DynamoDBLocal.jar')) process.kill(pid, 'SIGKILL');
  }
  await stateFile.remove();
}

/** Finds DynamoDB Local's Java process and makes sure it dies with this process, even on SIGKILL. */
async function guardDynamoDbLocal(port: number): Promise<number[]> {
  const pid = await findDynamoDbLocalPid(port);
  if (pid === undefined) return [];
  guardChildProcess(pid);
  return [pid];
}

/** A notification filter value as a key prefix: filters are URL-encoded, keys are not. */
function decodeFilterValue(value: string | undefined): string {
  if (value === undefined) return '';
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return value;
  }
}
