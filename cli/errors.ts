/**
 * An error the user can cause and fix (a missing file, an unknown stack, no credentials): the CLI prints
 * its message as one line on stderr and exits non-zero, never with a stack trace.
 *
 * @example
 * throw new UserError(`no such file: ${path}`);
 */
export class UserError extends Error {
  public readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}
