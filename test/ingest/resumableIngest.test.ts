import { Metrics } from '@aws-lambda-powertools/metrics';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatSourceRecords } from '../../cli/records/formatSourceRecords';
import { planReprocess } from '../../cli/reprocess/planReprocess';
import { readKeyStatuses } from '../../cli/status/readKeyStatuses';
import { articleId } from '../../lambda/store/articleId';
import { tableKeys } from '../../lambda/store/tableKeys';
import type { SourceItem } from '../../lambda/store/types';
import { captureLogs } from '../helpers/captureLogs';
import { deadlineContext } from '../helpers/deadlineContext';
import { nexisExport } from '../helpers/nexisExport';
import { readKeyItems } from '../helpers/readKeyItems';
import { s3EventBody, sqsEvent, sqsRecord } from '../helpers/sqsEvents';
import {
  HARNESS_MAX_OBJECT_BYTES,
  HARNESS_MAX_RECEIVE_COUNT,
  type IngestHarness,
  startIngestHarness,
  uniqueKey,
} from '../helpers/startIngestHarness';
import { writeZip } from '../helpers/writeZip';

/** Documents per batch: small, so that a file of ten documents takes several batches and slices. */
const BATCH = 3;
/** Batches an invocation stores before its (simulated) deadline: six documents per slice. */
const CHECKS = 2;

// Where the parser starts decoding, call by call: a resumed slice starts at its checkpoint's resume point.
const { decodeStarts } = vi.hoisted(() => ({ decodeStarts: [] as number[] }));
vi.mock('../../lambda/parser/lineBatches', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lambda/parser/lineBatches')>();
  return {
    lineBatches: (...args: Parameters<typeof original.lineBatches>) => {
      decodeStarts.push(args[2]);
      return original.lineBatches(...args);
    },
  };
});

let harness: IngestHarness;
let logs: ReturnType<typeof captureLogs>;

