import { describe, expect, it } from 'vitest';
import { NO_RECORD_SEQUENCER, planReprocess } from '../../cli/reprocess/planReprocess';
import { classifyKey } from '../../cli/status/classifyKey';
import { summarizeStatuses } from '../../cli/status/summarizeStatuses';
import type { StoredProgress, StoredSource } from '../../lambda/store/types';

function source(overrides: Partial<StoredSource> = {}): StoredSource {
  return {
    bucket: 'incoming',
    key: 'a.txt',
    status: 'PARSED',
    versionId: null,
    eTag: 'e1',
    size: 10,
    lastModified: '2021-09-01T10:00:00.000Z',
    sequencer: '0062E99A88DC407460',
    eventName: 'ObjectCreated:Put',
    articleIds: ['a'],
    articleCount: 1,
    parserVersion: '1.0.0',
    processedAt: '2021-09-01T10:00:01.000Z',
    format: 'plain',
    encoding: 'utf-8',
    compressed: false,
    reason: null,
    memberRejections: [],
    memberRejectionCount: 0,
    error: null,
    expiresAt: null,
    progress: null,
    ...overrides,
  };
}

const object = { size: 10, eTag: 'e1' };

function progress(overrides: Partial<StoredProgress> = {}): StoredProgress {
  return {
    sequencer: '0062E99A88DC4074FF',
    versionId: null,
    eTag: 'e1',
    parserVersion: '1.0.0',
    startedAt: '2021-09-01T10:00:00.000Z',
    updatedAt: '2021-09-01T10:01:00.000Z',
    documentsStored: 3000,
    indexRowsWritten: 9000,
    totalDocuments: null,
    expectedDocuments: null,
    slices: 2,
    leaseExpiresAt: null,
    ...overrides,
  };
}

describe('classifyKey', () => {
  it('says never uploaded only when there is neither object nor record', () => {
    expect(classifyKey('a.txt', undefined, undefined)).toBeUndefined();
  });

  it('is pending while the table does not reflect the bucket', () => {
    const pending = (obj: typeof object | undefined, src: StoredSource | undefined) =>
      classifyKey('a.txt', obj, src);
    expect(pending(object, undefined)).toMatchObject({
      state: 'PENDING',
      detail: 'uploaded, not processed yet',
    });
    expect(pending(object, source({ status: 'PROCESSING' }))).toMatchObject({
      state: 'PENDING',
      detail: 'being processed',
    });
    expect(pending({ size: 12, eTag: 'e2' }, source())).toMatchObject({
      state: 'PENDING',
      detail: 'a newer upload is not processed yet',
    });
    expect(pending(undefined, source())).toMatchObject({
      state: 'PENDING',
      detail: 'deleted, not processed yet',
    });
    expect(pending(object, source({ status: 'DELETED' }))).toMatchObject({ state: 'PENDING' });
  });

  it('reports parsed with the article count, rejected and failed with their reasons, deleted', () => {
    expect(classifyKey('a.txt', object, source({ articleCount: 3 }))).toMatchObject({
      state: 'PARSED',
      articleCount: 3,
    });
    expect(
      classifyKey(
        'a.txt',
        object,
        source({ status: 'REJECTED', reason: { code: 'EMPTY', message: 'The file is empty.' } }),
      ),
    ).toMatchObject({ state: 'REJECTED', detail: 'EMPTY: The file is empty.' });
    const error = {
      name: 'TimeoutError',
      message: 'read timed out',
      at: '2021-09-01T10:00:00.000Z',
      eventName: 'ObjectCreated:Put',
      sequencer: '0062E99A88DC407461',
      receiveCount: 5,
    };
    expect(classifyKey('a.txt', object, source({ status: 'FAILED', error }))).toMatchObject({
      state: 'FAILED',
      detail: 'TimeoutError: read timed out (after 5 attempts)',
    });
    expect(classifyKey('a.txt', undefined, source({ status: 'DELETED' }))).toMatchObject({
      state: 'DELETED',
    });
  });

  it('shows how far a write in slices has got, and how far a failed one got', () => {
    const now = Date.parse('2026-01-01T00:00:00.000Z');
    expect(
      classifyKey('a.txt', object, source({ status: 'PROCESSING', progress: progress() }), now),
    ).toMatchObject({
      state: 'PROCESSING',
      articleCount: 3000,
      detail: '3,000 documents so far (slice 2)',
    });
    const known = progress({ totalDocuments: 5715, leaseExpiresAt: now - 1 });
    expect(classifyKey('a.txt', object, source({ progress: known }), now)).toMatchObject({
      state: 'PROCESSING',
      detail: '3,000 of 5,715 documents (slice 2, its writer stopped: reprocess resumes it)',
    });
    // The count the file states (its separator lines) stands in for the total until the total is known.
    const stated = progress({ expectedDocuments: 5000 });
    expect(classifyKey('a.txt', object, source({ progress: stated }), now)).toMatchObject({
      detail: '3,000 of 5,000 documents (slice 2)',
    });
    // A stated count the write has already passed was wrong: not shown as the total.
    const overrun = progress({ expectedDocuments: 2000 });
    expect(classifyKey('a.txt', object, source({ progress: overrun }), now)).toMatchObject({
      detail: '3,000 documents so far (slice 2)',
    });
    // The bucket holds a newer upload than the one being written: pending, not that write's progress.
    expect(
      classifyKey(
        'a.txt',
        { size: 1, eTag: 'e2' },
        source({ status: 'PROCESSING', progress: progress() }),
        now,
      ),
    ).toMatchObject({ state: 'PENDING' });
    const error = {
      name: 'Error',
      message: 'x',
      at: '2021-09-01T10:00:00.000Z',
      eventName: 'ObjectCreated:Put',
      sequencer: '0062E99A88DC4074FF',
      receiveCount: 5,
    };
    expect(
      classifyKey('a.txt', object, source({ status: 'FAILED', error, progress: progress() }), now)?.detail,
    ).toBe('Error: x (after 5 attempts); 3,000 documents so far (slice 2) stored');
  });

  it('summarizes counts by state in one line', () => {
    const rows = [
      classifyKey('a', object, source({ articleCount: 2 })),
      classifyKey('b', object, source({ articleCount: 3 })),
      classifyKey('c', object, undefined),
    ].filter((row) => row !== undefined);
    expect(summarizeStatuses(rows)).toBe('3 keys: 2 parsed (5 articles), 1 pending');
  });
});

