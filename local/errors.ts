/**
 * The template uses something local mode cannot reproduce (an intrinsic function it does not resolve, an
 * event source it does not run): starting anyway would run a pipeline different from the one deployed.
 *
 * @example
 * throw new UntranslatableTemplateError('Fn::ImportValue in Function.Environment.Variables.TABLE_NAME');
 */
export class UntranslatableTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UntranslatableTemplateError';
  }
}

/**
 * Local mode is already running against this data folder: two would share DynamoDB Local's files.
 *
 * @example
 * throw new LocalModeAlreadyRunningError(4242, '/repo/.local');
 */
export class LocalModeAlreadyRunningError extends Error {
  public readonly pid: number;

  constructor(pid: number, dataDir: string) {
    super(
      `local mode is already running for ${dataDir} (pid ${pid}); stop it with Ctrl-C or \`kill ${pid}\``,
    );
    this.name = 'LocalModeAlreadyRunningError';
    this.pid = pid;
  }
}

/**
 * The handler module could not be loaded (a syntax error, a missing export): nothing could be processed.
 *
 * @example
 * throw new HandlerLoadError('lambda/ingest/handler.ts', 'SyntaxError: Unexpected token');
 */
export class HandlerLoadError extends Error {
  constructor(entry: string, cause: string) {
    super(`${entry} failed to load: ${cause}`);
    this.name = 'HandlerLoadError';
  }
}

/**
 * Not every uploaded object was processed in time.
 *
 * @example
 * throw new ProcessingTimeoutError(['a.txt'], 60_000);
 */
export class ProcessingTimeoutError extends Error {
  public readonly pendingKeys: string[];

  constructor(pendingKeys: string[], timeoutMs: number) {
    super(
      `${pendingKeys.length} object(s) not processed within ${Math.round(timeoutMs / 1000)} s: ${pendingKeys.slice(0, 5).join(', ')}`,
    );
    this.name = 'ProcessingTimeoutError';
    this.pendingKeys = pendingKeys;
  }
}

/**
 * Data kept under the data folder no longer fits the template (a table's keys or indexes changed).
 *
 * @example
 * throw new StaleLocalDataError('table ArticlePipeline-Table: its global secondary indexes changed');
 */
export class StaleLocalDataError extends Error {
  constructor(detail: string) {
    super(`${detail} since the local data was created; start with --fresh to recreate it`);
    this.name = 'StaleLocalDataError';
  }
}

/**
 * A path given to upload does not exist or cannot be read.
 *
 * @example
 * throw new UploadPathError('exports/missing.txt', 'no such file or folder');
 */
export class UploadPathError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'UploadPathError';
  }
}

/**
 * Something local mode needs is not installed.
 *
 * @example
 * throw new MissingPrerequisiteError('java is not on PATH: DynamoDB Local needs Java 17 or later');
 */
export class MissingPrerequisiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPrerequisiteError';
  }
}
