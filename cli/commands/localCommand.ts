import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, InvalidArgumentError } from 'commander';
import type { SourceRecords } from '../../lambda/store/types';
import { DEFAULT_TIME_SCALE } from '../../local/constants';
import {
  HandlerLoadError,
  LocalModeAlreadyRunningError,
  MissingPrerequisiteError,
  ProcessingTimeoutError,
  StaleLocalDataError,
  UntranslatableTemplateError,
  UploadPathError,
} from '../../local/errors';
import type { KeyOutcome } from '../../local/events/ProcessingTracker';
import type { LocalPipeline } from '../../local/LocalPipeline';
import { exitStatusOf } from '../../local/report/exitStatusOf';
import { type ColumnWidths, formatLandedTable } from '../../local/report/formatLandedTable';
import { landedRows } from '../../local/report/landedRows';
import { summarizeOutcomes } from '../../local/report/summarizeOutcomes';
import type { ProcessedObject, UploadedObject } from '../../local/types';
import { UserError } from '../errors';
import type { CommandIo } from '../types';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** How long `local` waits for the uploads (and, with --once, the work a last run left) by default. */
const DEFAULT_TIMEOUT_SECONDS = 120;
/** Keys listed at most in a message; the rest are counted. */
const MAX_LISTED = 5;

/** Options of the `local` command. */
export interface LocalCommandOptions {
  once?: boolean;
  json?: boolean;
  fresh?: boolean;
  dataDir?: string;
  timeScale?: number;
  /** Seconds `--once` waits for processing. */
  timeout?: number;
  chaos?: boolean;
  logs?: boolean;
  context?: Record<string, string>;
}

/** Signals the command stops on; injected by tests. */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/**
 * Runs the pipeline on this machine: starts the local servers, creates the resources from the synthesized
 * template, uploads `paths` (default `seeds/`), waits until each object is processed and prints what landed
 * (a table, or the stored articles as JSON Lines with `--json`). With `--once` it then stops and exits;
 * otherwise it keeps processing new uploads until SIGINT or SIGTERM. Returns 1 when an object ended
 * `FAILED` or in the dead-letter queue.
 *
 * @example
 * npm start -- --once --json seeds/ | jq .headline
 */
