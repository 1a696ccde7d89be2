import { randomBytes, randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsClientConfig } from '../../lambda/ingest/awsClientConfig';
import { AWS_CLIENT_SETTINGS } from '../../lambda/ingest/awsClientSettings';
import { articleId } from '../../lambda/store/articleId';
import { RecordStore } from '../../lambda/store/RecordStore';
import { tableKeys } from '../../lambda/store/tableKeys';
import type { ArticleInput, ObjectOutcome, SourceEvent } from '../../lambda/store/types';
import { createLocalTables } from '../../local/provision/createLocalTables';
import { type DynamoRequestKind, dynamoRequestIs } from '../helpers/dynamoRequestIs';
import { fastClientSettings } from '../helpers/fastClientSettings';
import { makeArticle } from '../helpers/makeArticle';
import { pipelineDefinition } from '../helpers/pipelineDefinition';
import { readKeyItems } from '../helpers/readKeyItems';
import { type Fault, type FaultProxy, startFaultProxy } from '../helpers/startFaultProxy';
import { LOCAL_CREDENTIALS, startTestTable, type TestTable } from '../helpers/startTestTable';

// The function's DynamoDB settings with the delays shrunk: the same attempts and the same retried errors.
const SETTINGS = fastClientSettings(AWS_CLIENT_SETTINGS.dynamodb);
const MAX_ATTEMPTS = SETTINGS.maxAttempts;
const BUCKET = 'incoming';
const T1 = new Date('2026-02-01T10:00:00.000Z');
const T2 = new Date('2026-02-02T10:00:00.000Z');

let table: TestTable;
let proxy: FaultProxy;
let faultedTable: string;

beforeAll(async () => {
  table = await startTestTable();
  proxy = await startFaultProxy(table.endpoint);
  // A second table of the same definition: the faulted writes go there, the reference run to the first.
  const { definition } = await pipelineDefinition();
  const template = definition.tables[0]!;
  faultedTable = `${template.tableName}-faulted`;
  await createLocalTables(table.client, [
    {
      ...template,
      tableName: faultedTable,
      createTable: { ...template.createTable, TableName: faultedTable },
    },
  ]);
});
afterAll(async () => {
  await proxy?.stop();
  await table?.stop();
});

/** A store writing through the proxy with the function's retry settings; a new client, so a fresh retry quota. */
function faultedStore(now: Date): RecordStore {
  const client = new DynamoDBClient({
    endpoint: proxy.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    ...awsClientConfig(SETTINGS),
  });
  return new RecordStore({
    client,
    tableName: faultedTable,
    now: () => now,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
}

function referenceStore(now: Date): RecordStore {
  return new RecordStore({ client: table.client, tableName: table.tableName, now: () => now });
}

function event(key: string, sequencer: string): SourceEvent {
  return { bucket: BUCKET, key, sequencer, eventName: 'ObjectCreated:Put' };
}

function parsed(articles: ArticleInput[], eTag: string): ObjectOutcome {
  return {
    kind: 'parsed',
    object: { versionId: null, eTag, size: 4321, lastModified: '2026-02-01T09:00:00.000Z' },
    parse: { format: 'plain', encoding: 'utf-8', compressed: false },
    articles,
  };
}

// Version 1: three documents by one author each. Version 2: two documents whose authors and organizations
// changed, so its write puts new rows, deletes stale ones, deletes document 3's rows and tombstones it.
const VERSION_1 = parsed(
  [1, 2, 3].map((documentIndex) => makeArticle({ documentIndex, authors: [`Writer ${documentIndex}`] })),
  'etag-1',
);
const VERSION_2 = parsed(
  [1, 2].map((documentIndex) =>
    makeArticle({
      documentIndex,
      authors: [`Editor ${documentIndex}`],
      entities: { people: [], organizations: [{ name: 'Transit Authority', mentions: 2 }], places: [] },
    }),
  ),
  'etag-2',
);

/** What the key holds in a table after `steps`, written without a fault. */
async function referenceItems(key: string, steps: readonly Step[]) {
  for (const step of steps) await referenceStore(step.now).apply(event(key, step.sequencer), step.outcome);
  return comparable(await readKeyItems(table.documentClient, table.tableName, BUCKET, key));
}

async function faultedItems(key: string) {
  return comparable(await readKeyItems(table.documentClient, faultedTable, BUCKET, key));
}

/** Items with binary values as base64: comparing large byte arrays element by element takes seconds. */
function comparable(items: Record<string, unknown>[]): Record<string, unknown>[] {
  return items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([name, value]) => [
        name,
        value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value,
      ]),
    ),
  );
}

