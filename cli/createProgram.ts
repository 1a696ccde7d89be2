import { Command } from 'commander';
import { registerParseCommand } from './commands/parseCommand';
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
    .showHelpAfterError()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .exitOverride();
  registerParseCommand(program, io, setExitCode);
  return { program, exitCode: () => exitCode };
}