export async function runLocalCommand(
  paths: string[],
  options: LocalCommandOptions,
  io: CommandIo,
  signals: SignalSource = process,
): Promise<number> {
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const timeoutMs = (options.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const interruption = watchSignals(
    signals,
    // Said at once, whatever is under way; the clean stop follows.
    () => io.stderr.write('Stopping…\n'),
    () => {
      io.stderr.write('article-pipeline: interrupted again, stopping now\n');
      process.exit(130);
    },
  );
  // Outcomes of keys the table does not wait for (events resent at start, uploads while watching).
  const early: KeyOutcome[] = [];
  let liveOutcome: (outcome: KeyOutcome) => void = (outcome) => early.push(outcome);
  io.stderr.write('Starting DynamoDB Local, s3rver and fauxqs on 127.0.0.1…\n');
  // Loaded on use: local mode pulls in aws-cdk-lib and the servers, which the other commands do not need.
  const { LocalPipeline } = await import('../../local/LocalPipeline');
  const starting = LocalPipeline.start({
    projectRoot: PROJECT_ROOT,
    dataDir: resolve(options.dataDir ?? '.local'),
    fresh: options.fresh ?? false,
    timeScale: options.timeScale ?? DEFAULT_TIME_SCALE,
    context: options.context ?? {},
    ...(options.chaos && { deliveryPlan: chaosPlan }),
    ...(options.logs && { logSink: io.stderr }),
    onOutcome: (outcome) => liveOutcome(outcome),
    onWarning: (message) => io.stderr.write(`warning: ${message}\n`),
  });
  let pipeline: LocalPipeline;
  try {
    const first = await Promise.race([starting, interruption.signalled]);
    if (first === 'interrupted') {
      await starting.then((late) => late.stop()).catch(() => undefined);
      interruption.dispose();
      return 130;
    }
    pipeline = first;
  } catch (error) {
    interruption.dispose();
    throw asUserError(error);
  }
  const stopOnSignal = interruption.signalled;
  // What the watching run starts beside the pipeline (the record browser, the stream aggregator).
  const extras: Array<() => Promise<void>> = [];
  const stop = async (code: number) => {
    for (const close of extras.splice(0).reverse()) await close().catch(() => undefined);
    await pipeline.stop();
    io.stderr.write('Stopped: every server is down; data kept for the next start.\n');
    return code;
  };

  try {
    describeReady(pipeline, io, seconds());
    const pending: UploadedObject[] = pipeline.reenqueued.map((object) => ({
      file: '',
      key: object.key,
      size: 0,
      sequencer: object.sequencer,
    }));
    describeUnfinishedAtStart(pipeline, io);
    const uploaded = await pipeline.upload(paths.length > 0 ? paths : [join(PROJECT_ROOT, 'seeds')]);
    io.stderr.write(
      `Uploaded ${uploaded.length} file(s) to s3://${pipeline.state.bucket}/${pipeline.state.keyPrefix}\n`,
    );
    // --once waits for the work the last run left too; a watching run does not (its rows print as it lands).
    const resent = pending.filter((object) => !uploaded.some((u) => u.key === object.key));
    const awaited = options.once ? [...resent, ...uploaded] : uploaded;
    const settling = pipeline.waitUntilSettled(awaited, timeoutMs);
    const processed = await Promise.race([settling, stopOnSignal]);
    if (processed === 'interrupted') {
      settling.catch(() => undefined);
      return await stop(options.once ? 130 : 0);
    }
    const unfinished = processed.filter((object) => object.delivery === 'unfinished');
    // Duplicates of an event (S3 delivers at least once) may still be in flight: let them finish first,
    // unless something is left unfinished or resent work is still going on (that would only block).
    if (unfinished.length === 0 && (options.once || resent.length === 0)) {
      const drained = await Promise.race([
        pipeline
          .drain(timeoutMs)
          .catch((error: unknown) => io.stderr.write(`warning: ${(error as Error).message}\n`)),
        stopOnSignal,
      ]);
      if (drained === 'interrupted') return await stop(options.once ? 130 : 0);
    }
    const records = await pipeline.records(processed);
    const width = columnsOf(io);
    const widths = print(processed, records, options, io, width);
    const exitCode = exitStatusOf(processed, records);
    io.stderr.write(
      `${summarizeOutcomes(processed, records, await pipeline.deadLetterQueueDepth())} (${seconds()})\n`,
    );
    if (unfinished.length > 0) await describeTimedOut(pipeline, unfinished, options, io);
    if (options.once) {
      await pipeline.stop();
      return exitCode;
    }
    describeWatching(pipeline, io);
    // The record browser, next to the pipeline (`article-pipeline browse` on the same data folder).
    // Local mode runs no stream consumer: this applies the browser's aggregates from DynamoDB Local's stream.
    const { LocalStreamAggregator } = await import('../../local/streams/LocalStreamAggregator');
    const aggregator = await LocalStreamAggregator.start({
      dynamodb: pipeline.clients.dynamodb,
      endpoint: pipeline.state.endpoints.dynamodb,
      region: pipeline.state.region,
      credentials: pipeline.state.credentials,
      tableName: pipeline.state.table,
    });
    const { startBrowser } = await import('../browse/startBrowser');
    const browser = await startBrowser(
      { dataDir: resolve(options.dataDir ?? '.local'), port: 0 },
      process.cwd(),
    );
    extras.push(
      () => aggregator.stop(),
      () => browser.close(),
    );
    // A Ctrl-C while they started has already said Stopping…: no link to a browser about to close.
    if (!interruption.isSignalled()) io.stderr.write(`Browse the records: ${browser.url}\n`);
    // What landed since, for keys the table did not show settled, then everything from now on.
    const shown = new Set(processed.filter((o) => o.delivery !== 'unfinished').map((o) => o.key));
    liveOutcome = (outcome) => {
      void printLive(pipeline, outcome, options, io, width, widths);
    };
    for (const outcome of early.splice(0)) if (!shown.has(outcome.key)) liveOutcome(outcome);
    await stopOnSignal;
    liveOutcome = () => undefined;
    return await stop(0);
  } catch (error) {
    await pipeline.stop().catch(() => undefined);
    throw asUserError(error);
  } finally {
    interruption.dispose();
  }
}

/**
 * Calls `first` and resolves `signalled` on the first SIGINT or SIGTERM (a clean stop follows); a second one calls `force`,
 * for a user who does not want to wait for the clean stop. `isSignalled()` tells synchronously whether the first came.
 */
function watchSignals(
  signals: SignalSource,
  first: () => void,
  force: () => void,
): { signalled: Promise<'interrupted'>; isSignalled: () => boolean; dispose: () => void } {
  let signalledOnce = false;
  let resolve: (value: 'interrupted') => void = () => undefined;
  const signalled = new Promise<'interrupted'>((settle) => {
    resolve = settle;
  });
  const listener = () => {
    if (signalledOnce) {
      force();
      return;
    }
    signalledOnce = true;
    first();
    resolve('interrupted');
  };
  signals.on('SIGINT', listener);
  signals.on('SIGTERM', listener);
  return {
    signalled,
    isSignalled: () => signalledOnce,
    dispose: () => {
      signals.off('SIGINT', listener);
      signals.off('SIGTERM', listener);
    },
  };
}

/** Adds `local [paths...]` to the program. */
export function registerLocalCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('local')
    .description(
      'run the whole pipeline on this machine (local S3, SQS and DynamoDB servers), upload files and print what landed',
    )
    .argument('[paths...]', 'files and folders to upload (default: seeds/)')
    .option(
      '--once',
      'exit once the uploads are processed (exit status 1 if any FAILED or was dead-lettered)',
    )
    .option('--json', 'print the stored article records as JSON Lines instead of a table')
    .option('--fresh', 'start with empty tables and bucket')
    .option('--data-dir <dir>', 'where data persists across runs (default: ./.local/)')
    .option(
      '--time-scale <factor>',
      `divide queue waits by this factor (default: ${DEFAULT_TIME_SCALE})`,
      positiveNumber,
    )
    .option(
      '--timeout <seconds>',
      `how long to wait for the uploads (and, with --once, what the last run left) to be processed; then report what is unfinished and go on, or exit 1 with --once (default: ${DEFAULT_TIMEOUT_SECONDS})`,
      positiveNumber,
    )
    .option('--chaos', 'deliver S3 events at least once, out of order: duplicates and delays, as S3 may')
    .option('--logs', "echo the function's logs to stderr (always in <data-dir>/logs/)")
    .option(
      '-c, --context <key=value>',
      'CDK context, as `cdk synth -c` (e.g. objectKeySuffix=.txt)',
      collectContext,
      {},
    )
    .action(async (paths: string[], options: LocalCommandOptions) => {
      setExitCode(await runLocalCommand(paths, options, io));
    });
}