beforeAll(async () => {
  harness = await startIngestHarness({ environment: { WRITE_BATCH_DOCUMENTS: String(BATCH) } });
  logs = captureLogs(harness.serviceName);
});
afterAll(async () => {
  logs?.restore();
  await harness?.stop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const SURNAMES = [
  'Abbott',
  'Baker',
  'Carter',
  'Dalton',
  'Ellis',
  'Foster',
  'Grant',
  'Hayes',
  'Irwin',
  'Jones',
  'Keller',
  'Lowe',
  'Moss',
  'Nash',
  'Owens',
  'Price',
];

/** The author of document `index` (1-based) of an export made by {@link exportOf}. */
function authorOf(prefix: string, index: number): string {
  return `${prefix} ${SURNAMES[index - 1]}`;
}

/** A Nexis export of `count` documents (at most 16); document i has the author {@link authorOf}. */
function exportOf(count: number, prefix: string): string {
  return nexisExport(
    Array.from({ length: count }, (_, position) => ({
      publication: 'The Slice Courier',
      date: 'May 2, 2019 Thursday',
      headline: `${prefix} story ${position + 1}`,
      byline: `By ${authorOf(prefix, position + 1)}`,
      paragraphs: [`${prefix} paragraph of story ${position + 1} about the harbor.`, 'A second paragraph.'],
    })),
  );
}

/** Uploads `text` under `key` and returns the S3 event message for it. */
async function upload(key: string, text: string): Promise<{ record: SQSRecord; sequencer: string }> {
  const { eTag, size } = await harness.upload(key, text);
  const sequencer = harness.nextSequencer();
  return {
    record: sqsRecord(s3EventBody({ bucket: harness.bucket, key, sequencer, eTag, size })),
    sequencer,
  };
}

/** Runs the handler on `records`, then on every continuation it leaves in the queue, until none is left. */
async function runToEnd(
  records: SQSRecord[],
): Promise<{ invocations: number; responses: SQSBatchResponse[] }> {
  const responses: SQSBatchResponse[] = [];
  let next = records;
  while (next.length > 0) {
    if (responses.length > 50) throw new Error('the chain of continuations does not end');
    responses.push(await harness.handler(sqsEvent(next), deadlineContext(CHECKS)));
    next = await harness.takeQueuedMessages();
  }
  return { invocations: responses.length, responses };
}

async function sourceItem(key: string): Promise<SourceItem | undefined> {
  const output = await harness.table.documentClient.send(
    new GetCommand({
      TableName: harness.table.tableName,
      Key: tableKeys.source(harness.bucket, key),
      ConsistentRead: true,
    }),
  );
  return output.Item as SourceItem | undefined;
}

async function snapshot(key: string, documents = 16): Promise<Record<string, unknown>[]> {
  return readKeyItems(harness.table.documentClient, harness.table.tableName, harness.bucket, key, documents);
}

/** Author index rows of a snapshot, as `<author>` (shard dropped), sorted. */
function authorRows(items: Record<string, unknown>[]): string[] {
  return items
    .filter((item) => item.type === 'INDEX' && String(item.pk).startsWith('AUTHOR#'))
    .map((item) => String(item.pk).replace(/^AUTHOR#|#\d+$/g, ''))
    .sort();
}

/** Expects the key committed `PARSED` with `count` documents of `prefix`, each with its row, nothing else. */
async function expectComplete(key: string, count: number, prefix: string): Promise<void> {
  const item = await sourceItem(key);
  expect(item).toMatchObject({ status: 'PARSED', articleCount: count });
  for (const bookkeeping of ['progress', 'leaseOwner', 'leaseExpiresAt', 'pendingDocumentCounts'])
    expect(item).not.toHaveProperty(bookkeeping);
  const records = await harness.store.getSourceRecords(harness.bucket, key);
  expect(records?.source.articleIds).toEqual(
    Array.from({ length: count }, (_, position) => articleId(harness.bucket, key, position + 1)),
  );
  expect(records?.articles.every((article) => article.status === 'PARSED')).toBe(true);
  const items = await snapshot(key, 16);
  expect(authorRows(items)).toEqual(
    Array.from({ length: count }, (_, position) => authorOf(prefix, position + 1).toLowerCase()).sort(),
  );
  const live = items.filter((entry) => entry.type === 'ARTICLE' && entry.status === 'PARSED');
  expect(live).toHaveLength(count);
}

/**
 * Fails DynamoDB or SQS calls that `matches` (counted from 1: the `nth` one and, with `dead`, every later
 * call for the key too, as a process killed there would), passing every other call through.
 */
function injectFault(
  matches: (command: { constructor: { name: string }; input: Record<string, unknown> }) => boolean,
  options: { nth?: number; dead?: boolean } = {},
): { fired: () => boolean } {
  let seen = 0;
  let fired = false;
  const fail = (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    if (fired && options.dead) return true;
    if (!matches(command)) return false;
    seen += 1;
    if (seen !== (options.nth ?? 1)) return false;
    fired = true;
    return true;
  };
  for (const Client of [DynamoDBDocumentClient, SQSClient]) {
    const original = Client.prototype.send;
    vi.spyOn(Client.prototype, 'send').mockImplementation(function (
      this: unknown,
      ...args: Parameters<typeof original>
    ) {
      const command = args[0] as unknown as { constructor: { name: string }; input: Record<string, unknown> };
      if (fail(command)) return Promise.reject(new Error(`injected fault at ${command.constructor.name}`));
      return (original as (...rest: unknown[]) => unknown).apply(this, args);
    } as typeof original);
  }
  return { fired: () => fired };
}

/** Whether a BatchWriteItem puts an item of `type` (ARTICLE, INDEX, CHUNK). */
function putsType(input: Record<string, unknown>, type: string): boolean {
  const requests = Object.values((input.RequestItems ?? {}) as Record<string, unknown[]>).flat() as Array<{
    PutRequest?: { Item: { type: string; status?: string } };
  }>;
  return requests.some(
    (request) => request.PutRequest?.Item.type === type && request.PutRequest.Item.status !== 'DELETED',
  );
}

function warnings(before: number): Array<Record<string, unknown>> {
  return logs.lines
    .slice(before)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.level === 'WARN');
}

describe('a file that needs several slices', () => {
  it('ends PARSED with every index row and a committed source, each document written once', async () => {
    const key = uniqueKey('slices.txt');
    const { record } = await upload(key, exportOf(10, 'Slice'));
    const articlePuts = new Map<string, number>();
    const original = DynamoDBDocumentClient.prototype.send;
    vi.spyOn(DynamoDBDocumentClient.prototype, 'send').mockImplementation(function (
      this: unknown,
      ...args: Parameters<typeof original>
    ) {
      const input = (args[0] as { input: { RequestItems?: Record<string, unknown[]> } }).input;
      for (const request of Object.values(input.RequestItems ?? {}).flat() as Array<{
        PutRequest?: { Item: { type: string; id: string } };
      }>) {
        const item = request.PutRequest?.Item;
        if (item?.type === 'ARTICLE') articlePuts.set(item.id, (articlePuts.get(item.id) ?? 0) + 1);
      }
      return (original as (...rest: unknown[]) => unknown).apply(this, args);
    } as typeof original);
    const before = logs.lines.length;

    const { invocations, responses } = await runToEnd([record]);

    expect(invocations).toBe(2);
    expect(responses.every((response) => response.batchItemFailures.length === 0)).toBe(true);
    await expectComplete(key, 10, 'Slice');
    expect([...articlePuts.values()]).toEqual(Array(10).fill(1));
    const handedOn = warnings(before).filter((line) => String(line.message).startsWith('Stopped early'));
    expect(handedOn).toHaveLength(1);
    expect(handedOn[0]).toMatchObject({ key, documentsStored: 6, slice: 1 });
  });

  it('records every ZIP member not read, those before the checkpoint and those after it', async () => {
    const key = uniqueKey('slices.zip');
    const zip = writeZip([
      { name: 'a.txt', data: exportOf(4, 'Zip') },
      { name: 'b-cut.docx', data: Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3) },
      { name: 'c.txt', data: exportOf(4, 'Zip') },
      { name: 'd.pdf', data: '%PDF-1.7\n1 0 obj' },
      { name: 'e.txt', data: exportOf(4, 'Zip') },
    ]);
    const { eTag, size } = await harness.upload(key, zip);
    const record = sqsRecord(
      s3EventBody({ bucket: harness.bucket, key, sequencer: harness.nextSequencer(), eTag, size }),
    );

    const { invocations, responses } = await runToEnd([record]);

    // Six documents a slice: the first slice stops inside c.txt, before d.pdf is reached.
    expect(invocations).toBe(2);
    expect(responses.every((response) => response.batchItemFailures.length === 0)).toBe(true);
    const item = await sourceItem(key);
    expect(item).toMatchObject({ status: 'PARSED', articleCount: 12, memberRejectionCount: 2 });
    expect(item).not.toHaveProperty('progress');
    expect(item?.memberRejections?.map((rejection) => [rejection.member, rejection.code])).toEqual([
      ['b-cut.docx', 'CORRUPT_CONTAINER'],
      ['d.pdf', 'CORRUPT_CONTAINER'],
    ]);
  });

  it('shows PROCESSING with how far it got while half-way, every stored article indexed', async () => {
    const key = uniqueKey('half-way.txt');
    const { record } = await upload(key, exportOf(10, 'Half'));

    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));

    const records = await harness.store.getSourceRecords(harness.bucket, key);
    expect(records?.source).toMatchObject({
      status: 'PROCESSING',
      // The total is not known until the end; the export's separators say 10 (`1 of 10 DOCUMENTS`).
      progress: {
        documentsStored: 6,
        totalDocuments: null,
        expectedDocuments: 10,
        slices: 1,
        leaseExpiresAt: null,
      },
    });
    // What `status` and `get` print from these records (the browser's source line is `status`'s detail).
    const { statuses } = await readKeyStatuses(
      {
        s3: harness.s3,
        dynamo: harness.table.documentClient,
        store: harness.store,
        bucket: harness.bucket,
        table: harness.table.tableName,
      },
      { keys: [key] },
    );
    expect(statuses).toMatchObject([
      { key, state: 'PROCESSING', articleCount: 6, detail: '6 of 10 documents (slice 1)' },
    ]);
    if (records === undefined) throw new Error('no records');
    expect(formatSourceRecords(records)).toContain('status  PROCESSING 6 of 10 documents (slice 1)');
    const rows = authorRows(await snapshot(key));
    expect(rows).toEqual([1, 2, 3, 4, 5, 6].map((index) => authorOf('half', index).toLowerCase()).sort());
    const [continuation] = await harness.takeQueuedMessages();
    expect(JSON.parse(continuation?.body ?? '{}')).toMatchObject({ key, resumeAfter: 6, slice: 2 });
    await runToEnd(continuation === undefined ? [] : [continuation]);
    await expectComplete(key, 10, 'Half');
  });

  it('goes on from its checkpoint under a duplicated continuation, and the late copy changes nothing', async () => {
    const key = uniqueKey('duplicated.txt');
    const { record } = await upload(key, exportOf(16, 'Twice'));
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    const [continuation] = await harness.takeQueuedMessages();
    if (continuation === undefined) throw new Error('no continuation');
    const copy = sqsRecord(continuation.body);

    // Both copies arrive mid-way, one after the other: each goes on from the checkpoint it finds.
    const first = await harness.handler(sqsEvent([continuation]), deadlineContext(CHECKS));
    const second = await harness.handler(sqsEvent([copy]), deadlineContext(CHECKS));
    await runToEnd(await harness.takeQueuedMessages());
    const done = await snapshot(key, 16);
    const late = await harness.handler(sqsEvent([sqsRecord(continuation.body)]), deadlineContext(CHECKS));

    expect([...first.batchItemFailures, ...second.batchItemFailures, ...late.batchItemFailures]).toEqual([]);
    await expectComplete(key, 16, 'Twice');
    expect(await snapshot(key, 16)).toEqual(done);
  });
});

