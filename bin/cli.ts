import { CommanderError } from 'commander';
import { createProgram } from '../cli/createProgram';
import { explainError } from '../cli/explainError';
import type { CommandIo } from '../cli/types';

/**
 * Runs the CLI and returns its exit status. Errors a user can cause (a missing file, no such stack, no
 * credentials, a stopped local pipeline) print one line; anything else is a bug and prints its stack.
 */
export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  const { program, exitCode } = createProgram(io);
  try {
    await program.parseAsync(argv);
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const explained = explainError(error);
    if (explained !== undefined) {
      io.stderr.write(`article-pipeline: ${explained.message}\n`);
      return explained.exitCode;
    }
    throw error;
  }
}