// --chaos: a third of the events delivered twice, every copy delayed up to 1.5 s, so later events of a key
// can overtake earlier ones.
function chaosPlan(): number[] {
  const delay = () => Math.floor(Math.random() * 1500);
  return Math.random() < 1 / 3 ? [delay(), delay()] : [delay()];
}

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number');
  return number;
}

function collectContext(value: string, previous: Record<string, string>): Record<string, string> {
  const separator = value.indexOf('=');
  if (separator <= 0) throw new InvalidArgumentError('expected key=value');
  return { ...previous, [value.slice(0, separator)]: value.slice(separator + 1) };
}

function asUserError(error: unknown): unknown {
  if (
    error instanceof LocalModeAlreadyRunningError ||
    error instanceof StaleLocalDataError ||
    error instanceof UploadPathError ||
    error instanceof UntranslatableTemplateError ||
    error instanceof HandlerLoadError ||
    error instanceof MissingPrerequisiteError
  ) {
    return new UserError(error.message);
  }
  if (error instanceof ProcessingTimeoutError) return new UserError(error.message, 1);
  return error;
}

function columnsOf(io: CommandIo): number {
  const columns = (io.stdout as { columns?: number }).columns;
  return columns !== undefined && columns > 40 ? columns : 160;
}

function describeReady(pipeline: LocalPipeline, io: CommandIo, elapsed: string): void {
  const { state, definition } = pipeline;
  const queue = definition.queues.find((candidate) =>
    candidate.queueArn.endsWith(`:${state.queueUrl.split('/').at(-1)}`),
  );
  const visibility =
    queue === undefined
      ? ''
      : `, visibility timeout ${queue.templateVisibilityTimeoutSeconds} s → ${queue.attributes.VisibilityTimeout} s`;
  io.stderr.write(
    [
      `Ready in ${elapsed}: bucket ${state.bucket}, table ${state.table}, function ${state.functionName}`,
      `  S3 ${state.endpoints.s3}  SQS ${state.endpoints.sqs}  DynamoDB ${state.endpoints.dynamodb}`,
      `  time runs ${state.timeScale}× faster than in AWS${visibility}`,
      '',
    ].join('\n'),
  );
}

