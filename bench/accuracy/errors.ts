/** Errors of the accuracy measure. */

/** An answer key that is not what the scorer reads: a wrong shape, an unknown field, a file that is missing. */
export class AnswerKeyError extends Error {
  constructor(
    readonly keyPath: string,
    reason: string,
  ) {
    super(`${keyPath}: ${reason}`);
    this.name = 'AnswerKeyError';
  }
}
