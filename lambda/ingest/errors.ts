/** Errors of the ingest function. */

/** The function's environment is missing or has a wrong setting. */
export class IngestConfigError extends Error {
  override name = 'IngestConfigError';
}

/** Some S3 events of one message failed; the message is retried as a whole (the others are idempotent). */
export class MessageEventsFailedError extends Error {
  override name = 'MessageEventsFailedError';

  constructor(readonly errors: unknown[]) {
    super(
      `${errors.length} S3 event(s) of the message failed: ${errors
        .map((error) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)))
        .join('; ')}`,
    );
  }
}