/** Says what the last run left unfinished and what happens to it now. */
function describeUnfinishedAtStart(pipeline: LocalPipeline, io: CommandIo): void {
  const left = pipeline.reenqueued;
  if (left.length === 0) return;
  const now = Date.now();
  const lines = left.slice(0, MAX_LISTED).map((object) => {
    if (object.status === undefined) return `  ${object.key}: no record yet; its event is sent again`;
    if (object.leaseExpiresAt === undefined)
      return `  ${object.key}: PROCESSING, interrupted; its event is sent again`;
    const wait = Math.max(0, Math.ceil((object.leaseExpiresAt - now) / 1000));
    return `  ${object.key}: PROCESSING, interrupted; the lease its writer left ends in ${wait} s, its event is sent then`;
  });
  if (left.length > MAX_LISTED) lines.push(`  … and ${left.length - MAX_LISTED} more`);
  io.stderr.write(`The last run left ${left.length} object(s) unfinished:\n${lines.join('\n')}\n`);
}

/** Says what was not done when --timeout ran out, and what becomes of it. */
async function describeTimedOut(
  pipeline: LocalPipeline,
  unfinished: ProcessedObject[],
  options: LocalCommandOptions,
  io: CommandIo,
): Promise<void> {
  const depth = await pipeline.queueDepth().catch(() => undefined);
  const queue =
    depth === undefined
      ? ''
      : `; the queue holds ${depth.visible} message(s) waiting, ${depth.inFlight} in flight, ${depth.delayed} delayed`;
  const keys = unfinished.slice(0, MAX_LISTED).map((object) => object.key);
  if (unfinished.length > MAX_LISTED) keys.push(`… and ${unfinished.length - MAX_LISTED} more`);
  const then = options.once
    ? 'they go on at the next start; a longer --timeout waits for them'
    : 'processing goes on, and their rows print when they land';
  io.stderr.write(
    `--timeout ran out after ${options.timeout ?? DEFAULT_TIMEOUT_SECONDS} s with ${unfinished.length} object(s) unfinished (${keys.join(', ')})${queue}: ${then}.\n`,
  );
}

function describeWatching(pipeline: LocalPipeline, io: CommandIo): void {
  const { state } = pipeline;
  io.stderr.write(
    [
      '',
      `Watching s3://${state.bucket}/${state.keyPrefix} for new uploads; Ctrl-C stops every server. For example:`,
      `  AWS_ACCESS_KEY_ID=${state.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${state.credentials.secretAccessKey} \\`,
      `    aws --endpoint-url ${state.endpoints.s3} s3 cp FILE s3://${state.bucket}/${state.keyPrefix}`,
      '',
    ].join('\n'),
  );
}

function print(
  processed: ProcessedObject[],
  records: (SourceRecords | undefined)[],
  options: LocalCommandOptions,
  io: CommandIo,
  width: number,
  widths?: ColumnWidths,
): ColumnWidths | undefined {
  if (options.json) {
    for (const found of records) {
      for (const article of found?.articles ?? []) io.stdout.write(`${JSON.stringify(article)}\n`);
    }
    return widths;
  }
  const table = formatLandedTable(landedRows(processed, records), width, widths);
  io.stdout.write(table.text);
  return table.widths;
}

async function printLive(
  pipeline: LocalPipeline,
  outcome: KeyOutcome,
  options: LocalCommandOptions,
  io: CommandIo,
  width: number,
  widths: ColumnWidths | undefined,
): Promise<void> {
  const object: ProcessedObject = {
    file: '',
    key: outcome.key,
    size: 0,
    sequencer: outcome.sequencer,
    delivery: outcome.delivery,
    ...(outcome.reason !== undefined && { reason: outcome.reason }),
  };
  const records = await pipeline.records([object]).catch(() => [undefined]);
  print([object], records, options, io, width, widths);
}
