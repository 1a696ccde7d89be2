import type { StoredSource } from '../../lambda/store/types';
import type { KeyStatus, RemoteObject } from '../types';
import { describeMemberRejections } from './describeMemberRejections';
import { describeProgress } from './describeProgress';

/**
 * What `status` says about a key, from what the bucket holds (undefined: no object) and the key's source
 * record (undefined: none). Undefined when neither exists: the key was never uploaded. A key is `PENDING`
 * while the table does not yet reflect the bucket: an object with no record, a record being written, a
 * newer upload (another ETag) or a delete not yet processed. A key whose current object is being written in
 * slices is `PROCESSING`, its `articleCount` the documents stored so far. A `PARSED` ZIP some of whose
 * members could not be read says which in its detail.
 *
 * @example
 * classifyKey('a.txt', { size: 5, eTag: 'abc' }, undefined)?.state; // 'PENDING'
 */
export function classifyKey(
  key: string,
  object: RemoteObject | undefined,
  source: StoredSource | undefined,
  now = Date.now(),
): KeyStatus | undefined {
  if (source === undefined) {
    return object === undefined ? undefined : pending(key, 'uploaded, not processed yet');
  }
  const common = { key, parserVersion: source.parserVersion, processedAt: source.processedAt };
  const progress = source.progress;
  if (source.status === 'FAILED') {
    const error = source.error;
    const got = progress === null ? '' : `; ${describeProgress(progress, now)} stored`;
    return {
      ...common,
      state: 'FAILED',
      articleCount: null,
      detail:
        (error === null
          ? 'failed'
          : `${error.name}: ${error.message} (after ${error.receiveCount} attempts)`) + got,
    };
  }
  if (progress !== null && object !== undefined && object.eTag === progress.eTag) {
    return {
      ...common,
      state: 'PROCESSING',
      articleCount: progress.documentsStored,
      detail: describeProgress(progress, now),
    };
  }
  if (source.status === 'PROCESSING') return { ...pending(key, 'being processed'), ...common };
  if (source.status === 'DELETED') {
    if (object !== undefined)
      return { ...pending(key, 'uploaded again after a delete, not processed yet'), ...common };
    return { ...common, state: 'DELETED', articleCount: null, detail: null };
  }
  if (object === undefined) return { ...pending(key, 'deleted, not processed yet'), ...common };
  if (source.eTag !== null && source.eTag !== object.eTag) {
    return { ...pending(key, 'a newer upload is not processed yet'), ...common };
  }
  if (source.status === 'REJECTED') {
    const reason = source.reason;
    return {
      ...common,
      state: 'REJECTED',
      articleCount: 0,
      detail: reason === null ? 'rejected' : `${reason.code}: ${reason.message}`,
    };
  }
  // A ZIP some of whose members could not be read is parsed; the detail names what was left out.
  return {
    ...common,
    state: 'PARSED',
    articleCount: source.articleCount,
    detail: describeMemberRejections(source),
  };
}

function pending(key: string, detail: string): KeyStatus {
  return { key, state: 'PENDING', articleCount: null, detail, parserVersion: null, processedAt: null };
}
