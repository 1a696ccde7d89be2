/** Errors of the benchmark suites. */

/**
 * A measured run did not do what it measures (articles missing, a failed message, a probe that crashed):
 * its time would be a wrong figure, so the suite stops instead of printing it.
 */
export class BenchCheckError extends Error {
  override readonly name = 'BenchCheckError';
}