describe('a resumed slice', () => {
  it('starts splitting at the resume point its checkpoint recorded, not at the start of the file', async () => {
    const key = uniqueKey('seek.txt');
    // About 8 KB a document: document 6, the first slice's last, ends well past the first 32 KiB piece.
    const long = Array.from({ length: 60 }, (_, line) => `Line ${line} of a long report on the harbor.`).join(
      ' ',
    );
    const text = nexisExport(
      Array.from({ length: 10 }, (_, position) => ({
        publication: 'The Slice Courier',
        date: 'May 2, 2019 Thursday',
        headline: `Seek story ${position + 1}`,
        byline: `By ${authorOf('Seek', position + 1)}`,
        paragraphs: [long, long, long],
      })),
    );
    const { record } = await upload(key, text);
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    const progress = (await sourceItem(key))?.progress;
    expect(progress).toMatchObject({ documentsStored: 6, position: { documentIndex: 6 } });
    const point = progress?.position?.resume;
    if (point === undefined) throw new Error('no resume point recorded');
    expect(point.byte).toBeGreaterThan(32_768);

    decodeStarts.length = 0;
    await runToEnd(await harness.takeQueuedMessages());

    // The first pass reads the start (the format, up to the first separator); the documents come from the point.
    expect(decodeStarts).toEqual([0, point.byte]);
    await expectComplete(key, 10, 'Seek');
  });
});

