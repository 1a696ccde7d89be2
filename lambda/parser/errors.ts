import type { KnownRejectionCode, Rejection } from './types';

/**
 * Raised inside the parser's stages when a file gives no article; `parseFile` catches it and returns
 * its {@link Rejection}, so no caller ever sees it thrown.
 *
 * @example
 * ```ts
 * throw new ParseRejectionError('EMPTY', 'The file is empty.');
 * ```
 */
export class ParseRejectionError extends Error {
  readonly code: KnownRejectionCode;

  constructor(code: KnownRejectionCode, message: string) {
    super(message);
    this.name = 'ParseRejectionError';
    this.code = code;
  }

  /** The rejection as `parseFile` returns it. */
  toRejection(): Rejection {
    return { code: this.code, message: this.message };
  }
}
