// Batched aggregates against DynamoDB Local: one invocation's changes summed into as few transactions as
// fit, still exactly once under redelivered batches, retried halves, partial failures, reprocessing and deletes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAggregateBatch, MAX_TRANSACTION_ITEMS } from '../../lambda/aggregates/applyAggregateBatch';
import { readAggregates } from '../../lambda/aggregates/readAggregates';
import type { ChangeRecord } from '../../lambda/aggregates/types';
import { articleImage, createChangeMaker, sourceImage } from '../helpers/aggregateChanges';
import { startTestTable, type TestTable } from '../helpers/startTestTable';

let table: TestTable;

beforeAll(async () => {
  table = await startTestTable();
}, 120_000);
afterAll(() => table?.stop());

const source = sourceImage;
const article = articleImage;
const change = createChangeMaker('batch-event');

/** One upload of `count` articles on distinct days: the source claimed, parsed, and its articles. */
function upload(key: string, count: number, firstDay: number): ChangeRecord[] {
  const day = (index: number) => new Date(Date.UTC(2021, 0, firstDay + index)).toISOString().slice(0, 10);
  return [
    change('INSERT', undefined, source(key, 'PROCESSING')),
    change('MODIFY', source(key, 'PROCESSING'), source(key, 'PARSED')),
    ...Array.from({ length: count }, (_, index) =>
      change('INSERT', undefined, article(`${key}-${index}`, 'PARSED', day(index), 'The Harbour Gazette')),
    ),
  ];
}

async function apply(changes: ChangeRecord[]) {
  return applyAggregateBatch(table.documentClient, table.tableName, changes, new Date());
}

async function totals() {
  const read = await readAggregates(table.documentClient, table.tableName);
  return { counts: read?.counts, articles: read?.articleCount, days: read?.perDay.length };
}

describe('batched stream aggregates', () => {
  it('applies a batch in one transaction, and a redelivered batch (whole, a half, reversed) changes nothing', async () => {
    const changes = upload('one.txt', 3, 1);
    const first = await apply(changes);
    expect(first).toEqual({ outcomes: changes.map(() => 'applied'), transactions: 1 });
    const after = await totals();
    expect(after).toEqual({
      counts: { PARSED: 1, REJECTED: 0, FAILED: 0, DELETED: 0, PENDING: 0 },
      articles: 3,
      days: 3,
    });
    // The whole batch again, then the second half alone (a bisected retry), then reversed.
    expect((await apply(changes)).outcomes).toEqual(changes.map(() => 'duplicate'));
    expect((await apply(changes.slice(2))).outcomes).toEqual(changes.slice(2).map(() => 'duplicate'));
    expect((await apply([...changes].reverse())).outcomes).toEqual(changes.map(() => 'duplicate'));
    expect(await totals()).toEqual(after);
  });

  it('applies only the unseen part of a batch whose first half was applied before, and a change repeated within a batch once', async () => {
    const before = await totals();
    const changes = upload('two.txt', 4, 10);
    const half = changes.slice(0, 3);
    await apply(half);
    const mixed = [...changes, changes[4] as ChangeRecord];
    const result = await apply(mixed);
    expect(result.outcomes).toEqual([
      ...half.map(() => 'duplicate'),
      ...changes.slice(3).map(() => 'applied'),
      'duplicate',
    ]);
    expect(await totals()).toEqual({
      counts: { ...before.counts, PARSED: (before.counts?.PARSED ?? 0) + 1 },
      articles: (before.articles ?? 0) + 4,
      days: (before.days ?? 0) + 4,
    });
  });

  it('reprocessing and deletes in one batch: nets per counter, a rewrite moves nothing', async () => {
    const before = await totals();
    const same = article('one.txt-0', 'PARSED', '2021-01-01', 'The Harbour Gazette');
    const result = await apply([
      // A newer parser rewrites the source and an article: nothing to count.
      change('MODIFY', source('one.txt', 'PARSED'), { ...source('one.txt', 'PARSED'), parserVersion: '9' }),
      change('MODIFY', same, { ...same, headline: 'rewritten' }),
      // Another upload is deleted: its source tombstoned, its articles gone.
      change('MODIFY', source('two.txt', 'PARSED'), source('two.txt', 'DELETED')),
      ...[0, 1, 2, 3].map((index) =>
        change(
          'REMOVE',
          article(`two.txt-${index}`, 'PARSED', `2021-01-${10 + index}`, 'The Harbour Gazette'),
        ),
      ),
    ]);
    expect(result.outcomes.slice(0, 2)).toEqual(['nothing', 'nothing']);
    expect(result.transactions).toBe(1);
    expect(await totals()).toEqual({
      counts: { ...before.counts, PARSED: (before.counts?.PARSED ?? 0) - 1, DELETED: 1 },
      articles: (before.articles ?? 0) - 4,
      days: (before.days ?? 0) - 4,
    });
  });

  it('cuts a batch whose markers and counters exceed one transaction into consecutive transactions', async () => {
    const before = await totals();
    // 120 articles on 120 days: 122 markers and 121 counter items at least.
    const changes = upload('big.txt', 120, 100);
    const result = await apply(changes);
    expect(result.outcomes).toEqual(changes.map(() => 'applied'));
    expect(result.transactions).toBeGreaterThanOrEqual(
      Math.ceil((changes.length * 2) / MAX_TRANSACTION_ITEMS),
    );
    expect(await totals()).toEqual({
      counts: { ...before.counts, PARSED: (before.counts?.PARSED ?? 0) + 1 },
      articles: (before.articles ?? 0) + 120,
      days: (before.days ?? 0) + 120,
    });
    const again = await apply(changes);
    expect(again.outcomes).toEqual(changes.map(() => 'duplicate'));
  });

  it('stops at a failed transaction and says from which change; the retry from there counts each change once', async () => {
    const before = await totals();
    const changes = upload('fault.txt', 120, 300);
    // A fault the server cannot produce on demand: the second transaction is throttled.
    let sent = 0;
    table.documentClient.middlewareStack.add(
      (nextHandler) => async (args) => {
        if ((args.input as { TransactItems?: unknown[] }).TransactItems !== undefined && ++sent === 2) {
          throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
        }
        return nextHandler(args);
      },
      { step: 'initialize', name: 'failSecondTransaction' },
    );
    let failed: Awaited<ReturnType<typeof apply>>;
    try {
      failed = await apply(changes);
    } finally {
      table.documentClient.middlewareStack.remove('failSecondTransaction');
    }
    expect(failed.failedFrom).toBeGreaterThan(0);
    const from = failed.failedFrom as number;
    expect(failed.outcomes.slice(0, from)).toEqual(changes.slice(0, from).map(() => 'applied'));
    expect(failed.outcomes.slice(from)).toEqual(changes.slice(from).map(() => 'nothing'));
    // The event source re-sends from the reported item (and at least once: maybe the whole batch).
    expect((await apply(changes.slice(from))).outcomes).toEqual(changes.slice(from).map(() => 'applied'));
    expect((await apply(changes)).outcomes).toEqual(changes.map(() => 'duplicate'));
    expect(await totals()).toEqual({
      counts: { ...before.counts, PARSED: (before.counts?.PARSED ?? 0) + 1 },
      articles: (before.articles ?? 0) + 120,
      days: (before.days ?? 0) + 120,
    });
  });
});