describe('a rewrite with far fewer documents', () => {
  it('removes the documents past the new count in slices too, and commits once at the end', async () => {
    const key = uniqueKey('shrinks.txt');
    await runToEnd([(await upload(key, exportOf(16, 'Many'))).record]);
    const { record } = await upload(key, exportOf(2, 'Few'));
    const before = logs.lines.length;

    const { invocations } = await runToEnd([record]);

    // Two documents, then fourteen to remove, three at a time and two chunks a slice.
    expect(invocations).toBeGreaterThan(1);
    expect(warnings(before).filter((line) => String(line.message).startsWith('Stopped early'))).toHaveLength(
      invocations - 1,
    );
    await expectComplete(key, 2, 'Few');
    const articles = (await snapshot(key)).filter((item) => item.type === 'ARTICLE');
    expect(articles.map((item) => item.status)).toEqual(['PARSED', 'PARSED', ...Array(14).fill('DELETED')]);
  });
});

describe('a newer version or a delete in the middle of a multi-slice file', () => {
  it('stops the old continuation from writing anything; the newer version wins whole', async () => {
    const key = uniqueKey('replaced.txt');
    const { record } = await upload(key, exportOf(10, 'Old'));
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    const oldContinuation = await harness.takeQueuedMessages();
    const newer = await upload(key, exportOf(4, 'New'));
    const halfWay = await snapshot(key);

    const stale = await harness.handler(sqsEvent(oldContinuation), deadlineContext(CHECKS));

    expect(stale.batchItemFailures).toEqual([]);
    expect(await snapshot(key)).toEqual(halfWay);
    await runToEnd([newer.record]);
    await expectComplete(key, 4, 'New');
    const items = await snapshot(key);
    expect(items.filter((item) => item.type === 'ARTICLE').map((item) => item.status)).toEqual([
      'PARSED',
      'PARSED',
      'PARSED',
      'PARSED',
      'DELETED',
      'DELETED',
    ]);
  });

  it('lets the newer version written first stop the old continuation, which arrives after it', async () => {
    const key = uniqueKey('overtaken.txt');
    const { record } = await upload(key, exportOf(10, 'Before'));
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    const oldContinuation = await harness.takeQueuedMessages();
    const newer = await upload(key, exportOf(3, 'After'));
    await runToEnd([newer.record]);
    const done = await snapshot(key);

    const stale = await harness.handler(sqsEvent(oldContinuation), deadlineContext(CHECKS));

    expect(stale.batchItemFailures).toEqual([]);
    expect(await snapshot(key)).toEqual(done);
    await expectComplete(key, 3, 'After');
  });

  it('stops the continuation of a deleted object; the delete leaves tombstones and no row', async () => {
    const key = uniqueKey('deleted-mid-way.txt');
    const { record } = await upload(key, exportOf(10, 'Gone'));
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    const continuation = await harness.takeQueuedMessages();
    await harness.s3.send(new DeleteObjectCommand({ Bucket: harness.bucket, Key: key }));
    const halfWay = await snapshot(key);

    const stale = await harness.handler(sqsEvent(continuation), deadlineContext(CHECKS));
    expect(stale.batchItemFailures).toEqual([]);
    expect(await snapshot(key)).toEqual(halfWay);

    const deleteEvent = sqsRecord(
      s3EventBody({
        bucket: harness.bucket,
        key,
        sequencer: harness.nextSequencer(),
        eventName: 'ObjectRemoved:Delete',
      }),
    );
    await runToEnd([deleteEvent]);
    expect((await sourceItem(key))?.status).toBe('DELETED');
    const items = await snapshot(key);
    expect(authorRows(items)).toEqual([]);
    const articles = items.filter((item) => item.type === 'ARTICLE');
    expect(articles).toHaveLength(6);
    expect(articles.every((item) => item.status === 'DELETED' && item.headline === undefined)).toBe(true);
  });
});