interface Step {
  sequencer: string;
  outcome: ObjectOutcome | { kind: 'deleted' };
  now: Date;
}

const REWRITE: readonly Step[] = [
  { sequencer: '0A', outcome: VERSION_1, now: T1 },
  { sequencer: '0B', outcome: VERSION_2, now: T2 },
];
// An article too large for one item even packed: random text does not compress, so it is split into chunks.
const CHUNKED: readonly Step[] = [
  {
    sequencer: '0A',
    outcome: parsed([makeArticle({ paragraphs: [randomBytes(360_000).toString('base64')] })], 'etag-1'),
    now: T1,
  },
];
const DELETE: readonly Step[] = [
  { sequencer: '0A', outcome: VERSION_1, now: T1 },
  { sequencer: '0B', outcome: { kind: 'deleted' }, now: T2 },
];

/** Writes every step but the last unfaulted, then the last one with `faults` on the requests `kind` selects. */
async function writeWithFaults(
  key: string,
  steps: readonly Step[],
  kind: DynamoRequestKind,
  faults: Fault[],
) {
  for (const step of steps.slice(0, -1))
    await faultedStore(step.now).apply(event(key, step.sequencer), step.outcome);
  const last = steps.at(-1)!;
  const selects = dynamoRequestIs(kind, faultedTable);
  // The reads of the earlier documents run at once: fault the first document's alone.
  const firstPartition = tableKeys.article(articleId(BUCKET, key, 1)).pk;
  const rule = proxy.inject(
    kind === 'read'
      ? (request) => selects(request) && request.body.toString('utf8').includes(firstPartition)
      : selects,
    faults,
  );
  const result = await faultedStore(last.now)
    .apply(event(key, last.sequencer), last.outcome)
    .catch((error: unknown) => error as Error);
  return {
    rule,
    result,
    retry: () => faultedStore(last.now).apply(event(key, last.sequencer), last.outcome),
  };
}

const throttled = (type: string, times: number): Fault[] =>
  Array.from({ length: times }, () => ({ kind: 'dynamodb-error', type }));

