import type { Command } from 'commander';
import { UserError } from '../errors';
import { parsePositiveInteger } from '../parsePositiveInteger';
import { createProgressReporter } from '../progress/createProgressReporter';
import { formatBytes } from '../progress/formatBytes';
import { formatDuration } from '../progress/formatDuration';
import { addTargetOptions } from '../target/addTargetOptions';
import { withPipeline } from '../target/withPipeline';
import type { CommandIo, TargetOptions } from '../types';
import { listUploadFiles } from '../upload/listUploadFiles';
import { uploadFiles } from '../upload/uploadFiles';

/** Options of `upload`. */
export interface UploadCommandOptions extends TargetOptions {
  prefix?: string;
  concurrency: number;
  force?: boolean;
}

/**
 * Uploads files and folders to the pipeline's bucket with a progress bar on stderr and a summary on
 * stdout; files whose content the bucket already holds are skipped. Returns 1 when a file could not be
 * uploaded.
 *
 * @example
 * article-pipeline upload --prefix 2021/ exports/
 */
export async function runUploadCommand(
  paths: string[],
  options: UploadCommandOptions,
  io: CommandIo,
): Promise<number> {
  const prefix = toFolderPrefix(options.prefix);
  const { files, hiddenSkipped } = await listUploadFiles(paths, prefix, io.workingDirectory ?? process.cwd());
  if (files.length === 0) throw new UserError(`nothing to upload: no files in ${paths.join(', ')}`);
  return withPipeline(options, io, 'upload', ['bucket'], async (target, clients) => {
    const keyPrefix = target.keyPrefix ?? '';
    const unwatched = files.filter((file) => !file.key.startsWith(keyPrefix)).length;
    if (unwatched > 0) {
      io.stderr.write(
        `warning: ${unwatched} file(s) go outside the pipeline's key prefix "${keyPrefix}" and will not be processed: pass --prefix ${keyPrefix}\n`,
      );
    }
    const progress = createProgressReporter(io.stderr, {
      label: 'upload',
      itemName: 'files',
      totalItems: files.length,
      totalBytes: files.reduce((sum, file) => sum + file.size, 0),
    });
    let summary: Awaited<ReturnType<typeof uploadFiles>>;
    try {
      summary = await uploadFiles({
        s3: clients.s3,
        bucket: target.bucket,
        files,
        cwd: io.workingDirectory ?? process.cwd(),
        progress,
        concurrency: options.concurrency,
        force: options.force,
      });
    } finally {
      progress.stop();
    }
    for (const failure of summary.failed)
      io.stderr.write(`failed: ${failure.path} -> ${failure.key}: ${failure.error}\n`);
    const rate = summary.elapsedMs > 0 ? (summary.bytesUploaded / summary.elapsedMs) * 1000 : 0;
    io.stdout.write(
      `${summary.uploaded} uploaded (${formatBytes(summary.bytesUploaded)}, ${formatBytes(Math.round(rate))}/s), ` +
        `${summary.unchanged} unchanged, ${summary.failed.length} failed` +
        `${hiddenSkipped > 0 ? `, ${hiddenSkipped} hidden skipped` : ''} ` +
        `in ${formatDuration(summary.elapsedMs / 1000)} to s3://${target.bucket}/${prefix} (${target.description})\n`,
    );
    if (summary.uploaded > 0) {
      io.stdout.write(
        `follow them: article-pipeline status${prefix === '' ? '' : ` --prefix ${prefix}`} --wait\n`,
      );
    }
    return summary.failed.length > 0 ? 1 : 0;
  });
}

/** `--prefix 2021` and `--prefix 2021/` both put files under the folder `2021/`. */
function toFolderPrefix(prefix: string | undefined): string {
  if (prefix === undefined || prefix === '') return '';
  const trimmed = prefix.replace(/^\/+/, '');
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** Adds `upload PATH...` to the program. */
export function registerUploadCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  addTargetOptions(
    program
      .command('upload')
      .description('upload files and folders (recursively) to the pipeline; unchanged files are skipped')
      .argument('<paths...>', 'files and folders to upload')
      .option('--prefix <prefix>', 'key prefix (a folder in the bucket) to upload under', '')
      .option('--concurrency <n>', 'files sent at once', parsePositiveInteger, 8)
      .option('--force', 'send every file, even those the bucket already holds'),
  ).action(async (paths: string[], options: UploadCommandOptions) => {
    setExitCode(await runUploadCommand(paths, options, io));
  });
}