describe('a delete or a rejection of a source with many articles', () => {
  /** The S3 event of a delete of `key` (its object already gone). */
  function deleteEventOf(key: string): SQSRecord {
    return sqsRecord(
      s3EventBody({
        bucket: harness.bucket,
        key,
        sequencer: harness.nextSequencer(),
        eventName: 'ObjectRemoved:Delete',
      }),
    );
  }

  async function expectAllTombstones(key: string, count: number): Promise<void> {
    const items = await snapshot(key);
    expect(authorRows(items)).toEqual([]);
    const articles = items.filter((item) => item.type === 'ARTICLE');
    expect(articles).toHaveLength(count);
    expect(articles.every((item) => item.status === 'DELETED' && item.headline === undefined)).toBe(true);
    const item = await sourceItem(key);
    for (const bookkeeping of ['progress', 'leaseOwner', 'leaseExpiresAt', 'pendingDocumentCounts'])
      expect(item).not.toHaveProperty(bookkeeping);
  }

  it('removes the articles of a delete in slices, handing on before the deadline, and commits DELETED once', async () => {
    const key = uniqueKey('big-delete.txt');
    await runToEnd([(await upload(key, exportOf(16, 'Doomed'))).record]);
    await harness.s3.send(new DeleteObjectCommand({ Bucket: harness.bucket, Key: key }));
    const before = logs.lines.length;

    const { invocations, responses } = await runToEnd([deleteEventOf(key)]);

    // Sixteen documents to remove, three at a time, three chunks before each (simulated) deadline: two slices.
    expect(invocations).toBe(2);
    expect(responses.every((response) => response.batchItemFailures.length === 0)).toBe(true);
    const handedOn = warnings(before).filter((line) => String(line.message).startsWith('Stopped early'));
    expect(handedOn).toHaveLength(invocations - 1);
    expect((await sourceItem(key))?.status).toBe('DELETED');
    await expectAllTombstones(key, 16);
  });

  it('lets an upload after the delete stop the delete’s continuation; the new version wins whole', async () => {
    const key = uniqueKey('delete-then-upload.txt');
    await runToEnd([(await upload(key, exportOf(16, 'Gone'))).record]);
    await harness.s3.send(new DeleteObjectCommand({ Bucket: harness.bucket, Key: key }));
    await harness.handler(sqsEvent([deleteEventOf(key)]), deadlineContext(CHECKS));
    const deleteContinuation = await harness.takeQueuedMessages();
    expect(deleteContinuation).toHaveLength(1);
    const newer = await upload(key, exportOf(2, 'Back'));
    const halfWay = await snapshot(key);

    const stale = await harness.handler(sqsEvent(deleteContinuation), deadlineContext(CHECKS));

    expect(stale.batchItemFailures).toEqual([]);
    expect(await snapshot(key)).toEqual(halfWay);
    await runToEnd([newer.record]);
    await expectComplete(key, 2, 'Back');
  });

  it.each([
    ['too large, rejected unread', 'TOO_LARGE', 'x'.repeat(HARNESS_MAX_OBJECT_BYTES + 1)],
    ['binary, rejected by the parser', 'BINARY', new Uint8Array(4096)],
  ])('removes the articles of a re-upload %s in slices too, and commits REJECTED', async (_, code, body) => {
    const key = uniqueKey(`rejected-now-${code}.txt`);
    await runToEnd([(await upload(key, exportOf(16, 'Small'))).record]);
    const { eTag, size } = await harness.upload(key, body);
    const record = sqsRecord(
      s3EventBody({ bucket: harness.bucket, key, sequencer: harness.nextSequencer(), eTag, size }),
    );

    const { invocations } = await runToEnd([record]);

    expect(invocations).toBe(2);
    expect(await sourceItem(key)).toMatchObject({ status: 'REJECTED', reason: { code } });
    await expectAllTombstones(key, 16);
  });
});

