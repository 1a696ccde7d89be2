import { CommanderError } from 'commander';
import { createProgram } from '../cli/createProgram';
import { UserError } from '../cli/errors';
import type { CommandIo } from '../cli/types';

/**
 * Runs the CLI and returns its exit status. Errors a user can cause print one line; anything else is a
 * bug and prints its stack.
 */
export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  const { program, exitCode } = createProgram(io);
  try {
    await program.parseAsync(argv);
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof UserError) {
      io.stderr.write(`article-pipeline: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
