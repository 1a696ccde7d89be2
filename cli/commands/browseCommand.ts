import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { startBrowser } from '../browse/startBrowser';
import { parsePositiveInteger } from '../parsePositiveInteger';
import { addTargetOptions } from '../target/addTargetOptions';
import type { CommandIo, TargetOptions } from '../types';
import type { SignalSource } from './localCommand';

/** Options of `browse`. */
export interface BrowseCommandOptions extends TargetOptions {
  port?: number;
  open?: boolean;
  readOnly?: boolean;
}

/**
 * Serves the record browser on 127.0.0.1 for the local pipeline or a deployed stack, prints its address,
 * and runs until SIGINT or SIGTERM.
 *
 * @example
 * article-pipeline browse --stack ArticlePipeline --read-only --open
 */
export async function runBrowseCommand(
  options: BrowseCommandOptions,
  io: CommandIo,
  signals: SignalSource = process,
): Promise<number> {
  const browser = await startBrowser(options, io.workingDirectory ?? process.cwd());
  io.stdout.write(
    `Browse ${browser.description} at ${browser.url}${options.readOnly ? ' (read-only)' : ''}\n`,
  );
  io.stderr.write('Press Ctrl+C to stop.\n');
  if (options.open) openInBrowser(browser.url, io);
  await new Promise<void>((resolve) => {
    const stop = () => {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
      resolve();
    };
    signals.on('SIGINT', stop);
    signals.on('SIGTERM', stop);
  });
  await browser.close();
  return 0;
}

function openInBrowser(url: string, io: CommandIo): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => io.stderr.write(`could not open a browser (${command}): open ${url} yourself\n`));
  child.unref();
}

/** Adds `browse` to the program. */
export function registerBrowseCommand(
  program: Command,
  io: CommandIo,
  setExitCode: (code: number) => void,
): void {
  addTargetOptions(
    program
      .command('browse')
      .description('serve a record browser on 127.0.0.1: overview, sources, articles, search, actions')
      .option('--port <n>', 'port on 127.0.0.1 (default: a free one)', parsePositiveInteger)
      .option('--open', 'open it in the default web browser')
      .option('--read-only', 'no reprocess or redrive buttons'),
  ).action(async (options: BrowseCommandOptions) => {
    setExitCode(await runBrowseCommand(options, io));
  });
}
