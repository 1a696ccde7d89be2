import type { Command } from 'commander';
import { parsePositiveInteger } from '../parsePositiveInteger';
import { redriveMessages } from '../redrive/redriveMessages';
import { addTargetOptions } from '../target/addTargetOptions';
import { withPipeline } from '../target/withPipeline';
import type { CommandIo, TargetOptions } from '../types';

/** Options of `redrive`. */
export interface RedriveCommandOptions extends TargetOptions {
  max?: number;
}

/**
 * Moves dead-lettered messages back to the ingest queue and prints how many moved. Returns 1 when the
 * queue refused some (they stay in the dead-letter queue).
 *
 * @example
 * article-pipeline redrive --stack ArticlePipeline
 */
export async function runRedriveCommand(options: RedriveCommandOptions, io: CommandIo): Promise<number> {
  return withPipeline(options, io, 'redrive', ['queueUrl', 'deadLetterQueueUrl'], async (target, clients) => {
    const result = await redriveMessages({
      sqs: clients.sqs,
      deadLetterQueueUrl: target.deadLetterQueueUrl,
      queueUrl: target.queueUrl,
      maxMessages: options.max,
      onProgress: (moved) => io.stderr.write(`redrive: ${moved} moved\n`),
    });
    io.stdout.write(
      `${result.moved} message${result.moved === 1 ? '' : 's'} moved from the dead-letter queue to the queue` +
        `${result.failed > 0 ? `, ${result.failed} refused (still in the dead-letter queue)` : ''} (${target.description})\n`,
    );
    return result.failed > 0 ? 1 : 0;
  });
}

/** Adds `redrive` to the program. */
export function registerRedriveCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  addTargetOptions(
    program
      .command('redrive')
      .description('move dead-lettered messages back to the ingest queue (after fixing what made them fail)')
      .option('--max <n>', 'move at most this many messages', parsePositiveInteger),
  ).action(async (options: RedriveCommandOptions) => {
    setExitCode(await runRedriveCommand(options, io));
  });
}
