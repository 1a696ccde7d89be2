/** Errors of S3 event decoding and object reading. */

/** An SQS message body that is not an S3 event notification. */
export class MalformedEventMessageError extends Error {
  override name = 'MalformedEventMessageError';
}

/** An event key whose URL encoding is broken (a `%` not followed by two hex digits, or bad UTF-8). */
export class InvalidKeyEncodingError extends Error {
  override name = 'InvalidKeyEncodingError';

  constructor(encodedKey: string, options?: ErrorOptions) {
    super(`Not a URL-encoded S3 key: ${JSON.stringify(encodedKey)}`, options);
  }
}