describe('a crash in the middle of each phase of a slice, then a retry', () => {
  type Command = { constructor: { name: string }; input: Record<string, unknown> };
  const phases: Array<{ phase: string; matches: (command: Command) => boolean; nth: number }> = [
    {
      phase: 'the checkpoint of the second batch',
      matches: (c) =>
        c.constructor.name === 'UpdateCommand' &&
        String(c.input.UpdateExpression).startsWith('SET progress = :progress ADD'),
      nth: 2,
    },
    { phase: 'the read of the earlier items', matches: (c) => c.constructor.name === 'QueryCommand', nth: 2 },
    {
      phase: 'the article items of the second batch',
      matches: (c) => c.constructor.name === 'BatchWriteCommand' && putsType(c.input, 'ARTICLE'),
      nth: 2,
    },
    {
      phase: 'the index rows of the second batch',
      matches: (c) => c.constructor.name === 'BatchWriteCommand' && putsType(c.input, 'INDEX'),
      nth: 2,
    },
    {
      phase: 'the hand-on',
      matches: (c) =>
        c.constructor.name === 'UpdateCommand' &&
        String(c.input.UpdateExpression).includes('REMOVE leaseOwner') &&
        String(c.input.UpdateExpression).startsWith('SET progress'),
      nth: 1,
    },
    {
      phase: 'the continuation message',
      matches: (c) => c.constructor.name === 'SendMessageCommand',
      nth: 1,
    },
  ];

  for (const { phase, matches, nth } of phases) {
    it(`converges after a crash in ${phase}`, async () => {
      const key = uniqueKey('crash.txt');
      // The key holds an earlier version first, so the reads and the stale rows matter.
      await runToEnd([(await upload(key, exportOf(8, 'Earlier'))).record]);
      const { record } = await upload(key, exportOf(10, 'Crash'));
      const fault = injectFault(matches, { nth });

      const crashed = await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));

      expect(fault.fired()).toBe(true);
      expect(crashed.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
      vi.restoreAllMocks();
      await harness.takeQueuedMessages(); // nothing was sent, or it is the retry's to send again
      const retry = sqsRecord(record.body, { messageId: record.messageId, receiveCount: 2 });
      const { responses } = await runToEnd([retry]);
      expect(responses.flatMap((response) => response.batchItemFailures)).toEqual([]);
      await expectComplete(key, 10, 'Crash');
    });
  }

  it('converges after a crash in the commit of the last slice', async () => {
    const key = uniqueKey('crash-commit.txt');
    const { record } = await upload(key, exportOf(10, 'Commit'));
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    const [continuation] = await harness.takeQueuedMessages();
    if (continuation === undefined) throw new Error('no continuation');
    injectFault((command) => command.constructor.name === 'PutCommand');

    const crashed = await harness.handler(sqsEvent([continuation]), deadlineContext(CHECKS));

    expect(crashed.batchItemFailures).toHaveLength(1);
    expect((await sourceItem(key))?.status).toBe('PROCESSING');
    vi.restoreAllMocks();
    await runToEnd([sqsRecord(continuation.body, { messageId: continuation.messageId, receiveCount: 2 })]);
    await expectComplete(key, 10, 'Commit');
  });
});

