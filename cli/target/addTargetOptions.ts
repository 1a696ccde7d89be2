import type { Command } from 'commander';

/**
 * Adds the options that choose a pipeline to a command: `--stack`, `--output-prefix`, `--bucket`,
 * `--table`, `--queue`, `--dlq`, `--region`, `--profile`, `--data-dir`.
 *
 * @example
 * addTargetOptions(program.command('status')).action(async (options) => { … });
 */
export function addTargetOptions(command: Command): Command {
  return command
    .option('--stack <name>', 'a deployed stack: bucket, table and queues from its CloudFormation outputs')
    .option('--output-prefix <prefix>', 'output name prefix of a second pipeline in the stack (e.g. Archive)')
    .option('--bucket <name>', 'the incoming bucket (overrides the stack or local pipeline)')
    .option('--table <name>', 'the record table')
    .option('--queue <url>', 'the ingest queue URL')
    .option('--dlq <url>', 'the dead-letter queue URL')
    .option('--region <region>', 'AWS region (default: AWS_REGION or your profile)')
    .option('--profile <name>', 'AWS profile (default: AWS_PROFILE or the default chain)')
    .option(
      '--data-dir <dir>',
      'data folder of the local pipeline to target (as given to `local --data-dir`)',
    );
}
