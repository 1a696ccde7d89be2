import { CommanderError } from 'commander';
import { createProgram } from '../cli/createProgram';
import { explainError } from '../cli/explainError';
import type { CommandIo } from '../cli/types';

/**
 * Runs the CLI and returns its exit status: 0 when done, 1 when work did not complete (a file not uploaded,
 * keys still pending, a key not processed yet), 2 for an error the user can fix (a missing file, no such
 * stack, no credentials, a stopped local pipeline, a usage error), printed as one line. Anything else is a
 * bug and keeps its stack.
 */
export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  const { program, exitCode } = createProgram(io);
  try {
    await program.parseAsync(argv);
    return exitCode();
  } catch (error) {
    // Commander has printed its message; help and --version exit 0, usage errors join the user errors.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const explained = explainError(error);
    if (explained !== undefined) {
      io.stderr.write(`article-pipeline: ${explained.message}\n`);
      return explained.exitCode;
    }
    throw error;
  }
}