describe('a lease left by a dead writer', () => {
  it('is not skipped while unexpired by its own message, and is taken over once expired', async () => {
    const key = uniqueKey('dead-writer.txt');
    const { record } = await upload(key, exportOf(10, 'Dead'));
    // The writer dies after its first batch: every later call fails, the lease's release too.
    const fault = injectFault(
      (command) =>
        command.constructor.name === 'UpdateCommand' &&
        String(command.input.UpdateExpression).startsWith('SET progress = :progress ADD'),
      { nth: 2, dead: true },
    );
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    expect(fault.fired()).toBe(true);
    vi.restoreAllMocks();
    expect(await sourceItem(key)).toMatchObject({ status: 'PROCESSING', leaseMessageId: record.messageId });

    // Its own message comes back before the lease ran out (local mode restarts at once): it must return to
    // the queue, not be deleted as skipped.
    const early = sqsRecord(record.body, { messageId: record.messageId, receiveCount: 2 });
    const response = await harness.handler(sqsEvent([early]), deadlineContext(CHECKS));
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);

    // Once the lease has run out, the next receive takes the key over and finishes the file.
    await harness.table.documentClient.send(
      new UpdateCommand({
        TableName: harness.table.tableName,
        Key: tableKeys.source(harness.bucket, key),
        UpdateExpression: 'SET leaseExpiresAt = :past',
        ExpressionAttributeValues: { ':past': Date.now() - 1 },
      }),
    );
    const { responses } = await runToEnd([
      sqsRecord(record.body, { messageId: record.messageId, receiveCount: 3 }),
    ]);
    expect(responses.flatMap((entry) => entry.batchItemFailures)).toEqual([]);
    await expectComplete(key, 10, 'Dead');
  });

  it('returns a duplicate event to the queue while a writer of the same event holds the key: it may be dead', async () => {
    const key = uniqueKey('held.txt');
    const { record } = await upload(key, exportOf(4, 'Held'));
    await harness.table.documentClient.send(
      new UpdateCommand({
        TableName: harness.table.tableName,
        Key: tableKeys.source(harness.bucket, key),
        UpdateExpression:
          'SET #status = :processing, #bucket = :bucket, #key = :key, #type = :type, leaseOwner = :owner, ' +
          'leaseExpiresAt = :future, leaseSequencerKey = :seq, leaseParserVersionKey = :parser, leaseMessageId = :message',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#bucket': 'bucket',
          '#key': 'key',
          '#type': 'type',
        },
        ExpressionAttributeValues: {
          ':processing': 'PROCESSING',
          ':bucket': harness.bucket,
          ':key': key,
          ':type': 'SOURCE',
          ':owner': 'someone-else',
          ':future': Date.now() + 600_000,
          ':seq': JSON.parse(record.body).Records[0].s3.object.sequencer.toLowerCase().padStart(64, '0'),
          ':parser': '000001.000000.000000~',
          ':message': 'another-message',
        },
      }),
    );

    const duplicateRecord = sqsRecord(record.body);
    const duplicate = await harness.handler(sqsEvent([duplicateRecord]), deadlineContext(CHECKS));

    expect(duplicate.batchItemFailures).toEqual([{ itemIdentifier: duplicateRecord.messageId }]);
    expect((await sourceItem(key))?.leaseOwner).toBe('someone-else');
  });
});

