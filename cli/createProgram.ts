import { createRequire } from 'node:module';
import { Command } from 'commander';
import { registerBrowseCommand } from './commands/browseCommand';
import { registerGetCommand } from './commands/getCommand';
import { registerLocalCommand } from './commands/localCommand';
import { registerParseCommand } from './commands/parseCommand';
import { registerQueryCommand } from './commands/queryCommand';
import { registerRedriveCommand } from './commands/redriveCommand';
import { registerReprocessCommand } from './commands/reprocessCommand';
import { registerStatusCommand } from './commands/statusCommand';
import { registerUploadCommand } from './commands/uploadCommand';
import type { CommandIo } from './types';

/** The program's state after a run: the exit status commands set. */
export interface ProgramRun {
  program: Command;
  exitCode: () => number;
}

/**
 * Builds the `article-pipeline` command line with every command registered.
 *
 * @example
 * const { program, exitCode } = createProgram({ stdout: process.stdout, stderr: process.stderr });
 * await program.parseAsync(process.argv);
 * process.exitCode = exitCode();
 */
export function createProgram(io: CommandIo): ProgramRun {
  let exitCode = 0;
  const setExitCode = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command('article-pipeline')
    .description('Turn newspaper article files into structured records, on AWS or on this machine.')
    .version(packageVersion(), '-V, --version')
    // One line of usage error, then one line of hint: the full help would bury the error.
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride();
  registerParseCommand(program, io, setExitCode);
  registerUploadCommand(program, io, setExitCode);
  registerStatusCommand(program, io, setExitCode);
  registerGetCommand(program, io, setExitCode);
  registerQueryCommand(program, io, setExitCode);
  registerReprocessCommand(program, io, setExitCode);
  registerRedriveCommand(program, io, setExitCode);
  registerLocalCommand(program, io, setExitCode);
  registerBrowseCommand(program, io, setExitCode);
  return { program, exitCode: () => exitCode };
}

function packageVersion(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}
