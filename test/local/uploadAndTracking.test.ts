import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalModeAlreadyRunningError, ProcessingTimeoutError, UploadPathError } from '../../local/errors';
import { buildS3EventMessage } from '../../local/events/buildS3EventMessage';
import { ProcessingTracker } from '../../local/events/ProcessingTracker';
import { claimDataDir } from '../../local/state/claimDataDir';
import { LocalStateFile } from '../../local/state/LocalStateFile';
import type { LocalState, SettledMessage } from '../../local/types';
import { collectUploadFiles } from '../../local/upload/collectUploadFiles';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-upload-'));
  await mkdir(join(dir, 'exports', '2021', '.cache'), { recursive: true });
  await writeFile(join(dir, 'exports', 'b.txt'), 'b');
  await writeFile(join(dir, 'exports', '2021', 'a b.txt'), 'a');
  await writeFile(join(dir, 'exports', '.DS_Store'), 'x');
  await writeFile(join(dir, 'exports', '2021', '.cache', 'hidden.txt'), 'x');
  await writeFile(join(dir, 'single.txt'), 's');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('collectUploadFiles', () => {
  it('keys a folder’s files by their path inside it, skipping hidden ones, and a file by its name', async () => {
    const files = await collectUploadFiles([join(dir, 'exports'), join(dir, 'single.txt')], 'incoming/');
    expect(files).toEqual([
      { file: join(dir, 'exports', '2021', 'a b.txt'), key: 'incoming/2021/a b.txt' },
      { file: join(dir, 'exports', 'b.txt'), key: 'incoming/b.txt' },
      { file: join(dir, 'single.txt'), key: 'incoming/single.txt' },
    ]);
  });

  it('names a path that does not exist', async () => {
    await expect(collectUploadFiles([join(dir, 'missing')], '')).rejects.toThrow(UploadPathError);
    await expect(collectUploadFiles([join(dir, 'missing')], '')).rejects.toThrow(/no such file or folder/);
  });
});

describe('ProcessingTracker', () => {
  const message = (
    key: string,
    sequencer: string,
    outcome: SettledMessage['outcome'],
    reason?: string,
  ): SettledMessage => ({
    messageId: `${key}-${sequencer}-${outcome}`,
    receiveCount: 1,
    outcome,
    ...(reason !== undefined && { reason }),
    body: buildS3EventMessage(
      { eventName: 'ObjectCreated:Put', bucket: 'b', key, size: 1, eTag: 'e' },
      {
        region: 'us-east-1',
        sequencer,
        configurationId: 'c',
        eventTime: new Date(),
        sourceIpAddress: '127.0.0.1',
        requestId: 'R',
      },
    ),
  });

  it('resolves a wait once the awaited event or a newer one of the key is processed', async () => {
    const tracker = new ProcessingTracker();
    const waiting = tracker.waitFor([{ bucket: 'b', key: 'a b.txt', sequencer: '0B' }], 5_000);
    tracker.settle([message('a b.txt', '0A', 'deleted')]);
    tracker.settle([message('a b.txt', '0C', 'deleted')]);
    expect(await waiting).toEqual([{ bucket: 'b', key: 'a b.txt', sequencer: '0C', delivery: 'processed' }]);
  });

  it('keeps the newest outcome when an older event settles later', async () => {
    const tracker = new ProcessingTracker();
    tracker.settle([message('k', '0C', 'deleted')]);
    tracker.settle([message('k', '0A', 'dead-lettered')]);
    expect(await tracker.waitFor([{ bucket: 'b', key: 'k', sequencer: '0A' }], 1_000)).toEqual([
      { bucket: 'b', key: 'k', sequencer: '0C', delivery: 'processed' },
    ]);
  });

  it('tells listeners once per event, not again for its duplicates or older events', () => {
    const tracker = new ProcessingTracker();
    const heard: string[] = [];
    tracker.onOutcome((outcome) => heard.push(`${outcome.key}@${outcome.sequencer}`));
    tracker.settle([
      message('k', '0B', 'deleted'),
      message('k', '0B', 'deleted'),
      message('k', '0A', 'deleted'),
    ]);
    tracker.settle([message('k', '0C', 'deleted')]);
    expect(heard).toEqual(['k@0B', 'k@0C']);
  });

  it('reports a dead-lettered event with the last failure', async () => {
    const tracker = new ProcessingTracker();
    tracker.settle([message('p', '01', 'retried', 'Error: first')]);
    tracker.settle([message('p', '01', 'dead-lettered')]);
    expect(await tracker.waitFor([{ bucket: 'b', key: 'p', sequencer: '01' }], 1_000)).toEqual([
      { bucket: 'b', key: 'p', sequencer: '01', delivery: 'dead-lettered', reason: 'Error: first' },
    ]);
  });

  it('gives up after the timeout, naming what is pending', async () => {
    const tracker = new ProcessingTracker();
    const waiting = tracker.waitFor([{ bucket: 'b', key: 'never.txt', sequencer: '01' }], 50);
    await expect(waiting).rejects.toThrow(ProcessingTimeoutError);
    await expect(waiting).rejects.toThrow(/never\.txt/);
  });
});

describe('LocalStateFile', () => {
  const state: LocalState = {
    pid: process.pid,
    startedAt: '2024-01-01T00:00:00.000Z',
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    endpoints: { s3: 'http://127.0.0.1:1', dynamodb: 'http://127.0.0.1:2', sqs: 'http://127.0.0.1:3' },
    bucket: 'bucket',
    table: 'table',
    queueUrl: 'http://sqs.us-east-1.localhost:3/000000000000/q',
    functionName: 'f',
    timeScale: 600,
    keyPrefix: '',
    childPids: [],
  };

  it('writes, reads back and removes the state', async () => {
    const file = new LocalStateFile(dir);
    await file.write(state);
    expect(await file.read()).toEqual(state);
    await file.remove();
    expect(await file.read()).toBeUndefined();
  });

  it('reads a file that is not a state file as no state', async () => {
    const file = new LocalStateFile(dir);
    await writeFile(file.path, '{"pid":"nope"}');
    expect(await file.read()).toBeUndefined();
    await file.remove();
  });

  it('tells a live pid from a dead one', () => {
    expect(LocalStateFile.isAlive(process.pid)).toBe(true);
    expect(LocalStateFile.isAlive(2 ** 22 + 12345)).toBe(false);
  });
});

describe('claimDataDir', () => {
  it('lets one run at a time use a data folder, and takes over the claim of a dead one', async () => {
    const release = await claimDataDir(dir);
    await expect(claimDataDir(dir)).rejects.toThrow(LocalModeAlreadyRunningError);
    await release();
    await writeFile(join(dir, 'run.pid'), String(2 ** 22 + 12345));
    const takenOver = await claimDataDir(dir);
    await takenOver();
  });
});
