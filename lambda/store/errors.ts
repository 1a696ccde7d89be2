/** Errors of the record store. */

/** Base class: every error the store throws on purpose. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** An S3 sequencer that is not a hex string. */
export class InvalidSequencerError extends StoreError {
  override name = 'InvalidSequencerError';
  constructor(sequencer: string) {
    super(`Not an S3 sequencer (hex, at most 64 digits): ${JSON.stringify(sequencer)}`);
  }
}

/** A parser version that is not semver. */
export class InvalidParserVersionError extends StoreError {
  override name = 'InvalidParserVersionError';
  constructor(version: string) {
    super(`Not a semantic version: ${JSON.stringify(version)}`);
  }
}

/** Another writer holds the key for an older event; the message is retried later, when it has finished. */
export class LeaseHeldError extends StoreError {
  override name = 'LeaseHeldError';
  constructor(bucket: string, key: string) {
    super(`s3://${bucket}/${key} is being written for an older event; retry later`);
  }
}

/** The lease ran out before the commit and another writer took the key: this write is abandoned. */
export class LeaseLostError extends StoreError {
  override name = 'LeaseLostError';
  constructor(bucket: string, key: string) {
    super(`Lost the lease on s3://${bucket}/${key} before the commit`);
  }
}

/** DynamoDB left items or keys unprocessed after every retry (throttling). */
export class UnprocessedRequestsError extends StoreError {
  override name = 'UnprocessedRequestsError';
  constructor(operation: 'BatchWriteItem' | 'BatchGetItem', count: number) {
    super(`${operation} left ${count} requests unprocessed after every retry`);
  }
}

/** An article whose fields are too large for one item even without its packed body. */
export class ArticleTooLargeError extends StoreError {
  override name = 'ArticleTooLargeError';
  constructor(id: string, bytes: number) {
    super(`Article ${id} needs ${bytes} bytes outside its packed body; the item limit is 400 KB`);
  }
}

/** A packed article whose bytes do not match their recorded hash (chunks read mid-rewrite, or damaged). */
export class CorruptArticleBodyError extends StoreError {
  override name = 'CorruptArticleBodyError';
  constructor(id: string) {
    super(`The packed body of article ${id} does not match its hash`);
  }
}

/** A page cursor the store did not write. */
export class InvalidCursorError extends StoreError {
  override name = 'InvalidCursorError';
  constructor() {
    super('Invalid page cursor');
  }
}
