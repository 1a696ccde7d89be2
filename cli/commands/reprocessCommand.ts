import { type Command, InvalidArgumentError } from 'commander';
import { parserVersionKey } from '../../lambda/store/parserVersionKey';
import { createProgressReporter } from '../progress/createProgressReporter';
import { formatDuration } from '../progress/formatDuration';
import { reprocessObjects } from '../reprocess/reprocessObjects';
import { addTargetOptions } from '../target/addTargetOptions';
import { withPipeline } from '../target/withPipeline';
import type { CommandIo, TargetOptions } from '../types';

/** Options of `reprocess`. */
export interface ReprocessCommandOptions extends TargetOptions {
  prefix: string;
  parserOlderThan?: string;
  dryRun?: boolean;
}

/**
 * Re-enqueues the bucket's objects (under `--prefix`; with `--parser-older-than V`, only those whose
 * records an older parser made) as S3 events through the ingest queue, with progress on stderr and a
 * summary on stdout. Returns 1 when some messages could not be sent.
 *
 * @example
 * article-pipeline reprocess --stack ArticlePipeline --parser-older-than 1.2.0
 */
export async function runReprocessCommand(options: ReprocessCommandOptions, io: CommandIo): Promise<number> {
  return withPipeline(options, io, 'reprocess', ['bucket', 'table', 'queueUrl'], async (target, clients) => {
    const region = target.clients.region ?? (await clients.sqs.config.region());
    const progress = createProgressReporter(io.stderr, {
      label: options.dryRun ? 'reprocess (dry run)' : 'reprocess',
      itemName: 'objects',
      totalItems: 0,
    });
    const startedAt = Date.now();
    let summary: Awaited<ReturnType<typeof reprocessObjects>>;
    try {
      summary = await reprocessObjects({
        s3: clients.s3,
        dynamo: clients.dynamo,
        sqs: clients.sqs,
        bucket: target.bucket,
        table: target.table,
        queueUrl: target.queueUrl,
        region,
        prefix: options.prefix,
        parserOlderThan: options.parserOlderThan,
        dryRun: options.dryRun,
        progress,
      });
    } finally {
      progress.stop();
    }
    const skipped = [
      options.parserOlderThan === undefined
        ? undefined
        : `${summary.skippedParser} skipped (parser ${options.parserOlderThan} or newer, or no record)`,
      `${summary.skippedPending} skipped (pending)`,
    ].filter((part) => part !== undefined);
    io.stdout.write(
      `${summary.listed} object${summary.listed === 1 ? '' : 's'} under s3://${target.bucket}/${options.prefix}: ` +
        `${summary.enqueued} ${options.dryRun ? 'would be enqueued' : 'enqueued'}, ${skipped.join(', ')}` +
        `${summary.notSent > 0 ? `, ${summary.notSent} not sent` : ''} in ${formatDuration((Date.now() - startedAt) / 1000)} (${target.description})\n`,
    );
    if (summary.enqueued > 0 && !options.dryRun) {
      io.stdout.write(
        `follow them: article-pipeline status${options.prefix === '' ? '' : ` --prefix ${options.prefix}`} --wait\n`,
      );
    }
    return summary.notSent > 0 ? 1 : 0;
  });
}

function parseParserVersion(value: string): string {
  try {
    parserVersionKey(value);
    return value;
  } catch {
    throw new InvalidArgumentError('expected a semantic version such as 1.2.0');
  }
}

/** Adds `reprocess` to the program. */
export function registerReprocessCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  addTargetOptions(
    program
      .command('reprocess')
      .description(
        "re-enqueue the bucket's objects as S3 events (after a parser upgrade, or to backfill a bucket)",
      )
      .option('--prefix <prefix>', 'only keys that start with this', '')
      .option(
        '--parser-older-than <version>',
        'only keys whose records an older parser made',
        parseParserVersion,
      )
      .option('--dry-run', 'count what would be enqueued, send nothing'),
  ).action(async (options: ReprocessCommandOptions) => {
    setExitCode(await runReprocessCommand(options, io));
  });
}
