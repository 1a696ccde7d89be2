import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { RecordStore } from '../../lambda/store/RecordStore';
import { UserError } from '../errors';
import { writeRecords } from '../output/writeRecords';
import { parsePositiveInteger } from '../parsePositiveInteger';
import { createProgressReporter } from '../progress/createProgressReporter';
import { type KeyStatusReport, readKeyStatuses } from '../status/readKeyStatuses';
import { statusColumns } from '../status/statusColumns';
import { summarizeStatuses } from '../status/summarizeStatuses';
import { addTargetOptions } from '../target/addTargetOptions';
import { withPipeline } from '../target/withPipeline';
import type { CommandIo, OutputFormat, TargetOptions } from '../types';

/** Options of `status`. */
export interface StatusCommandOptions extends TargetOptions {
  prefix: string;
  wait?: boolean;
  timeout: number;
  interval: number;
  json?: boolean;
  csv?: boolean;
}

/**
 * Prints, for uploaded keys, whether each is parsed (with its article count), rejected or failed (with the
 * reason), deleted, or still pending; with `--wait`, first polls until none is pending. A key that was never
 * uploaded is reported on stderr and makes the exit status 2; a wait that times out makes it 1.
 *
 * @example
 * article-pipeline status --prefix 2021/ --wait
 */
export async function runStatusCommand(
  keys: string[],
  options: StatusCommandOptions,
  io: CommandIo,
): Promise<number> {
  const format: OutputFormat = options.json ? 'json' : options.csv ? 'csv' : 'table';
  return withPipeline(options, io, 'status', ['bucket', 'table'], async (target, clients) => {
    const sources = {
      s3: clients.s3,
      dynamo: clients.dynamo,
      store: new RecordStore({ client: clients.dynamo, tableName: target.table }),
      bucket: target.bucket,
      table: target.table,
    };
    const selection = { keys, prefix: options.prefix };
    let report = await readKeyStatuses(sources, selection);
    let timedOut = false;
    if (options.wait) {
      const total = report.statuses.length;
      const progress = createProgressReporter(io.stderr, {
        label: 'processing',
        itemName: 'keys',
        totalItems: total,
      });
      let done = countSettled(report);
      progress.advance(done);
      const deadline = Date.now() + options.timeout * 1000;
      try {
        while (countSettled(report) < report.statuses.length) {
          if (Date.now() >= deadline) {
            timedOut = true;
            break;
          }
          await sleep(options.interval);
          report = await readKeyStatuses(sources, selection);
          const settled = countSettled(report);
          progress.addToTotal(report.statuses.length - total);
          progress.advance(settled - done);
          done = settled;
        }
      } finally {
        progress.stop();
      }
    }
    if (report.statuses.length === 0 && report.neverUploaded.length === 0) {
      io.stderr.write(`no objects under s3://${target.bucket}/${options.prefix} (${target.description})\n`);
      return 0;
    }
    if (report.statuses.length > 0) {
      writeRecords(io.stdout, report.statuses, { format, columns: statusColumns, toJson: (row) => row });
      io.stderr.write(`${summarizeStatuses(report.statuses)}\n`);
    }
    for (const key of report.neverUploaded) {
      io.stderr.write(
        `article-pipeline: ${key}: never uploaded to s3://${target.bucket} (no object, no record)\n`,
      );
    }
    if (report.neverUploaded.length > 0) return 2;
    if (timedOut) {
      const pending = report.statuses.length - countSettled(report);
      throw new UserError(
        `${pending} key(s) still pending after ${options.timeout} s: is the pipeline running?`,
        1,
      );
    }
    return 0;
  });
}

function countSettled(report: KeyStatusReport): number {
  return report.statuses.filter((status) => status.state !== 'PENDING' && status.state !== 'PROCESSING')
    .length;
}

/** Adds `status [KEY...]` to the program. */
export function registerStatusCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  addTargetOptions(
    program
      .command('status')
      .description('show whether uploaded keys are parsed, rejected, failed, deleted or still pending')
      .argument('[keys...]', 'object keys (default: every key under --prefix)')
      .option('--prefix <prefix>', 'keys that start with this (when no KEY is given)', '')
      .option('--wait', 'wait until no key is pending')
      .option('--timeout <seconds>', 'give up waiting after this long', parsePositiveInteger, 600)
      .addOption(
        new Option('--interval <ms>', 'time between checks while waiting')
          .argParser(parsePositiveInteger)
          .default(1_000)
          .hideHelp(),
      )
      .addOption(new Option('--json', 'print JSON Lines').conflicts('csv'))
      .option('--csv', 'print CSV'),
  ).action(async (keys: string[], options: StatusCommandOptions) => {
    setExitCode(await runStatusCommand(keys, options, io));
  });
}