describe('DynamoDB faults on the wire, through the SDK retries of the function', () => {
  it.each<[string, readonly Step[], DynamoRequestKind, Fault[]]>([
    ['claim', REWRITE, 'claim', throttled('ProvisionedThroughputExceededException', MAX_ATTEMPTS - 1)],
    ['read', REWRITE, 'read', throttled('ThrottlingException', MAX_ATTEMPTS - 1)],
    ['chunks', CHUNKED, 'chunks', throttled('ProvisionedThroughputExceededException', MAX_ATTEMPTS - 1)],
    ['articles', REWRITE, 'articles', throttled('ProvisionedThroughputExceededException', MAX_ATTEMPTS - 1)],
    ['index rows and stale deletes', REWRITE, 'rows', throttled('ThrottlingException', MAX_ATTEMPTS - 1)],
    ['tombstones', REWRITE, 'tombstones', throttled('ProvisionedThroughputExceededException', 2)],
    ['deletes of a deleted object', DELETE, 'deletes', throttled('ThrottlingException', MAX_ATTEMPTS - 1)],
    ['commit', REWRITE, 'commit', throttled('ThrottlingException', MAX_ATTEMPTS - 1)],
    [
      'articles (500)',
      REWRITE,
      'articles',
      [{ kind: 'dynamodb-error', type: 'InternalServerError', status: 500 }],
    ],
    ['index rows (reset before the server)', REWRITE, 'rows', [{ kind: 'reset' }]],
    ['articles (reset after the server wrote)', REWRITE, 'articles', [{ kind: 'reset', afterServer: true }]],
    [
      'tombstones (socket hang up after the server wrote)',
      REWRITE,
      'tombstones',
      [{ kind: 'hangup', afterServer: true }],
    ],
    ['read (answer stops halfway)', REWRITE, 'read', [{ kind: 'stall' }]],
    ['commit (no answer)', REWRITE, 'commit', [{ kind: 'hang' }]],
    ['claim (no answer after the server claimed)', REWRITE, 'claim', [{ kind: 'hang', afterServer: true }]],
  ])(
    'retries the %s, one attempt per fault and one more, and ends as an unfaulted write',
    async (_phase, steps, kind, faults) => {
      const key = `tests/${randomUUID()}/export.txt`;
      const expected = await referenceItems(key, steps);

      const { rule, result } = await writeWithFaults(key, steps, kind, faults);

      expect(result).toMatchObject({ action: 'written' });
      expect(rule.attempts).toBe(faults.length + 1);
      expect(rule.remaining).toBe(0);
      expect(await faultedItems(key)).toEqual(expected);
    },
  );

  it.each<[string, DynamoRequestKind]>([
    ['claim', 'claim'],
    ['articles', 'articles'],
    ['index rows', 'rows'],
    ['tombstones', 'tombstones'],
    ['commit', 'commit'],
  ])('fails the write after maxAttempts throttled %s attempts; its retry converges', async (_phase, kind) => {
    const key = `tests/${randomUUID()}/export.txt`;
    const expected = await referenceItems(key, REWRITE);

    const { rule, result, retry } = await writeWithFaults(
      key,
      REWRITE,
      kind,
      throttled('ProvisionedThroughputExceededException', MAX_ATTEMPTS),
    );

    expect(result).toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    expect(rule.attempts).toBe(MAX_ATTEMPTS);
    expect(await retry()).toMatchObject({ action: 'written' });
    expect(await faultedItems(key)).toEqual(expected);
  });

  it.each<[string, readonly Step[], DynamoRequestKind, Fault[]]>([
    ['articles', REWRITE, 'articles', [{ kind: 'unprocessed', written: 1 }]],
    ['index rows and stale deletes', REWRITE, 'rows', [{ kind: 'unprocessed', written: 0 }]],
    ['tombstones', REWRITE, 'tombstones', [{ kind: 'unprocessed', written: 0 }]],
    ['deletes of a deleted object', DELETE, 'deletes', [{ kind: 'unprocessed', written: 2 }]],
  ])(
    'retries what a partly throttled %s batch leaves unprocessed, with the back-off of the store',
    async (_phase, steps, kind, faults) => {
      const key = `tests/${randomUUID()}/export.txt`;
      const expected = await referenceItems(key, steps);

      const { rule, result } = await writeWithFaults(key, steps, kind, faults);

      expect(result).toMatchObject({ action: 'written' });
      expect(rule.attempts).toBe(2);
      expect(rule.remaining).toBe(0);
      expect(await faultedItems(key)).toEqual(expected);
    },
  );

  it("fails the write when items stay unprocessed on every one of the store's attempts; its retry converges", async () => {
    const key = `tests/${randomUUID()}/export.txt`;
    const expected = await referenceItems(key, REWRITE);
    const storeAttempts = 8; // RecordStore's default retry.maxAttempts

    const { rule, result, retry } = await writeWithFaults(
      key,
      REWRITE,
      'articles',
      Array.from({ length: storeAttempts }, () => ({ kind: 'unprocessed', written: 0 })),
    );

    expect(result).toMatchObject({ name: 'UnprocessedRequestsError' });
    expect(rule.attempts).toBe(storeAttempts);
    expect(await retry()).toMatchObject({ action: 'written' });
    expect(await faultedItems(key)).toEqual(expected);
  });

  it('still fails a commit whose lease another writer took over (LeaseLostError), leaving that write', async () => {
    const key = `tests/${randomUUID()}/export.txt`;
    await faultedStore(T1).apply(event(key, '0A'), VERSION_1);
    const later = new Date(T2.getTime() + 60_000);
    // While the first writer is about to commit, its 1 s lease is long over for a writer of a newer event.
    const rule = proxy.inject(dynamoRequestIs('commit', faultedTable), [
      {
        kind: 'interleave',
        before: async () => {
          await faultedStore(later).apply(event(key, '0C'), VERSION_1);
        },
      },
    ]);

    const result = await faultedStore(T2)
      .apply(event(key, '0B'), VERSION_2, { leaseMs: 1_000 })
      .catch((error: unknown) => error as Error);

    expect(result).toMatchObject({ name: 'LeaseLostError' });
    expect(rule.remaining).toBe(0);
    const items = await faultedItems(key);
    expect(items.find((item) => item.type === 'SOURCE')).toMatchObject({ sequencer: '0C', eTag: 'etag-1' });
  });

  it.each<[string, Fault]>([
    ['reset', { kind: 'reset', afterServer: true }],
    ['no answer', { kind: 'hang', afterServer: true }],
  ])('counts a commit done when DynamoDB applied it but its answer was lost (%s)', async (_fault, fault) => {
    const key = `tests/${randomUUID()}/export.txt`;
    const expected = await referenceItems(key, REWRITE);

    const { rule, result, retry } = await writeWithFaults(key, REWRITE, 'commit', [fault]);

    // The SDK's retry of the conditional put finds the lease gone, and the item it put.
    expect(rule.attempts).toBe(2);
    expect(result).toMatchObject({ action: 'written' });
    expect(await faultedItems(key)).toEqual(expected);
    expect(await retry()).toMatchObject({ action: 'skipped-duplicate' });
  });
});