describe('planReprocess', () => {
  it('carries the stored sequencer, so only a newer parser rewrites and a later event is never undone', () => {
    expect(planReprocess(source())).toEqual({ action: 'send', sequencer: '0062E99A88DC407460' });
  });

  it('sends a key with no record (a backfill) with the lowest sequencer, so any real event wins', () => {
    expect(planReprocess(undefined)).toEqual({ action: 'send', sequencer: NO_RECORD_SEQUENCER });
  });

  it("sends a FAILED key with the failed event's sequencer, which the store still accepts", () => {
    const error = {
      name: 'Error',
      message: 'x',
      at: '2021-09-01T10:00:00.000Z',
      eventName: 'ObjectCreated:Put',
      sequencer: '0062E99A88DC407470',
      receiveCount: 5,
    };
    expect(planReprocess(source({ status: 'FAILED', error }))).toEqual({
      action: 'send',
      sequencer: '0062E99A88DC407470',
    });
  });

  it('skips keys whose own work is under way: a slice holding the key, a delete', () => {
    const now = Date.parse('2026-01-01T00:00:00.000Z');
    const held = source({ status: 'PROCESSING', progress: progress({ leaseExpiresAt: now + 1 }) });
    expect(planReprocess(held, { now })).toEqual({ action: 'skip', reason: 'pending' });
    expect(planReprocess(source({ status: 'DELETED' }))).toEqual({ action: 'skip', reason: 'pending' });
  });

  it('recovers a source left PROCESSING past its lease, resuming its write from the checkpoint', () => {
    const now = Date.parse('2026-01-01T00:00:00.000Z');
    for (const leaseExpiresAt of [now - 1, null]) {
      const stalled = source({
        status: 'PROCESSING',
        sequencer: null,
        progress: progress({ leaseExpiresAt }),
      });
      expect(planReprocess(stalled, { now })).toEqual({ action: 'send', sequencer: '0062E99A88DC4074FF' });
    }
    // A first write that stopped before its first checkpoint: taken over once its lease has run out.
    expect(planReprocess(source({ status: 'PROCESSING', sequencer: null }), { now })).toEqual({
      action: 'send',
      sequencer: NO_RECORD_SEQUENCER,
    });
  });

  it('with --parser-older-than, sends only records of an older parser (semver order, not text order)', () => {
    expect(planReprocess(source({ parserVersion: '1.9.0' }), { parserOlderThan: '1.10.0' }).action).toBe(
      'send',
    );
    expect(planReprocess(source({ parserVersion: '1.10.0' }), { parserOlderThan: '1.10.0' })).toEqual({
      action: 'skip',
      reason: 'parser-not-older',
    });
    expect(planReprocess(source({ parserVersion: '2.0.0-rc.1' }), { parserOlderThan: '2.0.0' }).action).toBe(
      'send',
    );
    expect(planReprocess(undefined, { parserOlderThan: '2.0.0' }).action).toBe('skip');
  });
});
