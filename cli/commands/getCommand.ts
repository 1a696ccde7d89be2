import type { Command } from 'commander';
import { RecordStore } from '../../lambda/store/RecordStore';
import { UserError } from '../errors';
import { formatSourceRecords } from '../records/formatSourceRecords';
import { addTargetOptions } from '../target/addTargetOptions';
import { withPipeline } from '../target/withPipeline';
import type { CommandIo, TargetOptions } from '../types';
import { headRemoteObject } from '../upload/headRemoteObject';

/** Options of `get`. */
export interface GetCommandOptions extends TargetOptions {
  json?: boolean;
}

/**
 * Prints the records of one object key: a readable summary, or with `--json` one JSON line holding the
 * `source` and its `articles` as stored. A key not processed yet says so (exit 1); a key never uploaded is
 * a user error (exit 2).
 *
 * @example
 * article-pipeline get seeds/000_90b2515fab799f03.txt --json | jq '.articles[0].headline'
 */
export async function runGetCommand(key: string, options: GetCommandOptions, io: CommandIo): Promise<number> {
  return withPipeline(options, io, 'get', ['bucket', 'table'], async (target, clients) => {
    const store = new RecordStore({ client: clients.dynamo, tableName: target.table });
    const records = await store.getSourceRecords(target.bucket, key);
    if (records === undefined) {
      const object = await headRemoteObject(clients.s3, target.bucket, key);
      if (object === undefined) {
        throw new UserError(`${key}: never uploaded to s3://${target.bucket} (no object, no record)`);
      }
      throw new UserError(
        `${key}: uploaded, not processed yet (try \`article-pipeline status --wait ${key}\`)`,
        1,
      );
    }
    io.stdout.write(options.json ? `${JSON.stringify(records)}\n` : formatSourceRecords(records));
    return 0;
  });
}

/** Adds `get KEY` to the program. */
export function registerGetCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  addTargetOptions(
    program
      .command('get')
      .description("show an object key's source record and its articles")
      .argument('<key>', 'the object key')
      .option('--json', 'print one JSON line: { source, articles }'),
  ).action(async (key: string, options: GetCommandOptions) => {
    setExitCode(await runGetCommand(key, options, io));
  });
}