describe('reprocess', () => {
  it('recovers a source left PROCESSING past its lease, resuming the write from its checkpoint', async () => {
    const key = uniqueKey('stalled.txt');
    const { record } = await upload(key, exportOf(10, 'Stalled'));
    // The writer dies after its first batch and its message is lost (say, dead-lettered by a killed worker).
    const fault = injectFault(
      (command) => command.constructor.name === 'BatchWriteCommand' && putsType(command.input, 'ARTICLE'),
      { nth: 2, dead: true },
    );
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    expect(fault.fired()).toBe(true);
    vi.restoreAllMocks();
    await harness.table.documentClient.send(
      new UpdateCommand({
        TableName: harness.table.tableName,
        Key: tableKeys.source(harness.bucket, key),
        UpdateExpression: 'SET leaseExpiresAt = :past',
        ExpressionAttributeValues: { ':past': Date.now() - 1 },
      }),
    );
    const stalled = (await harness.store.getSourceRecords(harness.bucket, key))?.source;
    expect(stalled).toMatchObject({ status: 'PROCESSING', progress: { documentsStored: 3 } });

    const plan = planReprocess(stalled);
    if (plan.action !== 'send') throw new Error(`reprocess would skip: ${plan.reason}`);
    await runToEnd([sqsRecord(s3EventBody({ bucket: harness.bucket, key, sequencer: plan.sequencer }))]);

    await expectComplete(key, 10, 'Stalled');
  });
});

describe('a final failure', () => {
  it('records FAILED with the error and how far the write got, never PROCESSING', async () => {
    const key = uniqueKey('final.txt');
    const { record } = await upload(key, exportOf(10, 'Final'));
    await harness.handler(sqsEvent([record]), deadlineContext(CHECKS));
    const [continuation] = await harness.takeQueuedMessages();
    if (continuation === undefined) throw new Error('no continuation');
    injectFault((command) => command.constructor.name === 'QueryCommand');

    const last = sqsRecord(continuation.body, { receiveCount: HARNESS_MAX_RECEIVE_COUNT });
    const response = await harness.handler(sqsEvent([last]), deadlineContext(CHECKS));
    vi.restoreAllMocks();

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: last.messageId }]);
    const source = (await harness.store.getSourceRecords(harness.bucket, key))?.source;
    expect(source).toMatchObject({
      status: 'FAILED',
      error: { message: 'injected fault at QueryCommand', receiveCount: HARNESS_MAX_RECEIVE_COUNT },
      progress: { documentsStored: 6, leaseExpiresAt: null },
    });
    // What the failed write stored stays readable, each article with its rows.
    expect(authorRows(await snapshot(key))).toEqual(
      [1, 2, 3, 4, 5, 6].map((index) => authorOf('final', index).toLowerCase()).sort(),
    );

    // A redrive of the continuation resumes from the checkpoint and commits.
    await runToEnd([sqsRecord(continuation.body)]);
    await expectComplete(key, 10, 'Final');
  });
});

describe('metrics', () => {
  it('publishes messagesFailed and invocationsStoppedEarly once per invocation', async () => {
    const added: Array<[string, number]> = [];
    const original = Metrics.prototype.addMetric;
    vi.spyOn(Metrics.prototype, 'addMetric').mockImplementation(function (this: Metrics, name, unit, value) {
      added.push([name, value]);
      return original.call(this, name, unit, value);
    });
    const named = (name: string) => added.filter(([metric]) => metric === name).map(([, value]) => value);
    const key = uniqueKey('metered.txt');
    const { record } = await upload(key, exportOf(10, 'Metered'));

    await harness.handler(sqsEvent([record, sqsRecord('not json')]), deadlineContext(CHECKS));
    await runToEnd(await harness.takeQueuedMessages());

    expect(named('invocationsStoppedEarly')).toEqual([1, 0]);
    expect(named('messagesFailed')).toEqual([1, 0]);
    expect(named('filesParsed')).toEqual([1]);
  });
});

describe('unreadable messages', () => {
  it('logs one ERROR line for a body that is neither an S3 event nor a continuation', async () => {
    const before = logs.lines.length;
    const garbage = sqsRecord('{"hello":"world"}');

    const response = await harness.handler(sqsEvent([garbage]), deadlineContext(CHECKS));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: garbage.messageId }]);
    const errors = logs.lines
      .slice(before)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.level === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      messageId: garbage.messageId,
      message: expect.stringMatching(/^Unreadable message/),
    });
  });
});
